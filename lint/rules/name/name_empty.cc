// SN001 name-empty: RFC 6335 §5.1, a service name "MUST be at least 1
// character".
//
//   _._tcp   -> "service name is empty" at column 2 (zero-length span)
#include "lint/rules/name/name_rules.h"

namespace svclint {

void CheckNameEmpty(const NameFacts& name, CheckContext& ctx) {
  if (!name.name.empty()) return;
  ctx.sink.Report(RuleId::kSN001, SpanAt(name.at, 0, 0));
}

}  // namespace svclint
