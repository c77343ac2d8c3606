#include "lint/rules/instance/instance_rules.h"

namespace svclint {

void RunInstanceRules(const InstanceFacts& instance, CheckContext& ctx) {
  for (const auto& rule : kInstanceRules) {
    if (ctx.sink.Enabled(rule.id)) rule.check(instance, ctx);
  }
}

}  // namespace svclint
