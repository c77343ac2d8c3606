#include "lint/rules/instance/instance_rules.h"

namespace svclint {

std::span<const InstanceRule> InstanceRules() {
  static constexpr InstanceRule kRules[] = {
      {RuleId::kSI001, CheckInstanceControlChar},
      {RuleId::kSI002, CheckInstanceTooLong},
      {RuleId::kSI003, CheckInstanceBadUtf8},
      {RuleId::kSI004, CheckInstanceNotNfc},
      {RuleId::kSI005, CheckInstanceBadEscape},
  };
  return kRules;
}

void RunInstanceRules(const InstanceFacts& instance, CheckContext& ctx) {
  for (const InstanceRule& rule : InstanceRules()) {
    if (ctx.sink.Enabled(rule.id)) rule.check(instance, ctx);
  }
}

}  // namespace svclint
