// User-defined rules from `.svclint.toml`: an RE2 pattern over one named
// field. They report exactly like built-in rules (id, slug, severity,
// suppression, every output format).
//
// Fields are published by the linters as they visit values, through
// DiagnosticSink::Field(): "service.name", "service.type",
// "service.instance", "service.subtype", "txt.key", "txt.value",
// "request.service", "request.description", "request.reference",
// "request.assignee.name", "request.assignee.email", "request.contact.name",
// "request.contact.email".
#ifndef SVCLINT_LINT_CONFIG_CUSTOM_RULE_H_
#define SVCLINT_LINT_CONFIG_CUSTOM_RULE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/source_span.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/sink.h"
#include "re2/re2.h"

namespace svclint {

// The field names custom rules may name.
bool IsKnownField(std::string_view field);

struct CustomRule {
  std::string id;    // "ORG001"
  std::string slug;  // "org-prefix"
  Severity severity = Severity::kWarning;
  std::string field;
  std::shared_ptr<const RE2> pattern;  // compiled once, quiet; shared by copies
  bool must_match = true;              // "must" vs "must-not"
  std::string message;
  bool enabled = true;  // after select/ignore
};

// Whether any of `selectors` (ids, id prefixes, slugs) names `rule`.
bool AnyNames(const std::vector<std::string>& selectors,
              const CustomRule& rule);

class CustomRules final : public FieldRules {
 public:
  CustomRules() = default;
  explicit CustomRules(std::vector<CustomRule> rules);

  bool empty() const override { return rules_.empty(); }
  const std::vector<CustomRule>& rules() const { return rules_; }
  std::vector<CustomRule>& mutable_rules() { return rules_; }

  // Evaluates every enabled rule on `field` and appends its findings.
  void Evaluate(std::string_view path, std::string_view field,
                std::string_view value, SourceSpan span,
                std::vector<Diagnostic>& out) const override;

 private:
  std::vector<CustomRule> rules_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_CONFIG_CUSTOM_RULE_H_
