// AvahiTxtEmptyString: see rules/av.toml for the rule and the consumer's source
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

void CheckAvahiTxtEmptyString(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    // An empty string beside others is TX001.
    for (const ConfigTxtRecord& record : s.txt_records) {
      if (record.strings.size() != 1 || !record.strings[0].text.empty()) {
        continue;
      }
      const ConfigValue& string = record.strings[0];
      ctx.sink.Report(RuleId::kAV005,
                      string.element ? *string.element : string.span,
                      {{"version", config.versions().avahi}});
    }
  }
}

}  // namespace svclint
