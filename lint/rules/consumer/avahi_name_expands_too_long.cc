// AvahiNameExpandsTooLong: see rules/av.toml for the rule and the consumer's
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

void CheckAvahiNameExpandsTooLong(const ConfigFacts& config,
                                  CheckContext& ctx) {
  // Every service of a group has the group's name: look at the first.
  if (!ForAvahi(config) || config.file.services.empty()) return;
  const ServiceConfig& s = config.file.services.front();
  if (!s.instance || !s.instance_templated) return;
  size_t literal = 0;
  for (const TextRange& r : s.instance_literals) literal += r.end - r.begin;
  const size_t wildcards = (s.instance->text.size() - literal) / 2;
  const size_t length = literal + wildcards * kCommonHostName.size();
  // A literal run over 63 bytes is SI002 already.
  if (length <= 63 || literal > 63) return;
  ctx.sink.Report(RuleId::kAV007, s.instance->span,
                  {{"length", absl::StrCat(length)},
                   {"host_length", absl::StrCat(kCommonHostName.size())},
                   {"host", kCommonHostName},
                   {"version", config.versions().avahi}});
}

}  // namespace svclint
