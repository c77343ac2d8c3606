// TX009 txt-value-quoted: RFC 6763 §6.5, the value is opaque bytes from the
// first '=' to the end; quotation marks are not syntax and stay in it.
//
//   path="/queue"  -> "value of 'path' is wrapped in quotation marks ...",
//                     [6, 14)
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtValueQuoted(const TxtStringFacts& string,
                         const TxtRecordFacts& /*record*/, CheckContext& ctx) {
  const std::string_view v = string.entry.value;
  if (v.size() < 2 || v.front() != v.back()) return;
  if (v.front() != '"' && v.front() != '\'') return;
  ctx.sink.Report(RuleId::kTX009,
                  SpanAt(string.at(), string.entry.value_offset, v.size()),
                  {{"key", Printable(string.entry.key)}});
}

}  // namespace svclint
