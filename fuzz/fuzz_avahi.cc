// libFuzzer target: Avahi static service XML (*.service). The parser alone,
// then the whole lint path (rules, suppressions, reporters, --fix and the
// re-lint after it).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_common.h"
#include "lint/parse/avahi_service.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = svclint::fuzz::AsText(data, size);
  (void)svclint::ParseAvahiService("fuzz.service", text);
  svclint::fuzz::LintWholePath("fuzz.service", text, svclint::FileKind::kAvahi);
  return 0;
}
