// TX007 txtvers-not-first: RFC 6763 §6.7 recommends a version tag,
// `txtvers=` and a decimal number, as the first string of the record.
//
//   path=/ | txtvers=1  -> "'txtvers' is string 2 of the record; ..."
//   txtvers=one         -> "'txtvers' value 'one' is not a decimal number"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {
namespace {

bool IsDecimal(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

void CheckTxtversNotFirst(const TxtRecordFacts& record, CheckContext& ctx) {
  for (const TxtStringFacts& s : record.entries) {
    if (!EqualsIgnoreCase(s.entry.key, "txtvers")) continue;
    if (s.index != 0) {
      ctx.sink.Report(RuleId::kTX007, s.KeySpan(),
                      {{"index", absl::StrCat(s.index + 1)}});
    }
    if (!IsDecimal(s.entry.value)) {
      const SourceSpan span =
          s.entry.has_value
              ? SpanAt(s.at(), s.entry.value_offset, s.entry.value.size())
              : s.KeySpan();
      ctx.sink.Report(RuleId::kTX007, span,
                      {{"value", Printable(s.entry.value)}}, {}, "not-decimal");
    }
    return;  // a repeated txtvers is TX004's
  }
}

}  // namespace svclint
