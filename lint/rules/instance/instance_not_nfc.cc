// SI004 instance-not-nfc: the instance is Net-Unicode (RFC 6763 §4.1.1),
// which RFC 5198 §2 normalises to NFC; two spellings of one visible name
// are two different DNS names.
//
//   Cafe\u0301._ipp._tcp  -> "instance name 'Café' is not in ... NFC", [1, 7)
//
// Only well-formed UTF-8 is checked (anything else is SI003).
#include <string>

#include "lint/rules/instance/instance_rules.h"
#include "lint/rules/rule_text.h"
#include "lint/unicode/nfc.h"
#include "lint/unicode/utf8.h"

namespace svclint {

void CheckInstanceNotNfc(const InstanceFacts& instance, CheckContext& ctx) {
  if (!instance.has_non_ascii) return;
  std::string values;
  for (const DecodedByte& b : DecodeInstance(instance)) {
    values += static_cast<char>(b.value);
  }
  std::u32string cps;
  for (size_t i = 0; i < values.size();) {
    char32_t cp;
    const size_t n = DecodeUtf8(values, i, cp);
    if (n == 0) return;
    cps += cp;
    i += n;
  }
  if (IsNfc(cps)) return;
  ctx.sink.Report(RuleId::kSI004, SpanAt(instance.at, 0, instance.text.size()),
                  {{"label", Printable(values)}});
}

}  // namespace svclint
