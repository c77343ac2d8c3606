#include "lint/diag/rule_policy.h"

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/catalog/catalog.h"
#include "lint/catalog/opt_in.h"

namespace svclint {

RulePolicy::RulePolicy() {
  for (size_t i = 0; i < kBuiltinRuleCount; ++i) {
    enabled_[i] = !IsOptInRule(i);  // TX008 and the like: see opt_in.h
  }
  override_.fill(std::nullopt);
}

bool RulePolicy::Matches(std::string_view selector, std::string_view rule_id,
                         std::string_view slug) {
  if (selector.empty()) return false;
  if (selector == slug || EqualsIgnoreCase(selector, "ALL")) return true;
  return selector.size() <= rule_id.size() &&
         EqualsIgnoreCase(rule_id.substr(0, selector.size()), selector);
}

bool RulePolicy::NamesBuiltinRule(std::string_view selector) {
  for (const RuleInfo& rule : BuiltinRules()) {
    if (Matches(selector, rule.id, rule.slug)) return true;
  }
  return false;
}

namespace {

// Applies `apply` to every built-in rule each selector matches.
template <typename Apply>
absl::Status ForEachMatch(const std::vector<std::string>& selectors,
                          Apply apply) {
  for (const std::string& selector : selectors) {
    bool matched = false;
    for (size_t i = 0; i < kBuiltinRuleCount; ++i) {
      const RuleInfo& rule = BuiltinRules()[i];
      if (RulePolicy::Matches(selector, rule.id, rule.slug)) {
        apply(i);
        matched = true;
      }
    }
    if (!matched) {
      return absl::InvalidArgumentError(
          absl::StrCat("'", AsAbsl(selector), "' matches no rule"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status RulePolicy::Select(const std::vector<std::string>& selectors) {
  if (selectors.empty()) return absl::OkStatus();
  std::array<bool, kBuiltinRuleCount> selected;
  selected.fill(false);
  absl::Status status =
      ForEachMatch(selectors, [&](size_t i) { selected[i] = true; });
  if (!status.ok()) return status;
  for (size_t i = 0; i < kBuiltinRuleCount; ++i) {
    // A selection keeps what it names, and turns on the opt-in rules it
    // names: `--select TX008` (or TX, or ALL) runs TX008.
    enabled_[i] = selected[i] && (enabled_[i] || IsOptInRule(i));
  }
  return absl::OkStatus();
}

absl::Status RulePolicy::Ignore(const std::vector<std::string>& selectors) {
  return ForEachMatch(selectors, [&](size_t i) { enabled_[i] = false; });
}

void RulePolicy::OverrideSeverity(RuleId id, Severity severity) {
  override_[Index(id)] = severity;
}

}  // namespace svclint
