// DnssdNameExpandsTooLong: see rules/sd.toml for the rule and the consumer's
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

void CheckDnssdNameExpandsTooLong(const ConfigFacts& config,
                                  CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.instance || !s.instance_templated) continue;
    const Expansion e = Expand(s.instance->text);
    size_t literal = 0;
    for (const TextRange& r : s.instance_literals) literal += r.end - r.begin;
    // A literal run over 63 bytes is SI002 already.
    if (!e.known || e.length <= 63 || literal > 63) continue;
    ctx.sink.Report(RuleId::kSD007, s.instance->span,
                    {{"length", absl::StrCat(e.length)},
                     {"detail", absl::StrCat(e.detail, " bytes")},
                     {"version", Version(config)}});
  }
}

}  // namespace svclint
