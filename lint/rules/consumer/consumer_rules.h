// The consumer rules (issue 13): what avahi-daemon and systemd-resolved do
// with a config file that svclint's RFC rules do not see. The AV (Avahi)
// and SD (systemd) checks are config rules (`input = "config"` in
// rules/av.toml and rules/sd.toml; avahi_rules.cc and dnssd_rules.cc,
// grouped by consumer as they share its readings); each returns at once
// for a file another consumer reads (ConfigFacts::consumer).
// ApplyConsumerSeverity then makes RFC 6335 registration findings in a
// deployed file warnings that say what the consumer does with the name.
//
//   ApplyConsumerSeverity(Consumer::kAvahi, versions, diagnostics);
#ifndef SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_
#define SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_

#include <string_view>
#include <vector>

#include "lint/consumers/consumer_facts.h"
#include "lint/diag/diagnostic.h"

namespace svclint {

// RFC 6335 §5.1 name-syntax findings (SN002-SN006) on a type in a file
// whose consumer publishes it anyway become warnings with a note naming
// the consumer; where the consumer refuses the type, its own rule (AV001,
// SD002) is the error. Other findings are left alone.
void ApplyConsumerSeverity(Consumer consumer, const ConsumerVersions& versions,
                           std::vector<Diagnostic>& diagnostics);

// The service label ("_http") and the other labels of a type, split at
// unescaped dots; a trailing dot adds no label.
std::vector<std::string_view> TypeLabels(std::string_view type);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_
