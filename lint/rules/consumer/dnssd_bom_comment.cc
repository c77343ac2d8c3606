// DnssdBomComment: see rules/sd.toml for the rule and the consumer's source it
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

void CheckDnssdBomComment(const ConfigFacts& config, CheckContext& ctx) {
  const std::string_view content = config.content;
  if (!ForSystemd(config) || !content.starts_with("\xEF\xBB\xBF")) return;
  const size_t lead = content.find_first_not_of(" \t", 3);
  if (lead == std::string_view::npos ||
      (content[lead] != '#' && content[lead] != ';')) {
    return;
  }
  const size_t end = content.find_first_of("\r\n", lead);
  ctx.sink.Report(RuleId::kSD008,
                  config.positions.Span(
                      0, end == std::string_view::npos ? content.size() : end),
                  {{"version", Version(config)}});
}

}  // namespace svclint
