#include "lint/engine/lint_paths.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <system_error>
#include <thread>

#include "lint/base/file_bytes.h"
#include "lint/engine/fixes.h"
#include "lint/engine/suppressions.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Reads a whole file (mapped when large: a 4 MB registry is neither
// copied nor faulted in page by page); errors name the path and the
// system's reason.
absl::StatusOr<FileBytes> ReadWholeFile(const std::string& path) {
  FileBytes::Result read =
      FileBytes::Read(path.c_str(), /*regular_only=*/false);
  if (read.error != 0) {
    const std::error_code ec(read.error, std::generic_category());
    if (read.while_reading) {
      return absl::DataLossError(path + ": read error: " + ec.message());
    }
    return absl::NotFoundError(path + ": cannot read: " + ec.message());
  }
  return std::move(read.bytes);
}

}  // namespace

absl::StatusOr<std::vector<LintJob>> ExpandPaths(
    const std::vector<std::string>& paths, std::optional<FileKind> kind) {
  std::vector<LintJob> jobs;
  for (const std::string& path : paths) {
    if (path == "-") {
      jobs.push_back({path, "", kind, true});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      // A symlink loop is not a missing file: say which it is.
      if (ec && ec != std::errc::no_such_file_or_directory) {
        return absl::NotFoundError(path + ": " + ec.message());
      }
      return absl::NotFoundError(path + ": no such file or directory");
    }
    if (!fs::is_directory(status)) {
      jobs.push_back({path, "", kind, true});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, ec);
    if (ec) return absl::PermissionDeniedError(path + ": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::directory_entry& entry = *it;
      if (Hidden(entry.path())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // Symlinked directories are not followed: no loops, no escapes.
      if (entry.is_symlink(ec) && entry.is_directory(ec)) continue;
      if (entry.is_regular_file(ec)) {
        found.push_back(entry.path().lexically_normal().string());  // no "./"
      }
    }
    std::sort(found.begin(), found.end());
    for (std::string& f : found)
      jobs.push_back({std::move(f), "", kind, false});
  }
  return jobs;
}

FileResult LintFileWithSettings(std::string_view path, std::string_view content,
                                FileKind kind, const FileSettings& settings) {
  const LintContext ctx{
      settings.registry, &settings.policy, settings.custom_rules(),
      settings.config ? &settings.config->consumers : nullptr};
  FileResult result = LintText(path, content, kind, ctx);
  if (settings.config && !settings.config->per_file_ignores.empty()) {
    std::erase_if(result.diagnostics, [&](const Diagnostic& d) {
      return d.rule_id != "IO001" &&
             settings.config->IgnoredFor(path, d.rule_id, d.slug);
    });
  }
  if (!result.parse_failed) {
    std::vector<Suppression> suppressions = FindSuppressions(content);
    ApplySuppressions(suppressions, settings.policy, path, result.diagnostics);
  }
  SortDiagnostics(result.diagnostics);
  return result;
}

LintRun LintJobs(const std::vector<LintJob>& jobs, ConfigResolver& resolver,
                 std::string_view stdin_text, const LintOptions& options,
                 std::vector<std::string>& errors) {
  struct Slot {
    FileResult result;
    std::string error;
    std::string diff;
    std::string skipped;
    size_t fixes = 0;
    bool linted = false;
    bool failing = false;
  };
  std::vector<Slot> slots(jobs.size());
  std::atomic<size_t> next{0};
  // Reads and lints job `i` into its slot.
  auto lint_job = [&](size_t i) {
    const LintJob& job = jobs[i];
    Slot& slot = slots[i];
    FileBytes file;
    std::string_view content = stdin_text;
    if (job.path != "-") {
      absl::StatusOr<FileBytes> read = ReadWholeFile(job.path);
      if (!read.ok()) {
        slot.error = std::string(read.status().message());
        return;
      }
      file = std::move(read).value();
      content = file.view();
    }
    const std::string& shown = job.display.empty() ? job.path : job.display;
    std::optional<FileKind> kind = job.kind;
    if (!kind) kind = DetectFileKind(shown, content);
    if (!kind) {
      if (!job.named) return;
      if (options.strict_kinds) {
        slot.error = shown +
                     ": cannot tell what kind of file this is; use --kind "
                     "request|services|avahi|dnssd|registry";
        return;
      }
      slot.skipped =
          shown + ": skipped: " + std::string(NotLintedReason(shown, content));
      // Loading the configuration in force here reports a broken one.
      if (IsConfigFile(shown)) (void)resolver.For(shown);
      return;
    }
    absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
        resolver.For(shown);
    if (!settings.ok()) {
      slot.error = std::string(settings.status().message());
      return;
    }
    slot.result = LintFileWithSettings(shown, content, *kind, **settings);
    slot.linted = true;
    if ((options.fix || options.diff) && !slot.result.parse_failed) {
      FixResult fixed = ApplyFixes(content, slot.result.diagnostics);
      if (fixed.applied > 0 && fixed.content != content) {
        slot.fixes = fixed.applied;
        if (options.diff) {
          slot.diff = UnifiedDiff(shown, content, fixed.content);
        } else if (job.path == "-") {
          slot.error = "--fix cannot write back to stdin; use --diff";
          slot.fixes = 0;
        } else if (absl::Status w =
                       WriteFileAtomically(job.path, fixed.content);
                   !w.ok()) {
          slot.error = std::string(w.message());
          slot.fixes = 0;
        } else {
          // Report what is left in the fixed file.
          slot.result =
              LintFileWithSettings(shown, fixed.content, *kind, **settings);
        }
      }
    }
    for (const Diagnostic& d : slot.result.diagnostics) {
      if (d.severity >= (*settings)->fail_on) slot.failing = true;
    }
  };
  auto worker = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      try {
        lint_job(i);
      } catch (const std::bad_alloc&) {
        // Too large for the memory allowed (ulimit -v, a container): an
        // input error that names the file, not a crash of the whole run.
        const LintJob& job = jobs[i];
        slots[i] = Slot{};
        slots[i].error =
            (job.display.empty() ? job.path : job.display) + ": out of memory";
      }
    }
  };
  const size_t threads = std::min<size_t>(
      std::max(1u, std::thread::hardware_concurrency()), jobs.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();

  LintRun run;
  for (Slot& slot : slots) {
    if (!slot.error.empty()) {
      errors.push_back(std::move(slot.error));
      run.input_error = true;
    }
    if (!slot.skipped.empty()) run.skipped.push_back(std::move(slot.skipped));
    run.diff += slot.diff;
    run.fixes_applied += slot.fixes;
    if (slot.fixes > 0) ++run.files_fixed;
    if (!slot.linted) continue;
    ++run.files;
    run.input_error = run.input_error || slot.result.parse_failed;
    run.failing = run.failing || slot.failing;
    std::move(slot.result.diagnostics.begin(), slot.result.diagnostics.end(),
              std::back_inserter(run.diagnostics));
  }
  return run;
}

}  // namespace svclint
