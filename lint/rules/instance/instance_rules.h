// The service instance rules (SI001-SI005, RFC 6763 §4.1.1, §4.3): one
// function per rule, one file per function (lint/rules/instance/<slug>.cc),
// and the explicit list that runs them, in id order.
//
//   const InstanceFacts facts =
//       ComputeInstanceFacts("Printer\x01", Anchor{1, 1}, /*escaped=*/false);
//   RunInstanceRules(facts, ctx);   // SI001 at [8, 9)
//
// Adding a rule: its entry in rules/si.toml, its .cc, its line in
// InstanceRules() (instance_rules.cc) and its tests in tests/rules/.
#ifndef SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_
#define SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_

#include <span>

#include "lint/rules/check_context.h"
#include "lint/rules/instance/instance_facts.h"
#include "svclint/rule_ids.h"

namespace svclint {

struct InstanceRule {
  RuleId id;
  void (*check)(const InstanceFacts& instance, CheckContext& ctx);
};

// Every instance rule, in id order.
std::span<const InstanceRule> InstanceRules();

// Runs each enabled rule of InstanceRules() on `instance`.
void RunInstanceRules(const InstanceFacts& instance, CheckContext& ctx);

void CheckInstanceControlChar(const InstanceFacts& instance, CheckContext& ctx);
void CheckInstanceTooLong(const InstanceFacts& instance, CheckContext& ctx);
void CheckInstanceBadUtf8(const InstanceFacts& instance, CheckContext& ctx);
void CheckInstanceNotNfc(const InstanceFacts& instance, CheckContext& ctx);
void CheckInstanceBadEscape(const InstanceFacts& instance, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_
