// libFuzzer target: IANA's service-names-port-numbers.xml. The parser,
// the registry builder, RG rules and lookups, then `svclint lint`.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_registry.h"
#include "lint/parse/registry_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  svclint::fuzz::FuzzRegistry(
      "fuzz.xml", svclint::fuzz::AsText(data, size),
      [](svclint::SourceText text, std::string_view path) {
        return svclint::ParseRegistryXml(std::move(text), path);
      });
  return 0;
}
