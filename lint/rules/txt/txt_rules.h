// The TXT record rules (TX001-TX012, RFC 6763 §6): one function per rule,
// one file per function (lint/rules/txt/<slug>.cc), and the explicit list
// that runs them, in id order. A rule looks at each string, at the whole
// record, or both.
//
//   const TxtRecordFacts record = ComputeTxtRecordFacts(strings, span, "");
//   RunTxtRules(record, ctx);
//
// Registry-aware rules read `ctx.registry` (nullptr when no registry is
// loaded) and `record.service` (empty when unknown).
//
// Adding a rule: its entry in rules/tx.toml, its .cc, its line in
// TxtRules() (txt_rules.cc) and its tests in tests/rules/.
#ifndef SVCLINT_LINT_RULES_TXT_TXT_RULES_H_
#define SVCLINT_LINT_RULES_TXT_TXT_RULES_H_

#include <span>

#include "lint/rules/check_context.h"
#include "lint/rules/txt/txt_facts.h"
#include "svclint/rule_ids.h"

namespace svclint {

struct TxtRule {
  RuleId id;
  // Runs once for each string; may be null.
  void (*check_string)(const TxtStringFacts& string,
                       const TxtRecordFacts& record, CheckContext& ctx);
  // Runs once for the whole record; may be null.
  void (*check_record)(const TxtRecordFacts& record, CheckContext& ctx);
};

// Every TXT rule, in id order.
std::span<const TxtRule> TxtRules();

// Runs each enabled rule of TxtRules() on `record`.
void RunTxtRules(const TxtRecordFacts& record, CheckContext& ctx);

void CheckTxtKeyMissing(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtKeyInvalidChar(const TxtStringFacts& string,
                            const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtKeyTooLong(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtKeyDuplicate(const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtStringTooLong(const TxtStringFacts& string,
                           const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtRecordLarge(const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtversNotFirst(const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtKeyUndefined(const TxtStringFacts& string,
                          const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtValueQuoted(const TxtStringFacts& string,
                         const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtRepeatsSrv(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtRecordEmpty(const TxtRecordFacts& record, CheckContext& ctx);
void CheckTxtKeySpace(const TxtStringFacts& string,
                      const TxtRecordFacts& record, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TXT_TXT_RULES_H_
