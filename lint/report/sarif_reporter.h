// SARIF 2.1.0, as GitHub code scanning reads it: one run, the tool's rules
// (from the catalogue) in tool.driver.rules, and one result per finding
// with a physical location relative to the working directory.
#ifndef SVCLINT_LINT_REPORT_SARIF_REPORTER_H_
#define SVCLINT_LINT_REPORT_SARIF_REPORTER_H_

#include <ostream>
#include <span>

#include "lint/diag/diagnostic.h"

namespace svclint {

void WriteSarif(std::span<const Diagnostic> diagnostics, std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_SARIF_REPORTER_H_
