#include "lint/rules/name/name_rules.h"

namespace svclint {

std::span<const NameRule> NameRules() {
  static constexpr NameRule kRules[] = {
      {RuleId::kSN001, CheckNameEmpty},
      {RuleId::kSN002, CheckNameTooLong},
      {RuleId::kSN003, CheckNameInvalidChar},
      {RuleId::kSN004, CheckNameNoLetter},
      {RuleId::kSN005, CheckNameHyphenEdge},
      {RuleId::kSN006, CheckNameDoubleHyphen},
      {RuleId::kSN007, CheckHistoricAlias},
      {RuleId::kSN008, CheckNameNotLowercase},
      {RuleId::kSN009, CheckNameRedundantWord},
      {RuleId::kSN010, CheckNameHasVersion},
  };
  return kRules;
}

void RunNameRules(const NameFacts& name, CheckContext& ctx) {
  for (const NameRule& rule : NameRules()) {
    if (ctx.sink.Enabled(rule.id)) rule.check(name, ctx);
  }
}

}  // namespace svclint
