// The IANA snapshot linked into the binary (tools/registry_embed.S.in
// includes the blob tools/registry_gen.cc packed from corpus/iana/ at build
// time). Kept apart from registry.cc so that registry_gen, which links the
// library before the blob exists, never references these symbols.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lint/registry/registry.h"
#include "lint/registry/registry_impl.h"

extern "C" const char svclint_registry_blob_begin[];
extern "C" const char svclint_registry_blob_end[];

namespace svclint {

const Registry& Registry::Embedded() {
  // Leaked on purpose: no destructor runs at exit, and the view costs only
  // the header check.
  static const Registry* const embedded = [] {
    const std::string_view blob(
        svclint_registry_blob_begin,
        static_cast<size_t>(svclint_registry_blob_end -
                            svclint_registry_blob_begin));
    absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Borrow(blob);
    if (!impl.ok()) {
      // A build defect, not a user error: the binary cannot work.
      std::fprintf(stderr, "svclint: internal error: embedded %s\n",
                   std::string(impl.status().message()).c_str());
      std::abort();
    }
    return new Registry(std::move(impl).value());
  }();
  return *embedded;
}

}  // namespace svclint
