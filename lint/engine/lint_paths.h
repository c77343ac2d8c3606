// `svclint lint PATH...`: expands directories, detects each file's kind,
// lints files in parallel on all cores (each under the configuration in
// force for it, with its inline suppressions), optionally fixes them, and
// returns results in a stable order (the order of the expanded paths).
#ifndef SVCLINT_LINT_ENGINE_LINT_PATHS_H_
#define SVCLINT_LINT_ENGINE_LINT_PATHS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/engine/config_resolver.h"
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

struct LintOptions {
  bool fix = false;   // write safe fixes back (atomically)
  bool diff = false;  // print safe fixes as a unified diff instead
  // A file named on the command line whose kind cannot be told is an input
  // error; otherwise it is skipped with a note (a systemd unit among Avahi
  // services, a .svclint.toml handed over by pre-commit).
  bool strict_kinds = false;
};

struct LintRun {
  std::vector<Diagnostic> diagnostics;  // in job order, sorted per file
  size_t files = 0;                     // files linted
  bool input_error = false;  // unreadable/unparsable input or bad config
  bool failing = false;      // a finding at or above its file's fail-on
  std::string diff;          // with LintOptions::diff
  size_t fixes_applied = 0;
  size_t files_fixed = 0;
  // Named files left alone, each "<path>: skipped: <why>", for --verbose.
  std::vector<std::string> skipped;
};

// One file, whole: lint, per-file ignores, suppressions (and CF002).
FileResult LintFileWithSettings(std::string_view path, std::string_view content,
                                FileKind kind, const FileSettings& settings);

// Reads and lints every job, in parallel; `stdin_text` stands for "-".
// Input errors (unreadable file, unknown kind of a named file under
// strict_kinds, broken configuration) are reported on `errors`, one line
// each. A named .svclint.toml is not linted as a file, but the
// configuration it holds is loaded, so a broken one is still reported.
LintRun LintJobs(const std::vector<LintJob>& jobs, ConfigResolver& resolver,
                 std::string_view stdin_text, const LintOptions& options,
                 std::vector<std::string>& errors);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_LINT_PATHS_H_
