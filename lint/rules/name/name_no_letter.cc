// SN004 name-no-letter: RFC 6335 §5.1, a service name "MUST contain at
// least one letter", so that it cannot be confused with a port number
// ("23") or a port range ("6000-6063").
//
//   6000-6063  -> "... has no letter ...", [1, 10)
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameNoLetter(const NameFacts& name, CheckContext& ctx) {
  if (name.letters > 0 || name.name.empty()) return;
  ctx.sink.Report(RuleId::kSN004, SpanAt(name.at, 0, name.name.size()),
                  {{"name", InputText(name.name)}});
}

}  // namespace svclint
