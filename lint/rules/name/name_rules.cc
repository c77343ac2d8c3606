#include "lint/rules/name/name_rules.h"

namespace svclint {

void RunNameRules(const NameFacts& name, CheckContext& ctx) {
  for (const auto& rule : kNameRules) {
    if (ctx.sink.Enabled(rule.id)) rule.check(name, ctx);
  }
}

}  // namespace svclint
