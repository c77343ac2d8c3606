// DnssdTxtSeveralRecords: see rules/sd.toml for the rule and the consumer's
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

void CheckDnssdTxtSeveralRecords(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  int records = 0;
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service || (u.key != "TxtText" && u.key != "TxtData"))
                return;
              // An empty assignment drops the records so far.
              records = u.value.empty() ? 0 : records + 1;
              if (records < 2) return;
              ctx.sink.Report(RuleId::kSD005,
                              config.positions.Span(
                                  u.key_offset, u.key_offset + u.key.size()),
                              {{"key", u.key},
                               {"index", absl::StrCat(records)},
                               {"version", Version(config)}});
            });
}

}  // namespace svclint
