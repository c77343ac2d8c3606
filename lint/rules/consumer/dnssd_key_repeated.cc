// DnssdKeyRepeated: see rules/sd.toml for the rule and the consumer's source it
// cites.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/avahi_values.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/dnssd_facts.h"
#include "lint/rules/rule_text.h"
#include "svclint/rules_config.h"

namespace svclint {

void CheckDnssdKeyRepeated(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  std::vector<std::pair<std::string_view, uint32_t>> first_lines;
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service) return;
              for (const std::string_view single : kSingleValued) {
                if (u.key != single) continue;
                const SourceSpan span = config.positions.Span(
                    u.key_offset, u.key_offset + u.key.size());
                const auto first = std::find_if(
                    first_lines.begin(), first_lines.end(),
                    [&](const auto& seen) { return seen.first == single; });
                if (first == first_lines.end()) {
                  first_lines.push_back({single, span.line});
                  continue;
                }
                ctx.sink.Report(RuleId::kSD004, span,
                                {{"key", single},
                                 {"line", absl::StrCat(first->second)},
                                 {"version", Version(config)}});
              }
            });
}

}  // namespace svclint
