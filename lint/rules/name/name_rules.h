// The service-name rules (SN001-SN010, RFC 6335 §5, §5.1): one function per
// rule, one file per function (lint/rules/name/<slug>.cc), and the explicit
// list that runs them, in id order.
//
//   const NameFacts facts = ComputeNameFacts("whois++", Anchor{1, 1});
//   RunNameRules(facts, ctx);   // SN003 at columns [6, 8)
//
// The same list runs on a bare name and on the service label of a type,
// subtype or instance name (with the anchor moved to the name), so a rule
// added here applies everywhere. Registry-aware rules read `ctx.registry`
// (nullptr when no registry is loaded) and do nothing without one.
//
// Adding a rule: its entry in rules/sn.toml, its .cc, its line in
// NameRules() (name_rules.cc) and its tests in tests/rules/.
#ifndef SVCLINT_LINT_RULES_NAME_NAME_RULES_H_
#define SVCLINT_LINT_RULES_NAME_NAME_RULES_H_

#include <span>

#include "lint/rules/check_context.h"
#include "lint/rules/name/name_facts.h"
#include "svclint/rule_ids.h"

namespace svclint {

struct NameRule {
  RuleId id;
  void (*check)(const NameFacts& name, CheckContext& ctx);
};

// Every service-name rule, in id order.
std::span<const NameRule> NameRules();

// Runs each enabled rule of NameRules() on `name`.
void RunNameRules(const NameFacts& name, CheckContext& ctx);

void CheckNameEmpty(const NameFacts& name, CheckContext& ctx);
void CheckNameTooLong(const NameFacts& name, CheckContext& ctx);
void CheckNameInvalidChar(const NameFacts& name, CheckContext& ctx);
void CheckNameNoLetter(const NameFacts& name, CheckContext& ctx);
void CheckNameHyphenEdge(const NameFacts& name, CheckContext& ctx);
void CheckNameDoubleHyphen(const NameFacts& name, CheckContext& ctx);
void CheckHistoricAlias(const NameFacts& name, CheckContext& ctx);
void CheckNameNotLowercase(const NameFacts& name, CheckContext& ctx);
void CheckNameRedundantWord(const NameFacts& name, CheckContext& ctx);
void CheckNameHasVersion(const NameFacts& name, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_NAME_NAME_RULES_H_
