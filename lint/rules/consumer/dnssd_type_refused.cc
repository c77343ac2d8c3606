// DnssdTypeRefused: see rules/sd.toml for the rule and the consumer's source it
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

void CheckDnssdTypeRefused(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.type) continue;
    if (const std::string why = DnssdTypeProblem(s.type->text); !why.empty()) {
      ctx.sink.Report(RuleId::kSD002, s.type->span,
                      {{"type", Printable(s.type->text)},
                       {"reason", why},
                       {"version", Version(config)}});
    }
  }
}

}  // namespace svclint
