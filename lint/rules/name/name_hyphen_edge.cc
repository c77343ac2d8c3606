// SN005 name-hyphen-edge: RFC 6335 §5.1, a service name "MUST NOT begin or
// end with a hyphen". A name with both gets two findings.
//
//   -http-  -> "... begins with a hyphen" [1, 2), "... ends ..." [6, 7)
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameHyphenEdge(const NameFacts& name, CheckContext& ctx) {
  const std::string_view s = name.name;
  if (!name.has_hyphen || (s.front() != '-' && s.back() != '-')) return;
  const std::string shown = Printable(s);
  if (s.front() == '-') {
    ctx.sink.Report(RuleId::kSN005, SpanAt(name.at, 0, 1), {{"name", shown}});
  }
  // A lone "-" begins and ends the name with the same hyphen: once is enough.
  if (s.back() == '-' && s.size() > 1) {
    ctx.sink.Report(RuleId::kSN005, SpanAt(name.at, s.size() - 1, 1),
                    {{"name", shown}}, {}, "end");
  }
}

}  // namespace svclint
