// What the AV rules share: avahi-daemon 0.8's readings of types, host
// names and protocols (avahi-common/domain.c, avahi-core/entry.c), and
// whether a file is Avahi's to read.
#ifndef SVCLINT_LINT_RULES_CONSUMER_AVAHI_FACTS_H_
#define SVCLINT_LINT_RULES_CONSUMER_AVAHI_FACTS_H_

#include <arpa/inet.h>

#include <string>
#include <string_view>
#include <vector>

#include "lint/base/strings.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/consumer_rules.h"

namespace svclint {

// AV007: the host name svclint assumes for each %h (rules/av.toml says
// why this one).
constexpr std::string_view kCommonHostName = "raspberrypi";

inline bool IsProtocolLabel(std::string_view label) {
  return EqualsIgnoreCase(label, "_tcp") || EqualsIgnoreCase(label, "_udp");
}

// What avahi_is_valid_service_type_strict refuses that the ST rules do
// not: a domain after the protocol, a service label of 2 bytes or less.
inline std::string_view AvahiTypeProblem(std::string_view type) {
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
inline std::string_view AvahiHostProblem(std::string_view host) {
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

inline std::string_view ProtocolOf(const ServiceConfig& s) {
  return s.protocol ? std::string_view(s.protocol->text) : "any";
}

inline bool ProtocolsOverlap(std::string_view a, std::string_view b) {
  return a == "any" || b == "any" || a == b;
}

// The Avahi rules read Avahi files (or a TOML list naming avahi).
inline bool ForAvahi(const ConfigFacts& config) {
  return config.consumer == Consumer::kAvahi;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CONSUMER_AVAHI_FACTS_H_
