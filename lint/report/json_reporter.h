// Findings as a JSON array, one object per finding:
//
//   [{"path": "<args>", "line": 1, "column": 1, "end_line": 1,
//     "end_column": 20, "severity": "error", "rule": "SN002",
//     "slug": "name-too-long", "message": "...",
//     "fix": {"title": "...", "edits": [{"line": 1, "column": 1,
//             "end_line": 1, "end_column": 12, "replacement": "..."}]}}]
//
// "fix" is present only when the finding has one.
#ifndef SVCLINT_LINT_REPORT_JSON_REPORTER_H_
#define SVCLINT_LINT_REPORT_JSON_REPORTER_H_

#include <ostream>
#include <span>
#include <string>

#include "lint/diag/diagnostic.h"
#include "lint/diag/finding.h"

namespace svclint {

void WriteJson(std::span<const Diagnostic> diagnostics, std::ostream& out);

// The same array written as the findings come (`check -` on a long
// stream): Add() each batch, in order, then Finish(). The bytes are those
// WriteJson() writes for all the findings at once.
class JsonArrayWriter {
 public:
  explicit JsonArrayWriter(std::ostream& out) : out_(out) {}
  void Add(std::span<const Diagnostic> diagnostics);
  // The same for findings kept as data: the same bytes.
  void AddFindings(const FindingStore& findings);
  void Finish();

 private:
  void AppendItem(const Diagnostic& d);

  std::ostream& out_;
  bool any_ = false;
  std::string buffer_;
  std::string message_;  // reused for each finding's message
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_JSON_REPORTER_H_
