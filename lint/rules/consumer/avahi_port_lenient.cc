// AvahiPortLenient: see rules/av.toml for the rule and the consumer's source it
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

void CheckAvahiPortLenient(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.port || IsPlainAvahiPort(s.port->text) ||
        StripAsciiWhitespace(s.port->text).empty()) {
      continue;
    }
    const int64_t port = AvahiAtoi(s.port->text);
    // Outside 0-65535 the file is refused: PR001 says so.
    if (port < 0 || port > 65535) continue;
    ctx.sink.Report(RuleId::kAV006, s.port->span,
                    {{"text", Printable(s.port->text)},
                     {"port", absl::StrCat(port)},
                     {"version", config.versions().avahi}});
  }
}

}  // namespace svclint
