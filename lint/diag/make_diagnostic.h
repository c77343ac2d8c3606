// The one place a finding is filled in: DiagnosticSink::Report (every
// built-in rule), custom rules, CF001 (.svclint.toml), CF002 (suppressions)
// and IO001 (unreadable files) all build their Diagnostic here, so its
// fields are set one way.
//
//   const MessageArg args[] = {{"reason", error.reason}};
//   Diagnostic d = MakeDiagnostic(path, error.span,
//   BuiltinRule(RuleId::kCF001),
//                                 Severity::kError, args);
#ifndef SVCLINT_LINT_DIAG_MAKE_DIAGNOSTIC_H_
#define SVCLINT_LINT_DIAG_MAKE_DIAGNOSTIC_H_

#include <span>
#include <string>
#include <string_view>

#include "lint/base/source_span.h"
#include "lint/catalog/catalog.h"
#include "lint/diag/diagnostic.h"

namespace svclint {

// A finding of rule `rule_id`/`slug` whose message is `message_template`
// filled with `args`. No fix.
inline Diagnostic MakeDiagnostic(std::string_view path, SourceSpan span,
                                 std::string_view rule_id,
                                 std::string_view slug, Severity severity,
                                 std::string_view message_template,
                                 std::span<const MessageArg> args) {
  Diagnostic d;
  d.path = std::string(path);
  d.span = span;
  d.rule_id = std::string(rule_id);
  d.slug = std::string(slug);
  d.severity = severity;
  d.message = FormatMessage(message_template, args);
  return d;
}

// A finding of a built-in rule, with its own message template.
inline Diagnostic MakeDiagnostic(std::string_view path, SourceSpan span,
                                 const RuleInfo& rule, Severity severity,
                                 std::span<const MessageArg> args) {
  return MakeDiagnostic(path, span, rule.id, rule.slug, severity, rule.message,
                        args);
}

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_MAKE_DIAGNOSTIC_H_
