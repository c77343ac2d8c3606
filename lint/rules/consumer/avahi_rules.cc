// AV001-AV008: what avahi-daemon 0.8 refuses or publishes differently
// (rules/av.toml cites the Avahi source for each). The checks mirror
// avahi-common/domain.c and avahi-core/entry.c as static-services.c calls
// them; the consumer oracle (tests/consumers/) holds them to the daemon.
#include <arpa/inet.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/avahi_values.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"
#include "svclint/rules_config.h"

namespace svclint {
namespace {

// AV007: the host name svclint assumes for each %h (rules/av.toml says
// why this one).
constexpr std::string_view kCommonHostName = "raspberrypi";

bool IsProtocolLabel(std::string_view label) {
  return EqualsIgnoreCase(label, "_tcp") || EqualsIgnoreCase(label, "_udp");
}

// What avahi_is_valid_service_type_strict refuses that the ST rules do
// not: a domain after the protocol, a service label of 2 bytes or less.
std::string_view AvahiTypeProblem(std::string_view type) {
  const std::vector<std::string_view> labels = TypeLabels(type);
  if (labels.size() > 2 && IsProtocolLabel(labels[1])) {
    return "a domain after the type; write it in <domain-name>";
  }
  if (labels.size() == 2 && !labels[0].empty() && labels[0][0] == '_' &&
      labels[0].size() <= 2 && IsProtocolLabel(labels[1])) {
    return "a service label of two bytes or less";
  }
  return {};
}

// avahi_is_valid_fqdn's two refusals: one label, an IP address.
std::string_view AvahiHostProblem(std::string_view host) {
  const std::vector<std::string_view> labels = TypeLabels(host);
  const std::string name(host.substr(0, host.size() - host.ends_with('.')));
  unsigned char address[16];
  if (inet_pton(AF_INET, name.c_str(), address) == 1 ||
      inet_pton(AF_INET6, name.c_str(), address) == 1) {
    return "an IP address";
  }
  if (labels.size() < 2 && !host.empty()) return "a single label";
  return {};
}

std::string_view ProtocolOf(const ServiceConfig& s) {
  return s.protocol ? std::string_view(s.protocol->text) : "any";
}

bool ProtocolsOverlap(std::string_view a, std::string_view b) {
  return a == "any" || b == "any" || a == b;
}

// The Avahi rules read Avahi files (or a TOML list naming avahi).
bool ForAvahi(const ConfigFacts& config) {
  return config.consumer == Consumer::kAvahi;
}

}  // namespace

void CheckAvahiTypeRefused(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForAvahi(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.type) continue;
    if (const std::string_view why = AvahiTypeProblem(s.type->text);
        !why.empty()) {
      ctx.sink.Report(RuleId::kAV001, s.type->span,
                      {{"type", Printable(s.type->text)},
                       {"reason", why},
                       {"version", config.versions().avahi}});
    }
  }
}

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

std::vector<std::string_view> TypeLabels(std::string_view type) {
  std::vector<std::string_view> labels;
  size_t begin = 0;
  for (size_t i = 0; i < type.size(); ++i) {
    if (type[i] == '\\') {
      ++i;
      continue;
    }
    if (type[i] == '.') {
      labels.push_back(type.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  if (begin < type.size()) labels.push_back(type.substr(begin));
  return labels;
}

}  // namespace svclint
