// Where rules put their findings. A rule names its RuleId, a span and the
// values for its message template; the sink applies the policy (enabled?
// which severity?) and records the finding as data (finding.h): the
// message is formatted only when it is written, by the reporter that
// writes it, or when a caller asks for Diagnostics.
//
//   if (sink.Enabled(RuleId::kSN002))
//     sink.Report(RuleId::kSN002, SpanAt(at, 0, name.size()),
//                 {{"name", InputText(name)}, {"length", name.size()}});
#ifndef SVCLINT_LINT_DIAG_SINK_H_
#define SVCLINT_LINT_DIAG_SINK_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/catalog/catalog.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/finding.h"
#include "lint/diag/rule_policy.h"

namespace svclint {

// Receives the named values linters publish through DiagnosticSink::Field()
// and may add findings of its own. The custom rules of `.svclint.toml`
// (lint/config/custom_rule.h) are the one kind; the interface lives here so
// that the sink, below the configuration layer, never includes it.
class FieldRules {
 public:
  virtual ~FieldRules() = default;
  virtual bool empty() const = 0;
  // Appends to `out` the findings on `field` = `value` at `span` of `path`.
  virtual void Evaluate(std::string_view path, std::string_view field,
                        std::string_view value, SourceSpan span,
                        std::vector<Diagnostic>& out) const = 0;
};

class DiagnosticSink {
 public:
  // `policy` must outlive the sink.
  DiagnosticSink(std::string path, const RulePolicy& policy)
      : findings_(std::move(path)), policy_(&policy) {}

  bool Enabled(RuleId id) const { return policy_->Enabled(id); }

  // Records a finding of `id` unless the policy disables it. `variant`
  // picks one of the rule's alternative messages/severities; `edits`, when
  // not empty, become the fix, titled by the rule's `fix` template.
  // Values are copied (a view of the input stays valid); InputText values
  // are shown as Printable() shows them, numbers in decimal.
  void Report(RuleId id, SourceSpan span,
              std::initializer_list<FindingArg> args = {},
              std::vector<Edit> edits = {}, std::string_view variant = {});

  // Publishes a named value (e.g. "service.name") for custom rules to
  // match; a no-op when there are none. See lint/config/custom_rule.h.
  void Field(std::string_view field, std::string_view value, SourceSpan span);
  void set_custom_rules(const FieldRules* rules) { custom_rules_ = rules; }
  bool has_custom_rules() const { return custom_rules_ != nullptr; }

  // Records a finding that is already fully formed (custom rules, IO001).
  void Add(Diagnostic diagnostic) {
    findings_.AddFormed(std::move(diagnostic));
  }

  const std::string& path() const { return findings_.path(); }
  const RulePolicy& policy() const { return *policy_; }

  // The findings as data, in the order reported since the last
  // diagnostics() call: what `check -` hands to the reporters unformatted.
  FindingStore& findings() { return findings_; }
  // Every finding as a Diagnostic, its message formatted: those reported
  // since the last call are converted and appended first.
  std::vector<Diagnostic>& diagnostics() {
    Flush();
    return diagnostics_;
  }
  std::vector<Diagnostic> TakeDiagnostics() {
    Flush();
    return std::exchange(diagnostics_, {});
  }

 private:
  void Flush();

  FindingStore findings_;
  const RulePolicy* policy_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<Diagnostic> custom_found_;  // reused by Field()
  const FieldRules* custom_rules_ = nullptr;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_SINK_H_
