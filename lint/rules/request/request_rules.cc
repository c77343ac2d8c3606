#include "lint/rules/request/request_rules.h"

#include <span>

namespace svclint {

void RunRequestRules(const RequestFile& file, CheckContext& ctx) {
  // Both tables are in id order; merging them keeps findings in id order
  // (a rule on both inputs checks the file first).
  const std::span file_rules(kRequestFileRules);
  const std::span request_rules(kRequestRules);
  size_t f = 0, r = 0;
  while (f < file_rules.size() || r < request_rules.size()) {
    if (r == request_rules.size() ||
        (f < file_rules.size() && file_rules[f].id <= request_rules[r].id)) {
      const auto& rule = file_rules[f++];
      if (ctx.sink.Enabled(rule.id)) rule.check(file, ctx);
    } else {
      const auto& rule = request_rules[r++];
      if (!ctx.sink.Enabled(rule.id)) continue;
      for (const Request& request : file.requests) rule.check(request, ctx);
    }
  }
}

}  // namespace svclint
