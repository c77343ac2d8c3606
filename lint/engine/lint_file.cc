#include "lint/engine/lint_file.h"

#include <optional>
#include <string>

#include "lint/diag/make_diagnostic.h"
#include "lint/parse/parse_error.h"

namespace svclint {

void ReportParseError(const absl::Status& error, FileKind kind,
                      DiagnosticSink& sink) {
  // A status no parser made (say, an unreadable file) has no position.
  std::optional<ParseError> parsed = ParseErrorOf(error);
  if (!parsed) {
    parsed = ParseError{PointSpan({1, 1}), std::string(error.message())};
  }
  // IO001 is reported even when deselected: a broken file is never clean.
  const MessageArg args[] = {{"kind", FileKindName(kind)},
                             {"reason", parsed->reason}};
  sink.Add(MakeDiagnostic(sink.path(), parsed->span,
                          BuiltinRule(RuleId::kIO001), Severity::kError, args));
}

DiagnosticSink NewSink(std::string_view path, const LintContext& ctx) {
  DiagnosticSink sink{std::string(path), *ctx.policy};
  sink.set_custom_rules(ctx.custom_rules);
  return sink;
}

FileResult LintText(std::string_view path, std::string_view content,
                    FileKind kind, const LintContext& ctx) {
  FileResult result;
  switch (kind) {
    case FileKind::kRegistry:
      result = LintRegistryFile(path, content, ctx);
      break;
    case FileKind::kRequest:
      result = LintRequestFile(path, content, ctx);
      break;
    case FileKind::kServices:
      result = LintServicesFile(path, content, ctx);
      break;
    case FileKind::kAvahi:
      result = LintAvahiFile(path, content, ctx);
      break;
    case FileKind::kDnssd:
      result = LintDnssdFile(path, content, ctx);
      break;
  }
  SortDiagnostics(result.diagnostics);
  return result;
}

}  // namespace svclint
