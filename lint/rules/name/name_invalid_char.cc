// SN003 name-invalid-char: RFC 6335 §5.1, a service name "MUST contain only
// US-ASCII letters 'A' - 'Z' and 'a' - 'z', digits '0' - '9', and hyphens".
// One finding per run of invalid characters, naming them.
//
//   whois++      -> "... contains '++' at column 6 ...", [6, 8)
//   acmaint_dbd  -> "... contains '_' at column 8 ...", [8, 9)
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameInvalidChar(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_invalid) return;
  const std::string_view s = name.name;
  const std::string shown = Printable(s);
  size_t i = 0;
  while (i < s.size()) {
    if (IsServiceNameChar(s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && !IsServiceNameChar(s[i])) ++i;
    const std::string_view run = s.substr(begin, i - begin);
    ctx.sink.Report(RuleId::kSN003, SpanAt(name.at, begin, run.size()),
                    {{"name", shown},
                     {"chars", Quoted(run)},
                     {"column", ColumnText(name.at, begin)}});
  }
}

}  // namespace svclint
