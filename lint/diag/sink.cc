#include "lint/diag/sink.h"

namespace svclint {

void DiagnosticSink::Report(RuleId id, SourceSpan span,
                            std::initializer_list<FindingArg> args,
                            std::vector<Edit> edits, std::string_view variant) {
  if (!policy_->Enabled(id)) return;
  const RuleInfo& rule = BuiltinRule(id);
  Severity severity = rule.severity;
  uint8_t variant_index = kDefaultMessage;
  if (!variant.empty()) {
    if (const RuleVariant* v = rule.FindVariant(variant)) {
      severity = v->severity;
      variant_index = static_cast<uint8_t>(v - rule.variants.data());
    }
  }
  if (std::optional<Severity> forced = policy_->SeverityOverride(id)) {
    severity = *forced;
  }
  findings_.Add(id, severity, variant_index, span,
                std::span<const FindingArg>(args.begin(), args.size()),
                std::move(edits));
}

void DiagnosticSink::Field(std::string_view field, std::string_view value,
                           SourceSpan span) {
  if (custom_rules_ == nullptr || custom_rules_->empty()) return;
  custom_found_.clear();
  custom_rules_->Evaluate(path(), field, value, span, custom_found_);
  for (Diagnostic& d : custom_found_) findings_.AddFormed(std::move(d));
}

void DiagnosticSink::Flush() {
  if (findings_.empty()) return;
  findings_.AppendDiagnostics(diagnostics_);
  findings_.Clear();
}

}  // namespace svclint
