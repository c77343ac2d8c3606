#include "lint/rules/txt/txt_rules.h"

namespace svclint {

std::span<const TxtRule> TxtRules() {
  static constexpr TxtRule kRules[] = {
      {RuleId::kTX001, CheckTxtKeyMissing, nullptr},
      {RuleId::kTX002, CheckTxtKeyInvalidChar, nullptr},
      {RuleId::kTX003, CheckTxtKeyTooLong, nullptr},
      {RuleId::kTX004, nullptr, CheckTxtKeyDuplicate},
      {RuleId::kTX005, CheckTxtStringTooLong, nullptr},
      {RuleId::kTX006, nullptr, CheckTxtRecordLarge},
      {RuleId::kTX007, nullptr, CheckTxtversNotFirst},
      {RuleId::kTX008, CheckTxtKeyUndefined, nullptr},
      {RuleId::kTX009, CheckTxtValueQuoted, nullptr},
      {RuleId::kTX010, CheckTxtRepeatsSrv, nullptr},
      {RuleId::kTX011, nullptr, CheckTxtRecordEmpty},
      {RuleId::kTX012, CheckTxtKeySpace, nullptr},
  };
  return kRules;
}

void RunTxtRules(const TxtRecordFacts& record, CheckContext& ctx) {
  for (const TxtRule& rule : TxtRules()) {
    if (!ctx.sink.Enabled(rule.id)) continue;
    if (rule.check_string != nullptr) {
      for (const TxtStringFacts& s : record.entries) {
        rule.check_string(s, record, ctx);
      }
    }
    if (rule.check_record != nullptr) rule.check_record(record, ctx);
  }
}

}  // namespace svclint
