#include "lint/engine/lint_paths.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>

namespace svclint {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Reads a whole file; errors name the path and the system's reason.
absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec(errno, std::generic_category());
    return absl::NotFoundError(path + ": cannot read: " + ec.message());
  }
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return absl::DataLossError(path + ": read error");
  return std::move(out).str();
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
      if (entry.is_regular_file(ec)) found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    for (std::string& f : found)
      jobs.push_back({std::move(f), "", kind, false});
  }
  return jobs;
}

LintRun LintJobs(const std::vector<LintJob>& jobs, const LintContext& ctx,
                 std::string_view stdin_text,
                 std::vector<std::string>& errors) {
  struct Slot {
    FileResult result;
    std::string error;
    bool linted = false;
  };
  std::vector<Slot> slots(jobs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      const LintJob& job = jobs[i];
      Slot& slot = slots[i];
      std::string content;
      if (job.path == "-") {
        content = std::string(stdin_text);
      } else {
        absl::StatusOr<std::string> read = ReadWholeFile(job.path);
        if (!read.ok()) {
          slot.error = std::string(read.status().message());
          continue;
        }
        content = std::move(read).value();
      }
      const std::string& shown = job.display.empty() ? job.path : job.display;
      std::optional<FileKind> kind = job.kind;
      if (!kind) kind = DetectFileKind(shown, content);
      if (!kind) {
        if (job.named) {
          slot.error = shown +
                       ": cannot tell what kind of file this is; use --kind "
                       "request|services|avahi|dnssd|registry";
        }
        continue;
      }
      slot.result = LintText(shown, content, *kind, ctx);
      slot.linted = true;
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
    if (!slot.linted) continue;
    ++run.files;
    run.input_error = run.input_error || slot.result.parse_failed;
    std::move(slot.result.diagnostics.begin(), slot.result.diagnostics.end(),
              std::back_inserter(run.diagnostics));
  }
  return run;
}

}  // namespace svclint
