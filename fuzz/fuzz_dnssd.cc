// libFuzzer target: systemd-resolved DNS-SD units (*.dnssd). The parser
// alone, then the whole lint path (rules, suppressions, reporters, --fix and
// the re-lint after it).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_common.h"
#include "lint/parse/dnssd_unit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = svclint::fuzz::AsText(data, size);
  (void)svclint::ParseDnssdUnit("fuzz.dnssd", text);
  svclint::fuzz::LintWholePath("fuzz.dnssd", text, svclint::FileKind::kDnssd);
  return 0;
}
