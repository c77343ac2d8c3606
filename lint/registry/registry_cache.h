// The registry copy `svclint registry update` keeps under
// $XDG_CACHE_HOME/svclint/ (default ~/.cache/svclint/), and the registry a
// run uses when no --registry is given: the newer, by the registry's own
// <updated> date, of that copy and the snapshot embedded at build time.
//
//   const RegistryInUse& in_use = DefaultRegistry();
//   in_use.registry->FindByName("http");
//   in_use.origin  // "embedded" or "/home/u/.cache/svclint/registry.bin"
//   in_use.date    // "2026-08-17"
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_CACHE_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_CACHE_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lint/registry/registry.h"

namespace svclint {

struct RegistryCachePaths {
  std::string dir;   // ~/.cache/svclint
  std::string xml;   // the download, as served
  std::string blob;  // the same, packed (registry_format.h): what runs read
  std::string meta;  // the download's URL, ETag and Last-Modified
};

// The cache under $XDG_CACHE_HOME (when set and absolute, as the XDG base
// directory spec asks), else $HOME/.cache; FailedPrecondition when neither
// is usable.
absl::StatusOr<RegistryCachePaths> RegistryCacheLocation();

struct RegistryInUse {
  const Registry* registry = nullptr;
  std::string origin;     // "embedded", or the packed copy's path
  std::string_view date;  // the registry's <updated> date, "" if unknown
};

// Chosen once per process and never fails: a cached copy that cannot be
// opened is skipped with one warning on stderr, and the embedded snapshot
// is used.
const RegistryInUse& DefaultRegistry();

// The embedded snapshot as a RegistryInUse (for --registry-less callers
// that must not see the cache, and for comparison).
RegistryInUse EmbeddedRegistry();

// Opens a packed registry file (the cache's `blob`); InvalidArgument when
// it is not one this build can read.
absl::StatusOr<std::unique_ptr<Registry>> OpenPackedRegistry(
    const std::string& path);
// The same over the blob's bytes.
absl::StatusOr<std::unique_ptr<Registry>> OpenPackedBlob(std::string blob);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_CACHE_H_
