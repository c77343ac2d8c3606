// AvahiHostNotFqdn: see rules/av.toml for the rule and the consumer's source it
// cites.
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

void CheckAvahiHostNotFqdn(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.host) continue;
    if (const std::string_view why = AvahiHostProblem(s.host->text);
        !why.empty()) {
      ctx.sink.Report(RuleId::kAV003, s.host->span,
                      {{"host", Printable(s.host->text)},
                       {"reason", why},
                       {"version", config.versions().avahi}});
    }
  }
}

}  // namespace svclint
