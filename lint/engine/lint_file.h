// Lints one file's text: parse it as its kind, run the rules for that kind,
// return sorted findings. A file that cannot be parsed yields IO001 at the
// parser's position and `parse_failed` (exit code 2).
#ifndef SVCLINT_LINT_ENGINE_LINT_FILE_H_
#define SVCLINT_LINT_ENGINE_LINT_FILE_H_

#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/engine/file_kind.h"

namespace svclint {

class Registry;

class CustomRules;

struct LintContext {
  const Registry* registry = nullptr;
  const RulePolicy* policy = nullptr;
  const CustomRules* custom_rules = nullptr;  // from .svclint.toml, or null
};

// A sink for `path` under `ctx` (policy and custom rules wired in). Every
// per-kind linter makes its sink here.
DiagnosticSink NewSink(std::string_view path, const LintContext& ctx);

struct FileResult {
  std::vector<Diagnostic> diagnostics;
  bool parse_failed = false;
};

FileResult LintText(std::string_view path, std::string_view content,
                    FileKind kind, const LintContext& ctx);

// Reports IO001 for a parser's error, at the span its ParseError carries
// (1:1 for a status without one).
void ReportParseError(const absl::Status& error, FileKind kind,
                      DiagnosticSink& sink);

// The per-kind linters LintText dispatches to, one file each.
FileResult LintRegistryFile(std::string_view path, std::string_view content,
                            const LintContext& ctx);
FileResult LintRequestFile(std::string_view path, std::string_view content,
                           const LintContext& ctx);
FileResult LintServicesFile(std::string_view path, std::string_view content,
                            const LintContext& ctx);
FileResult LintAvahiFile(std::string_view path, std::string_view content,
                         const LintContext& ctx);
FileResult LintDnssdFile(std::string_view path, std::string_view content,
                         const LintContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_LINT_FILE_H_
