// AvahiNameCollision: see rules/av.toml for the rule and the consumer's source
// it cites.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/avahi_values.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/avahi_facts.h"
#include "lint/rules/rule_text.h"
#include "svclint/rules_config.h"

namespace svclint {

void CheckAvahiNameCollision(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  // The services seen so far by type and domain (without case): one map
  // lookup per service, so a group of 65,000 services stays linear.
  std::unordered_map<std::string, std::vector<const ServiceConfig*>> seen;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.type) continue;
    const std::string key = absl::StrCat(
        AsciiLower(s.type->text), "|",
        AsciiLower(s.domain ? std::string_view(s.domain->text) : ""));
    std::vector<const ServiceConfig*>& same = seen[key];
    for (const ServiceConfig* earlier : same) {
      if (!ProtocolsOverlap(ProtocolOf(*earlier), ProtocolOf(s))) continue;
      ctx.sink.Report(RuleId::kAV004, s.type->span,
                      {{"type", Printable(s.type->text)},
                       {"protocol", ProtocolOf(s)},
                       {"line", absl::StrCat(earlier->type->span.line)},
                       {"version", config.versions().avahi}});
      break;
    }
    // One earlier service per protocol is all an overlap needs.
    if (std::none_of(same.begin(), same.end(), [&](const ServiceConfig* e) {
          return ProtocolOf(*e) == ProtocolOf(s);
        })) {
      same.push_back(&s);
    }
  }
}

}  // namespace svclint
