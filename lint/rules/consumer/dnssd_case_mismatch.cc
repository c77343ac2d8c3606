// DnssdCaseMismatch: see rules/sd.toml for the rule and the consumer's source
// it cites.
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

void CheckDnssdCaseMismatch(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  UnitScanner(config.content)
      .Scan(
          [&](std::string_view name, size_t begin, size_t end) {
            if (name == "Service" || !EqualsIgnoreCase(name, "Service")) {
              return;
            }
            ctx.sink.Report(RuleId::kSD006, config.positions.Span(begin, end),
                            {{"what", "section names"},
                             {"found", absl::StrCat("[", AsAbsl(name), "]")},
                             {"expected", "[Service]"},
                             {"version", Version(config)}});
          },
          [&](const UnitLine& u) {
            if (!u.in_service) return;
            for (const std::string_view known : kServiceKeys) {
              if (u.key == known || !EqualsIgnoreCase(u.key, known)) continue;
              ctx.sink.Report(RuleId::kSD006,
                              config.positions.Span(
                                  u.key_offset, u.key_offset + u.key.size()),
                              {{"what", "keys"},
                               {"found", Printable(u.key)},
                               {"expected", known},
                               {"version", Version(config)}});
            }
          });
}

}  // namespace svclint
