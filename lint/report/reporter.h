// The one way findings leave svclint. Every command and the language server
// hand their findings to a Reporter, in output order, in as many batches as
// they come (one per file, one per block of a long stream), then call
// Finish(); a reporter writes as it receives wherever its format allows, so
// memory stays flat on a long `check -`.
//
//   std::unique_ptr<Reporter> reporter =
//       MakeReporter({.format = OutputFormat::kJson}, std::cout);
//   reporter->Add(first_block);
//   reporter->Add(second_block);
//   reporter->Finish();  // the bytes WriteJson(all findings) writes
//
// The formats: text, JSON, GitHub workflow commands, --statistics and SARIF
// (its rules, listed first, are known before the first result).
// The language server's reporter is in lint/lsp/lsp_reporter.h.
#ifndef SVCLINT_LINT_REPORT_REPORTER_H_
#define SVCLINT_LINT_REPORT_REPORTER_H_

#include <memory>
#include <ostream>
#include <span>
#include <vector>

#include "lint/diag/diagnostic.h"
#include "lint/diag/finding.h"
#include "lint/report/format.h"
#include "lint/report/sarif_reporter.h"

namespace svclint {

class Reporter {
 public:
  virtual ~Reporter() = default;

  // Findings, in the order they are to be shown.
  virtual void Add(std::span<const Diagnostic> diagnostics) = 0;
  // The same as data (`check -`): text, JSON and --statistics write them
  // without building a Diagnostic; the others convert each block.
  virtual void AddFindings(const FindingStore& findings);
  // Closes the output; what was written stays well-formed even when the
  // run stopped early (a read error on a stream).
  virtual void Finish() = 0;
};

struct ReportOptions {
  OutputFormat format = OutputFormat::kText;
  bool statistics = false;  // --statistics: per-rule counts, not findings
  bool color = false;       // text only: ANSI colours
};

// The reporter for `options`, writing to `out` (which must outlive it).
std::unique_ptr<Reporter> MakeReporter(const ReportOptions& options,
                                       std::ostream& out);
// The same with what SARIF needs beyond the findings (for other formats,
// `sarif` is not used).
std::unique_ptr<Reporter> MakeReporter(const ReportOptions& options,
                                       SarifOptions sarif, std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_REPORTER_H_
