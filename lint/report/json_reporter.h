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

#include "lint/diag/diagnostic.h"

namespace svclint {

void WriteJson(std::span<const Diagnostic> diagnostics, std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_JSON_REPORTER_H_
