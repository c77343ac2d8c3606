// SN006 name-double-hyphen: RFC 6335 §5.1, "hyphens MUST NOT be adjacent to
// other hyphens". One finding per run of two or more hyphens.
//
//   foo--bar  -> "... adjacent hyphens at column 4", [4, 6)
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameDoubleHyphen(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_double_hyphen) return;
  const std::string_view s = name.name;
  const std::string shown = Printable(s);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '-') {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && s[i] == '-') ++i;
    if (i - begin < 2) continue;
    ctx.sink.Report(
        RuleId::kSN006, SpanAt(name.at, begin, i - begin),
        {{"name", shown}, {"column", SpanAt(name.at, begin, 0).column}});
  }
}

}  // namespace svclint
