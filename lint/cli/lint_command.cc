#include "lint/cli/lint_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>
#include <sstream>

#include "lint/engine/lint_paths.h"

namespace svclint {

void RegisterLintOptions(CLI::App& app, LintArgs& args) {
  app.add_option("paths", args.paths,
                 "Files and directories; '-' reads stdin (with --kind)")
      ->required();
  app.add_option("--kind", args.kind, "Read every file as this kind")
      ->check(
          CLI::IsMember({"request", "services", "avahi", "dnssd", "registry"}));
  app.add_option("--stdin-filename", args.stdin_filename,
                 "The path to report for '-'");
  args.common.Register(app);
}

int RunLint(const LintArgs& args) {
  absl::StatusOr<RulePolicy> policy = args.common.BuildPolicy();
  if (!policy.ok()) return UsageError(policy.status().message());
  absl::StatusOr<OutputFormat> format = args.common.ResolveFormat();
  if (!format.ok()) return UsageError(format.status().message());
  std::unique_ptr<Registry> registry_storage;
  absl::StatusOr<const Registry*> registry =
      args.common.ResolveRegistry(registry_storage);
  if (!registry.ok()) return UsageError(registry.status().message());

  const std::optional<FileKind> kind =
      args.kind.empty() ? std::nullopt : ParseFileKind(args.kind);
  absl::StatusOr<std::vector<LintJob>> jobs = ExpandPaths(args.paths, kind);
  if (!jobs.ok()) return UsageError(jobs.status().message());

  std::string stdin_text;
  for (LintJob& job : *jobs) {
    if (job.path != "-") continue;
    if (!job.kind && args.stdin_filename.empty()) {
      return UsageError("'-' needs --kind or --stdin-filename");
    }
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    stdin_text = std::move(buffer).str();
    job.display = args.stdin_filename;
  }
  const LintContext ctx{*registry, &*policy};
  std::vector<std::string> errors;
  LintRun run = LintJobs(*jobs, ctx, stdin_text, errors);
  for (const std::string& error : errors) {
    std::cerr << "svclint: error: " << error << "\n";
  }
  const int code = EmitFindings(run.diagnostics, run.files, "file", *format,
                                args.common, std::cout, std::cerr);
  return run.input_error ? kExitUsage : code;
}

}  // namespace svclint
