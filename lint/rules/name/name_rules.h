// The service-name rules (SN001-SN010, RFC 6335 §5, §5.1): one function per
// rule, one file per function (lint/rules/name/<slug>.cc), registered by
// `input = "name"` in rules/sn.toml (the generated svclint/rules_name.h).
//
//   const NameFacts facts = ComputeNameFacts("whois++", Anchor{1, 1});
//   RunNameRules(facts, ctx);   // SN003 at columns [6, 8)
//
// The same rules run on a bare name and on the service label of a type,
// subtype or instance name (with the anchor moved to the name), so a rule
// added here applies everywhere. Registry-aware rules read `ctx.registry`
// (nullptr when no registry is loaded) and do nothing without one.
//
// Adding a rule: tools/new_rule.py (see docs/adding_a_rule.md).
#ifndef SVCLINT_LINT_RULES_NAME_NAME_RULES_H_
#define SVCLINT_LINT_RULES_NAME_NAME_RULES_H_

#include "lint/rules/check_context.h"
#include "lint/rules/name/name_facts.h"
#include "svclint/rules_name.h"

namespace svclint {

// Runs each enabled rule of kNameRules, in id order, on `name`.
void RunNameRules(const NameFacts& name, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_NAME_NAME_RULES_H_
