// libFuzzer target: IANA's service-names-port-numbers.xml. The streaming
// Expat reader both ways (into a RegistrySource, and record by record as
// the loader packs them), the registry builder, RG rules and lookups, then
// `svclint lint`.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_registry.h"
#include "lint/parse/registry_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = svclint::fuzz::AsText(data, size);
  svclint::fuzz::FuzzRegistry(
      "fuzz.xml", text, [](svclint::SourceText text, std::string_view path) {
        return svclint::ParseRegistryXml(std::move(text), path);
      });
  svclint::RegistrySource streamed;
  streamed.path = "fuzz.xml";
  streamed.text = svclint::SourceText::Borrow(text);
  size_t records = 0;
  (void)svclint::StreamRegistryXml(
      streamed, [&](const svclint::SourceRecord&) { ++records; });
  return 0;
}
