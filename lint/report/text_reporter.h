// Human-readable findings, one per line, as compilers print them:
//
//   <args>:3:1: error: service name 'toolongservicename1' is 19 characters;
//   the limit is 15 [SN002 name-too-long]
//
// Colour (ANSI) only when asked, i.e. when stdout is a terminal.
#ifndef SVCLINT_LINT_REPORT_TEXT_REPORTER_H_
#define SVCLINT_LINT_REPORT_TEXT_REPORTER_H_

#include <functional>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "lint/diag/diagnostic.h"
#include "lint/diag/finding.h"

namespace svclint {

void WriteTextDiagnostic(const Diagnostic& d, bool color, std::ostream& out);
// The same line, appended to `out` (for output written in blocks).
void AppendTextDiagnostic(const Diagnostic& d, bool color, std::string& out);
// The same line for a finding kept as data, its message formatted in place.
void AppendTextFinding(const FindingStore& store, const Finding& f, bool color,
                       std::string& out);

// Findings counted by severity, for a summary of findings already written.
struct FindingCounts {
  size_t by_severity[3] = {0, 0, 0};  // indexed by Severity
  size_t fixable = 0;

  void Add(const Diagnostic& d) {
    ++by_severity[static_cast<int>(d.severity)];
    if (d.fix.has_value()) ++fixable;
  }
  void Add(const FindingStore& store, const Finding& f) {
    ++by_severity[static_cast<int>(f.severity)];
    if (store.HasFix(f)) ++fixable;
  }
  size_t total() const {
    return by_severity[0] + by_severity[1] + by_severity[2];
  }
};

// The closing line for stderr: "Found 3 problems (2 errors, 1 warning)
// in 4 inputs; 1 fixable with --fix." or "No problems found in 4 inputs."
void WriteTextSummary(std::span<const Diagnostic> diagnostics, size_t inputs,
                      std::string_view input_noun, std::ostream& out);
void WriteTextSummary(const FindingCounts& counts, size_t inputs,
                      std::string_view input_noun, std::ostream& out);

// `--statistics`: one line per rule with its count, most frequent first
// (ties in id order):
//
//    267  SN009  name-redundant-word
void WriteStatistics(std::span<const Diagnostic> diagnostics,
                     std::ostream& out);

// The same counts kept as findings stream by (`check -`).
class RuleStatistics {
 public:
  void Add(std::span<const Diagnostic> diagnostics);
  void Add(const FindingStore& findings);
  void Write(std::ostream& out) const;

 private:
  void Count(std::string_view id, std::string_view slug, size_t n);

  std::map<std::string, std::pair<size_t, std::string>, std::less<>>
      by_rule_;  // id -> count, slug
  // Built-in rules counted by RuleId first (no lookup by string per
  // finding), folded into by_rule_ when written.
  std::vector<size_t> builtin_counts_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_TEXT_REPORTER_H_
