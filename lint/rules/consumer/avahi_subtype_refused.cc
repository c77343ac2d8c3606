// AvahiSubtypeRefused: see rules/av.toml for the rule and the consumer's source
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

void CheckAvahiSubtypeRefused(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    for (const ConfigSubtype& sub : s.subtypes) {
      const std::vector<std::string_view> labels = TypeLabels(sub.value.text);
      if (labels.size() >= 2 && EqualsIgnoreCase(labels[1], "_sub") &&
          !labels[0].empty() && labels[0][0] == '_' && labels[0].size() <= 2) {
        ctx.sink.Report(RuleId::kAV002, sub.value.span,
                        {{"label", Printable(labels[0])},
                         {"version", config.versions().avahi}});
      }
    }
  }
}

}  // namespace svclint
