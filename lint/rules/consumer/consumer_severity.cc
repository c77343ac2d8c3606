// Severity by consumer (issue 13, part 3): in a deployed config an error
// means "this will not publish". RFC 6335 §5.1 service-name syntax (SN002
// too long, SN003 a character outside letters/digits/'-', SN004 no letter,
// SN005 a hyphen at an edge, SN006 two hyphens) makes a name
// unregistrable, but avahi-daemon publishes every one of them and
// systemd-resolved most: those findings become warnings that say what the
// file's consumer does; where the consumer refuses the type, its own rule
// (SD002) is the error on the same line.
#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "lint/rules/consumer/consumer_rules.h"

namespace svclint {
namespace {

constexpr std::string_view kRegistrationRules[] = {"SN002", "SN003", "SN004",
                                                   "SN005", "SN006"};

bool IsRegistrationRule(std::string_view id) {
  return std::find(std::begin(kRegistrationRules), std::end(kRegistrationRules),
                   id) != std::end(kRegistrationRules);
}

}  // namespace

void ApplyConsumerSeverity(Consumer consumer, const ConsumerVersions& versions,
                           std::vector<Diagnostic>& diagnostics) {
  if (consumer == Consumer::kAny) return;
  const std::string name = ConsumerName(consumer, versions);
  for (Diagnostic& d : diagnostics) {
    if (d.severity != Severity::kError || !IsRegistrationRule(d.rule_id)) {
      continue;
    }
    const bool refused = std::any_of(
        diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& other) {
          return other.rule_id == "SD002" && other.span.line == d.span.line;
        });
    d.severity = Severity::kWarning;
    absl::StrAppend(&d.message,
                    refused
                        ? absl::StrCat("; ", name, " refuses it too (SD002)")
                        : absl::StrCat("; ", name,
                                       " publishes it, but it "
                                       "cannot be registered "
                                       "at IANA"));
  }
}

}  // namespace svclint
