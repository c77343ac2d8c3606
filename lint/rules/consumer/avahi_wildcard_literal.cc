// AvahiWildcardLiteral: see rules/av.toml for the rule and the consumer's
// source it cites.
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

void CheckAvahiWildcardLiteral(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config) || config.file.services.empty()) return;
  const ServiceConfig& s = config.file.services.front();
  if (!s.instance || s.instance_templated ||
      s.instance->text.find("%h") == std::string::npos) {
    return;
  }
  ctx.sink.Report(RuleId::kAV008, s.instance->span,
                  {{"version", config.versions().avahi}});
}

}  // namespace svclint
