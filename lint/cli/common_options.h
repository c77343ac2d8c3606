// Options shared by `check` and `lint`, and what they do once parsed:
// build the rule policy, pick the registry, print findings in the chosen
// format and turn them into an exit code (SPEC §4).
#ifndef SVCLINT_LINT_CLI_COMMON_OPTIONS_H_
#define SVCLINT_LINT_CLI_COMMON_OPTIONS_H_

#include <map>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/rule_policy.h"
#include "lint/engine/config_resolver.h"
#include "lint/registry/registry.h"
#include "lint/report/format.h"
#include "lint/report/reporter.h"
#include "lint/report/text_reporter.h"

namespace CLI {
class App;
}

namespace svclint {

// Exit codes (SPEC §4).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

struct CommonOptions {
  std::string format;  // empty: text, or github under GitHub Actions
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on;  // empty: the configuration's, else "error"
  bool exit_zero = false;
  std::string registry_path;
  std::string config_path;
  bool statistics = false;
  bool quiet = false;
  std::string sarif_root;  // SARIF's %SRCROOT%; empty: the working directory

  // Adds the flags to a subcommand.
  void Register(CLI::App& app);

  // What the flags say, for the ConfigResolver.
  CommandLineSettings Settings() const;
  // The output format; InvalidArgument on an unknown one.
  absl::StatusOr<OutputFormat> ResolveFormat() const;
  // How findings are to be written in `output`: --statistics, and colour
  // for text on a terminal.
  ReportOptions Report(OutputFormat output) const;
  // The absolute directory SARIF's URIs are relative to (--sarif-root, or
  // the working directory); empty when it cannot be found.
  std::string SarifRoot() const;
  // The newest of the embedded and the cached registry (registry_cache.h),
  // or the --registry file (kept in `storage`).
  absl::StatusOr<const Registry*> ResolveRegistry(
      std::unique_ptr<Registry>& storage) const;
};

// Whether any finding is at or above `threshold`.
bool AnyAtOrAbove(std::span<const Diagnostic> diagnostics, Severity threshold);

// Whether text on stdout gets colour: stdout is a terminal and NO_COLOR
// (https://no-color.org) is unset or empty.
bool ColorStdout();

// The run's end once its findings are written: the summary on `err`
// (unless quiet), and the exit code, kExitFindings when `failing` (some
// finding reached its fail-on level) unless --exit-zero.
int FinishRun(const FindingCounts& counts, size_t inputs,
              std::string_view input_noun, const CommonOptions& options,
              bool failing, std::ostream& err);

// Prints `diagnostics` (already sorted) through the Reporter for `format`
// to `out`, the summary to
// `err` (unless quiet), and returns the exit code: kExitFindings when
// `failing` (some finding reached its fail-on level) unless --exit-zero.
// `custom_rules` describes the custom rules in force for SARIF, whose
// columns are counted in UTF-16 code units from the files' lines (or from
// `inline_texts`: path -> text, for "-" and "<args>").
int EmitFindings(std::span<const Diagnostic> diagnostics, size_t inputs,
                 std::string_view input_noun, OutputFormat format,
                 const CommonOptions& options, bool failing, std::ostream& out,
                 std::ostream& err, std::vector<SarifRule> custom_rules = {},
                 const std::map<std::string, std::string>& inline_texts = {});

// "svclint: error: <message>" on stderr; returns kExitUsage.
int UsageError(absl::string_view message);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_COMMON_OPTIONS_H_
