// GitHub Actions workflow commands, one per finding, which the runner turns
// into annotations on the pull request:
//
//   ::error file=a.service,line=3,col=9,endLine=3,endColumn=20,
//   title=SN002 name-too-long::service name 'x' is 19 characters...
#ifndef SVCLINT_LINT_REPORT_GITHUB_REPORTER_H_
#define SVCLINT_LINT_REPORT_GITHUB_REPORTER_H_

#include <ostream>
#include <span>
#include <string>

#include "lint/diag/diagnostic.h"

namespace svclint {

void WriteGithub(std::span<const Diagnostic> diagnostics, std::ostream& out);

// Escapes as the runner requires: `%`, CR and LF in data; also `:` and `,`
// in property values.
std::string EscapeGithubData(std::string_view text);
std::string EscapeGithubProperty(std::string_view text);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_GITHUB_REPORTER_H_
