// The consumer rules (issue 13): what avahi-daemon and systemd-resolved do
// with a config file that svclint's RFC rules do not see. Each runs on a
// loaded file (lint/parse/) and reports AV (Avahi) or SD (systemd) rules;
// ApplyConsumerSeverity then makes RFC 6335 registration findings in a
// deployed file warnings that say what the consumer does with the name.
//
//   CheckAvahiConsumer(file, versions, sink);    // .service
//   CheckDnssdConsumer(file, content, versions, sink);   // .dnssd
//   ApplyConsumerSeverity(FileKind::kAvahi, versions, diagnostics);
#ifndef SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_
#define SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_

#include <string_view>
#include <vector>

#include "lint/consumers/consumer_facts.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/sink.h"
#include "lint/engine/file_kind.h"
#include "lint/model/service_config.h"

namespace svclint {

void CheckAvahiConsumer(const ServiceConfigFile& file,
                        const ConsumerVersions& versions, DiagnosticSink& sink);

void CheckDnssdConsumer(const ServiceConfigFile& file, std::string_view content,
                        const ConsumerVersions& versions, DiagnosticSink& sink);

// RFC 6335 §5.1 name-syntax findings (SN002-SN006) on a type in a file
// whose consumer publishes it anyway become warnings with a note naming
// the consumer; where the consumer refuses the type, its own rule (AV001,
// SD002) is the error. Other findings are left alone.
void ApplyConsumerSeverity(FileKind kind, const ConsumerVersions& versions,
                           std::vector<Diagnostic>& diagnostics);

// The service label ("_http") and the other labels of a type, split at
// unescaped dots; a trailing dot adds no label.
std::vector<std::string_view> TypeLabels(std::string_view type);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CONSUMER_CONSUMER_RULES_H_
