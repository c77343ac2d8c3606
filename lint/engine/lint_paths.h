// `svclint lint PATH...`: expands directories, detects each file's kind,
// lints files in parallel on all cores and returns results in a stable
// order (the order of the expanded, sorted paths).
#ifndef SVCLINT_LINT_ENGINE_LINT_PATHS_H_
#define SVCLINT_LINT_ENGINE_LINT_PATHS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/lint_file.h"

namespace svclint {

struct LintJob {
  std::string path;              // to read; "-" for stdin
  std::string display;           // as reported; empty: same as path
  std::optional<FileKind> kind;  // forced by --kind, or detected
  bool named = false;            // named on the command line
};

// Expands `paths`: files stay, directories are walked recursively (sorted;
// hidden entries and symlinked directories skipped, so loops cannot
// happen). NotFound for a path that does not exist.
absl::StatusOr<std::vector<LintJob>> ExpandPaths(
    const std::vector<std::string>& paths, std::optional<FileKind> kind);

struct LintRun {
  std::vector<Diagnostic> diagnostics;  // sorted
  size_t files = 0;                     // files linted
  bool input_error = false;             // unreadable or unparsable input
};

// Reads and lints every job, in parallel; `stdin_text` stands for "-".
// A named file that cannot be read, or whose kind is unknown, is an input
// error reported on `errors` (one line each).
LintRun LintJobs(const std::vector<LintJob>& jobs, const LintContext& ctx,
                 std::string_view stdin_text, std::vector<std::string>& errors);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_LINT_PATHS_H_
