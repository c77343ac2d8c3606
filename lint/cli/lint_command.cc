#include "lint/cli/lint_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "lint/cli/sarif_context.h"
#include "lint/engine/lint_paths.h"
#include "lint/registry/registry_cache.h"
#include "lint/report/reporter.h"

namespace svclint {

void RegisterLintOptions(CLI::App& app, LintArgs& args) {
  app.add_option("paths", args.paths,
                 "Files and directories; '-' reads stdin (with --kind)");
  app.add_option("--kind", args.kind, "Read every file as this kind")
      ->check(
          CLI::IsMember({"request", "services", "avahi", "dnssd", "registry"}));
  app.add_option("--stdin-filename", args.stdin_filename,
                 "The path to report for '-'");
  app.add_flag("--fix", args.fix, "Apply safe fixes in place (atomically)");
  app.add_flag("--diff", args.diff,
               "Print safe fixes as a unified diff; change nothing");
  app.add_flag("--strict-kinds", args.strict_kinds,
               "A named file of no kind svclint lints is an error (exit 2), "
               "not skipped");
  app.add_flag("-v,--verbose", args.verbose,
               "Notes on stderr, such as the files skipped");
  app.add_option("--show-config", args.show_config,
                 "Print the configuration in force for FILE and exit");
  args.common.Register(app);
}

namespace {

int ShowConfig(const LintArgs& args) {
  ConfigResolver resolver(args.common.Settings());
  absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
      resolver.For(args.show_config);
  std::unique_ptr<Reporter> errors = MakeReporter({}, std::cerr);
  errors->Add(resolver.TakeErrors());
  errors->Finish();
  if (!settings.ok()) return UsageError(settings.status().message());
  const FileSettings& s = **settings;
  std::cout << "file: " << args.show_config << "\n";
  std::cout << "config: " << (s.config ? s.config->path : "(none)") << "\n";
  if (s.config) {
    std::cout << "\nas written in " << s.config->path << ":\n";
    for (const SettingOrigin& o : s.config->origins) {
      std::cout << "  " << o.setting << " = " << o.value << "  # " << o.origin
                << "\n";
    }
  }
  std::cout << "\nin force:\n";
  const CommandLineSettings cli = args.common.Settings();
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& x : v) out += (out.empty() ? "" : ", ") + x;
    return out;
  };
  if (!cli.select.empty()) {
    std::cout << "  select = " << list(cli.select) << "  # command line\n";
  }
  if (!cli.ignore.empty()) {
    std::cout << "  ignore += " << list(cli.ignore) << "  # command line\n";
  }
  std::cout << "  fail-on = " << SeverityName(s.fail_on) << "  # "
            << (cli.fail_on                       ? "command line"
                : (s.config && s.config->fail_on) ? s.config->path
                                                  : "default")
            << "\n";
  std::cout << "  registry = "
            << (!cli.registry_path.empty()                  ? cli.registry_path
                : (s.config && !s.config->registry.empty()) ? s.config->registry
                : DefaultRegistry().origin == "embedded"
                    ? std::string("(embedded snapshot)")
                    : DefaultRegistry().origin + "  # registry update")
            << "\n";
  size_t enabled = 0;
  for (size_t i = 0; i < kBuiltinRuleCount; ++i) {
    if (s.policy.Enabled(static_cast<RuleId>(i))) ++enabled;
  }
  std::cout << "  rules enabled: " << enabled << " of " << kBuiltinRuleCount
            << " built-in";
  if (s.custom_rules() != nullptr && !s.custom_rules()->empty()) {
    size_t custom = 0;
    for (const CustomRule& r : s.custom_rules()->rules()) custom += r.enabled;
    std::cout << ", " << custom << " of " << s.custom_rules()->rules().size()
              << " custom";
  }
  std::cout << "\n";
  return kExitClean;
}

}  // namespace

int RunLint(const LintArgs& args) {
  if (!args.show_config.empty()) return ShowConfig(args);
  if (args.paths.empty()) return UsageError("lint: give at least one PATH");
  if (args.fix && args.diff)
    return UsageError("--fix and --diff exclude each other");
  absl::StatusOr<OutputFormat> format = args.common.ResolveFormat();
  if (!format.ok()) return UsageError(format.status().message());

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

  ConfigResolver resolver(args.common.Settings());
  std::vector<std::string> errors;
  LintRun run = LintJobs(*jobs, resolver, stdin_text,
                         LintOptions{.fix = args.fix,
                                     .diff = args.diff,
                                     .strict_kinds = args.strict_kinds},
                         errors);
  if (args.verbose) {
    for (const std::string& note : run.skipped) {
      std::cerr << "svclint: note: " << note << "\n";
    }
  }
  std::vector<Diagnostic> config_errors = resolver.TakeErrors();
  if (!config_errors.empty()) {
    // A broken configuration is reported as findings, and nothing else.
    SortDiagnostics(config_errors);
    EmitFindings(config_errors, 0, "file", *format, args.common, true,
                 std::cout, std::cerr);
    return kExitUsage;
  }
  std::set<std::string> shown;
  for (const std::string& error : errors) {
    if (shown.insert(error).second) {
      std::cerr << "svclint: error: " << error << "\n";
    }
  }
  if (args.diff) {
    std::cout << run.diff;
    if (!args.common.quiet) {
      std::cerr << run.fixes_applied << " fix(es) available in "
                << run.files_fixed << " file(s); rerun with --fix to apply.\n";
    }
    // Exit as `lint` would: the diff changes nothing, so every finding at
    // or above --fail-on is still there.
    if (run.input_error) return kExitUsage;
    return run.failing && !args.common.exit_zero ? kExitFindings : kExitClean;
  }
  if (args.fix && !args.common.quiet && run.fixes_applied > 0) {
    std::cerr << "Fixed " << run.fixes_applied << " problem(s) in "
              << run.files_fixed << " file(s).\n";
  }
  // "No problems found" would be wrong after an input error.
  CommonOptions common = args.common;
  if (run.input_error && run.diagnostics.empty()) common.quiet = true;
  std::map<std::string, std::string> inline_texts;
  if (!stdin_text.empty()) {
    inline_texts[args.stdin_filename.empty() ? "-" : args.stdin_filename] =
        stdin_text;
  }
  const int code = EmitFindings(run.diagnostics, run.files, "file", *format,
                                common, run.failing, std::cout, std::cerr,
                                CustomRuleDescriptions(resolver), inline_texts);
  return run.input_error ? kExitUsage : code;
}

}  // namespace svclint
