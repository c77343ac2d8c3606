// SI001 instance-control-char: RFC 6763 §4.1.1, the instance "MUST NOT
// contain ASCII control characters (byte values 0x00-0x1F and 0x7F)". One
// finding per run, an escape that decodes to one (`\009`) included.
//
//   Printer\x01._ipp._tcp  -> "... control character \x01 at column 8", [8, 9)
#include <string>

#include "lint/rules/instance/instance_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

bool IsControl(uint8_t b) { return b < 0x20 || b == 0x7F; }

}  // namespace

void CheckInstanceControlChar(const InstanceFacts& instance,
                              CheckContext& ctx) {
  if (!instance.has_control) return;
  const auto bytes = DecodeInstance(instance);
  size_t i = 0;
  while (i < bytes.size()) {
    if (!IsControl(bytes[i].value)) {
      ++i;
      continue;
    }
    const size_t first = i;
    std::string run;
    while (i < bytes.size() && IsControl(bytes[i].value)) {
      run += static_cast<char>(bytes[i].value);
      ++i;
    }
    const uint32_t begin = bytes[first].offset;
    const uint32_t end = bytes[i - 1].offset + bytes[i - 1].size;
    ctx.sink.Report(
        RuleId::kSI001, SpanAt(instance.at, begin, end - begin),
        {{"chars", HexBytes(run)}, {"column", ColumnText(instance.at, begin)}});
  }
}

}  // namespace svclint
