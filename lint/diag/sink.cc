#include "lint/diag/sink.h"

#include "lint/config/custom_rule.h"
#include "lint/diag/make_diagnostic.h"

namespace svclint {

void DiagnosticSink::Report(RuleId id, SourceSpan span,
                            std::initializer_list<MessageArg> args,
                            std::vector<Edit> edits, std::string_view variant) {
  if (!policy_->Enabled(id)) return;
  const RuleInfo& rule = BuiltinRule(id);
  Severity severity = rule.severity;
  std::string_view message_template = rule.message;
  if (!variant.empty()) {
    if (const RuleVariant* v = rule.FindVariant(variant)) {
      severity = v->severity;
      message_template = v->message;
    }
  }
  if (std::optional<Severity> forced = policy_->SeverityOverride(id)) {
    severity = *forced;
  }
  const std::span<const MessageArg> arg_span(args.begin(), args.size());
  Diagnostic& d = diagnostics_.emplace_back(MakeDiagnostic(
      path_, span, rule.id, rule.slug, severity, message_template, arg_span));
  if (!edits.empty()) {
    d.fix = Fix{FormatMessage(rule.fix, arg_span), std::move(edits)};
  }
}

void DiagnosticSink::Field(std::string_view field, std::string_view value,
                           SourceSpan span) {
  if (custom_rules_ == nullptr || custom_rules_->empty()) return;
  custom_rules_->Evaluate(path_, field, value, span, diagnostics_);
}

}  // namespace svclint
