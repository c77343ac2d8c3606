#include "lint/config/custom_rule.h"

#include <algorithm>

#include "lint/catalog/catalog.h"
#include "lint/diag/make_diagnostic.h"
#include "lint/diag/rule_policy.h"

namespace svclint {

bool AnyNames(const std::vector<std::string>& selectors,
              const CustomRule& rule) {
  for (const std::string& s : selectors) {
    if (RulePolicy::Matches(s, rule.id, rule.slug)) return true;
  }
  return false;
}

namespace {

constexpr std::string_view kKnownFields[] = {
    "service.name",
    "service.type",
    "service.instance",
    "service.subtype",
    "txt.key",
    "txt.value",
    "request.service",
    "request.description",
    "request.reference",
    "request.assignee.name",
    "request.assignee.email",
    "request.contact.name",
    "request.contact.email",
};

}  // namespace

bool IsKnownField(std::string_view field) {
  return std::find(std::begin(kKnownFields), std::end(kKnownFields), field) !=
         std::end(kKnownFields);
}

CustomRules::CustomRules(std::vector<CustomRule> rules)
    : rules_(std::move(rules)) {}

void CustomRules::Evaluate(std::string_view path, std::string_view field,
                           std::string_view value, SourceSpan span,
                           std::vector<Diagnostic>& out) const {
  for (const CustomRule& rule : rules_) {
    if (!rule.enabled || rule.field != field) continue;
    const bool matched = RE2::PartialMatch(
        re2::StringPiece(value.data(), value.size()), *rule.pattern);
    if (matched == rule.must_match) continue;
    const MessageArg args[] = {{"value", value}, {"field", field}};
    out.push_back(MakeDiagnostic(path, span, rule.id, rule.slug, rule.severity,
                                 rule.message, args));
  }
}

}  // namespace svclint
