// DnssdSubtypeUnsupported: see rules/sd.toml for the rule and the consumer's
// source it cites.
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

void CheckDnssdSubtypeUnsupported(const ConfigFacts& config,
                                  CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  const int systemd = config.versions().systemd;
  const std::optional<int> since = DnssdKeySince("SubType");
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service || u.key != "SubType" || u.value.empty())
                return;
              const SourceSpan span =
                  config.positions.Span(u.value_offset, u.end_offset);
              if (since && systemd < *since) {
                ctx.sink.Report(RuleId::kSD003, span,
                                {{"since", absl::StrCat(*since)},
                                 {"version", Version(config)}});
              } else if (u.value.find('.') != std::string_view::npos) {
                ctx.sink.Report(
                    RuleId::kSD003, span,
                    {{"label", Printable(u.value.substr(0, u.value.find('.')))},
                     {"value", Printable(u.value)},
                     {"version", Version(config)}},
                    {}, "full-form");
              }
            });
}

}  // namespace svclint
