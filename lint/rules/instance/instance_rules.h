// The service instance rules (SI001-SI005, RFC 6763 §4.1.1, §4.3): one
// function per rule, one file per function (lint/rules/instance/<slug>.cc),
// registered by `input = "instance"` in rules/si.toml (the generated
// svclint/rules_instance.h).
//
//   const InstanceFacts facts =
//       ComputeInstanceFacts("Printer\x01", Anchor{1, 1}, /*escaped=*/false);
//   RunInstanceRules(facts, ctx);   // SI001 at [8, 9)
//
// Adding a rule: tools/new_rule.py (see docs/adding_a_rule.md).
#ifndef SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_
#define SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_

#include "lint/rules/check_context.h"
#include "lint/rules/instance/instance_facts.h"
#include "svclint/rules_instance.h"

namespace svclint {

// Runs each enabled rule of kInstanceRules, in id order, on `instance`.
void RunInstanceRules(const InstanceFacts& instance, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_INSTANCE_INSTANCE_RULES_H_
