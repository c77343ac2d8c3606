// Human-readable findings, one per line, as compilers print them:
//
//   <args>:3:1: error: service name 'toolongservicename1' is 19 characters;
//   the limit is 15 [SN002 name-too-long]
//
// Colour (ANSI) only when asked, i.e. when stdout is a terminal.
#ifndef SVCLINT_LINT_REPORT_TEXT_REPORTER_H_
#define SVCLINT_LINT_REPORT_TEXT_REPORTER_H_

#include <ostream>
#include <span>

#include "lint/diag/diagnostic.h"

namespace svclint {

void WriteTextDiagnostic(const Diagnostic& d, bool color, std::ostream& out);

// The closing line for stderr: "Found 3 problems (2 errors, 1 warning)
// in 4 inputs; 1 fixable with --fix." or "No problems found in 4 inputs."
void WriteTextSummary(std::span<const Diagnostic> diagnostics, size_t inputs,
                      std::string_view input_noun, std::ostream& out);

// `--statistics`: one line per rule with its count, most frequent first.
void WriteStatistics(std::span<const Diagnostic> diagnostics,
                     std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_TEXT_REPORTER_H_
