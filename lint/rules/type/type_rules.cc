#include "lint/rules/type/type_rules.h"

namespace svclint {

void RunTypeRules(const TypeFacts& type, CheckContext& ctx) {
  for (const auto& rule : kTypeRules) {
    if (ctx.sink.Enabled(rule.id)) rule.check(type, ctx);
  }
  if (ctx.sink.Enabled(RuleId::kSN008)) CheckProtocolNotLowercase(type, ctx);
}

}  // namespace svclint
