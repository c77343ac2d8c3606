// SI005 instance-bad-escape: RFC 6763 §4.3 escapes a dot in the instance as
// `\.` and a backslash as `\\`; the customary DNS convention (RFC 1035 §5.1)
// adds `\DDD`. Anything else, a `\DDD` over 255, and a lone backslash at
// the end are reported, and so is a dot left unescaped, which splits the
// instance into two labels.
//
//   Bad\q._ipp._tcp       -> "invalid escape '\q' at column 4 ...", [4, 6)
//   Two.Labels._ipp._tcp  -> "'.' at column 4 splits the instance ...", [4, 5)
#include "lint/rules/instance/instance_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckInstanceBadEscape(const InstanceFacts& instance, CheckContext& ctx) {
  for (const BadEscape& e : instance.bad_escapes) {
    const SourceSpan span = SpanAt(instance.at, e.offset, e.size);
    const std::string column = ColumnText(instance.at, e.offset);
    if (e.kind == BadEscape::Kind::kDangling) {
      ctx.sink.Report(RuleId::kSI005, span, {{"column", column}}, {},
                      "dangling");
    } else {
      ctx.sink.Report(
          RuleId::kSI005, span,
          {{"escape", Printable(instance.text.substr(e.offset, e.size))},
           {"column", column}});
    }
  }
  for (uint32_t dot : instance.unescaped_dots) {
    ctx.sink.Report(RuleId::kSI005, SpanAt(instance.at, dot, 1),
                    {{"column", ColumnText(instance.at, dot)}}, {},
                    "unescaped-dot");
  }
}

}  // namespace svclint
