// The TXT record rules (TX001-TX012, RFC 6763 §6): one function per rule,
// one file per function (lint/rules/txt/<slug>.cc), registered in
// rules/tx.toml by what they read: `input = "txt-string"` runs once for
// each string (svclint/rules_txt_string.h), `input = "txt"` once for the
// whole record (svclint/rules_txt.h).
//
//   const TxtRecordFacts record = ComputeTxtRecordFacts(strings, span, "");
//   RunTxtRules(record, ctx);
//
// Registry-aware rules read `ctx.registry` (nullptr when no registry is
// loaded) and `record.service` (empty when unknown).
//
// Adding a rule: tools/new_rule.py (see docs/adding_a_rule.md).
#ifndef SVCLINT_LINT_RULES_TXT_TXT_RULES_H_
#define SVCLINT_LINT_RULES_TXT_TXT_RULES_H_

#include "lint/rules/check_context.h"
#include "lint/rules/txt/txt_facts.h"
#include "svclint/rules_txt.h"
#include "svclint/rules_txt_string.h"

namespace svclint {

// Runs each enabled rule on `record`, in id order: a string rule on every
// string, a record rule once.
void RunTxtRules(const TxtRecordFacts& record, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TXT_TXT_RULES_H_
