// One registered rule: its id and the function that checks one input.
// The tables of these are generated from rules/*.toml by
// tools/catalog_gen.cc, one per input kind (svclint/rules_name.h,
// svclint/rules_type.h, ...), so a rule is registered by its `input` key.
#ifndef SVCLINT_LINT_RULES_RULE_ENTRY_H_
#define SVCLINT_LINT_RULES_RULE_ENTRY_H_

#include <span>

#include "lint/rules/check_context.h"
#include "svclint/rule_ids.h"

namespace svclint {

template <typename Check>
struct RuleEntry {
  RuleId id;
  Check* check;
};

// Runs each enabled rule of `table` (a generated k<Input>Rules) on `facts`.
template <typename Table, typename Facts>
void RunRules(const Table& table, const Facts& facts, CheckContext& ctx) {
  for (const auto& rule : table) {
    if (ctx.sink.Enabled(rule.id)) rule.check(facts, ctx);
  }
}

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_RULE_ENTRY_H_
