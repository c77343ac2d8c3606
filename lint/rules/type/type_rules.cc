#include "lint/rules/type/type_rules.h"

namespace svclint {

void RunTypeRules(const TypeFacts& type, CheckContext& ctx) {
  for (const auto& rule : kTypeRules) {
    if (ctx.sink.Enabled(rule.id)) rule.check(type, ctx);
  }
}

}  // namespace svclint
