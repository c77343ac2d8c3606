#include "lint/rules/txt/txt_rules.h"

#include <span>

namespace svclint {

void RunTxtRules(const TxtRecordFacts& record, CheckContext& ctx) {
  // Both tables are in id order; merging them keeps findings in id order
  // (a rule on both inputs checks its strings first).
  const std::span string_rules(kTxtStringRules);
  const std::span record_rules(kTxtRules);
  size_t s = 0, r = 0;
  while (s < string_rules.size() || r < record_rules.size()) {
    if (r == record_rules.size() ||
        (s < string_rules.size() && string_rules[s].id <= record_rules[r].id)) {
      const auto& rule = string_rules[s++];
      if (!ctx.sink.Enabled(rule.id)) continue;
      for (const TxtStringFacts& string : record.entries) {
        rule.check(string, record, ctx);
      }
    } else {
      const auto& rule = record_rules[r++];
      if (ctx.sink.Enabled(rule.id)) rule.check(record, ctx);
    }
  }
}

}  // namespace svclint
