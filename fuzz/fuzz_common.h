// Shared by the libFuzzer targets: the whole `svclint lint` path for one
// file's text, as the CLI and the language server run it, plus invariants
// that must hold for any input (a violated one aborts, so libFuzzer keeps
// the input as a crash).
#ifndef SVCLINT_FUZZ_FUZZ_COMMON_H_
#define SVCLINT_FUZZ_FUZZ_COMMON_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diag/rule_policy.h"
#include "lint/engine/config_resolver.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/fixes.h"
#include "lint/engine/lint_file.h"
#include "lint/engine/lint_paths.h"
#include "lint/registry/registry.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"

namespace svclint::fuzz {

// Aborts with `what` when `ok` is false.
inline void Require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "svclint fuzz invariant violated: %s\n", what);
    std::abort();
  }
}

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Every finding points into the text: 1-based, the end not before the
// start, no line past the last one (a file of N newlines has N+1 lines).
inline void CheckSpans(std::string_view content,
                       const std::vector<Diagnostic>& diagnostics) {
  size_t lines = 1;
  for (char c : content) lines += c == '\n';
  for (const Diagnostic& d : diagnostics) {
    Require(d.span.line >= 1 && d.span.column >= 1, "span starts at 0");
    Require(d.span.line <= lines, "span starts past the last line");
    Require(
        d.span.end_line > d.span.line || (d.span.end_line == d.span.line &&
                                          d.span.end_column >= d.span.column),
        "span ends before it starts");
    Require(!d.rule_id.empty() && !d.message.empty(), "finding without text");
  }
}

// Renders the findings in every output format (JSON and SARIF must cope
// with whatever bytes the input put into messages). SARIF serialises the
// whole rule catalogue every time, which would cut the execution rate
// fivefold; it shares nlohmann::json and its error handler with the JSON
// reporter, so it runs on a fixed one in 64 of the inputs (by a hash of
// the findings' text), the JSON reporter on all of them.
inline void RenderAll(const std::vector<Diagnostic>& diagnostics) {
  std::ostringstream out;
  for (const Diagnostic& d : diagnostics) WriteTextDiagnostic(d, false, out);
  WriteTextSummary(diagnostics, 1, "file", out);
  WriteStatistics(diagnostics, out);
  WriteJson(diagnostics, out);
  WriteGithub(diagnostics, out);
  size_t hash = 0;
  for (const Diagnostic& d : diagnostics) {
    hash = hash * 31 + std::hash<std::string>{}(d.message);
  }
  if (!diagnostics.empty() && hash % 64 == 0) WriteSarif(diagnostics, out);
}

// One file through everything `svclint lint --fix` does with it: lint
// (parse, rules, per-file ignores, suppressions), render, apply the safe
// fixes, diff, and lint the fixed text again. A fix must never turn a file
// that parses into one that does not.
inline void LintWholePath(std::string_view path, std::string_view content,
                          FileKind kind) {
  static const FileSettings* settings = [] {
    auto* s = new FileSettings;
    s->registry = &Registry::Embedded();
    return s;
  }();
  const FileResult result =
      LintFileWithSettings(path, content, kind, *settings);
  Require(!result.parse_failed || !result.diagnostics.empty(),
          "parse failure without a finding");
  CheckSpans(content, result.diagnostics);
  RenderAll(result.diagnostics);
  if (result.parse_failed) return;
  const FixResult fixed = ApplyFixes(content, result.diagnostics);
  if (fixed.applied == 0 || fixed.content == content) return;
  if (content.size() <= 4096) UnifiedDiff(path, content, fixed.content);
  const FileResult again =
      LintFileWithSettings(path, fixed.content, kind, *settings);
  Require(!again.parse_failed, "a safe fix broke the file");
  CheckSpans(fixed.content, again.diagnostics);
}

}  // namespace svclint::fuzz

#endif  // SVCLINT_FUZZ_FUZZ_COMMON_H_
