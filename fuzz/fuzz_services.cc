// libFuzzer target: svclint service lists in TOML ([[service]]). The parser
// alone, then the whole lint path (rules, suppressions, reporters, --fix and
// the re-lint after it).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_common.h"
#include "lint/parse/services_toml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = svclint::fuzz::AsText(data, size);
  (void)svclint::ParseServicesToml("fuzz.toml", text);
  svclint::fuzz::LintWholePath("fuzz.toml", text, svclint::FileKind::kServices);
  return 0;
}
