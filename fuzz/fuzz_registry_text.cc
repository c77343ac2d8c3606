// libFuzzer target: IANA's plain-text registry (columns or | table |). The
// parser, the registry builder, RG rules and lookups, then `svclint lint`.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_registry.h"
#include "lint/parse/registry_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  svclint::fuzz::FuzzRegistry(
      "fuzz.txt", svclint::fuzz::AsText(data, size),
      [](svclint::SourceText text, std::string_view path) {
        return svclint::ParseRegistryText(std::move(text), path);
      });
  return 0;
}
