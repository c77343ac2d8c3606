// TX001 txt-key-missing: RFC 6763 §6.4, "The key MUST be at least one
// character. DNS-SD TXT record strings beginning with an '=' character
// (i.e., the key is missing) MUST be silently ignored." An empty string is
// fine as the only string (the empty record, §6.1), not among others.
//
//   =bad           -> "TXT string '=bad' has no key ...", [1, 5)
//   txtvers=1 | "" -> "empty string in a TXT record that has other strings"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyMissing(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx) {
  const std::string_view bytes = string.string->bytes;
  if (bytes.empty()) {
    if (record.strings.size() > 1) {
      ctx.sink.Report(RuleId::kTX001, string.StringSpan(), {}, {}, "empty");
    }
    return;
  }
  if (bytes[0] != '=') return;
  ctx.sink.Report(RuleId::kTX001, string.StringSpan(),
                  {{"string", Printable(bytes)}});
}

}  // namespace svclint
