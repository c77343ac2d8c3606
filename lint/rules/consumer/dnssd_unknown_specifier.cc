// DnssdUnknownSpecifier: see rules/sd.toml for the rule and the consumer's
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

void CheckDnssdUnknownSpecifier(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.instance) continue;
    const std::string_view text = s.instance->text;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      if (text[i] != '%') continue;
      const char c = text[++i];
      if (FindSpecifier(c) != nullptr) continue;
      ctx.sink.Report(RuleId::kSD001, config.SpanOf(*s.instance, i - 1, i + 1),
                      {{"specifier", Printable(std::string_view(&c, 1))},
                       {"known", kKnownSpecifiers},
                       {"version", Version(config)}});
    }
  }
}

}  // namespace svclint
