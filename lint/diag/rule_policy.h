// Which built-in rules run, and at which severity. Built from --select,
// --ignore and the configuration; consulted by DiagnosticSink before a
// rule spends any time formatting a message.
#ifndef SVCLINT_LINT_DIAG_RULE_POLICY_H_
#define SVCLINT_LINT_DIAG_RULE_POLICY_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lint/diag/severity.h"
#include "svclint/rule_ids.h"

namespace svclint {

class RulePolicy {
 public:
  // Every built-in rule enabled at its default severity.
  RulePolicy();

  // Keeps only rules matching one of `selectors` (ids or prefixes such as
  // "SN", "SN00", "SN002", or slugs), when `selectors` is not empty.
  // InvalidArgument names a selector that matches no rule.
  absl::Status Select(const std::vector<std::string>& selectors);
  // Disables the rules matching any of `selectors`.
  absl::Status Ignore(const std::vector<std::string>& selectors);
  // Disables every built-in rule (a selection that names only custom rules).
  void DisableAll() { enabled_.fill(false); }
  // Forces `id`'s severity, whatever its variant says.
  void OverrideSeverity(RuleId id, Severity severity);

  bool Enabled(RuleId id) const { return enabled_[Index(id)]; }
  // The user's override for `id`, if any.
  std::optional<Severity> SeverityOverride(RuleId id) const {
    return override_[Index(id)];
  }

  // Whether `selector` names `rule_id`/`slug`: equal id, id prefix, or slug.
  static bool Matches(std::string_view selector, std::string_view rule_id,
                      std::string_view slug);
  // Whether `selector` names at least one built-in rule.
  static bool NamesBuiltinRule(std::string_view selector);

 private:
  static size_t Index(RuleId id) { return static_cast<size_t>(id); }

  std::array<bool, kBuiltinRuleCount> enabled_;
  std::array<std::optional<Severity>, kBuiltinRuleCount> override_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_RULE_POLICY_H_
