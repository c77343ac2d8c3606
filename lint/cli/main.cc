// svclint: the command line. Parses arguments (CLI11), hands the work to
// the library and maps the outcome to an exit code (SPEC §4):
//   0 no finding at or above --fail-on, 1 findings, 2 usage or input error.
//
// CLI11 reports bad arguments by throwing; this file is the one place that
// catches them.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "lint/cli/catalog_commands.h"
#include "lint/cli/common_options.h"
#include "lint/cli/generate_command.h"
#include "lint/cli/lint_command.h"
#include "lint/cli/registry_commands.h"
#include "lint/cli/registry_update_command.h"
#include "lint/cli/sarif_context.h"
#include "lint/cli/version_text.h"
#include "lint/engine/check_inputs.h"
#include "lint/lsp/server.h"
#include "lint/registry/registry_cache.h"
#include "lint/report/reporter.h"
#include "lint/report/text_reporter.h"

namespace svclint {
namespace {

struct CheckArgs {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string as;
  bool txt = false;
  std::string service;
};

// `check -`: findings are written as each block of input is checked, in
// every format, so output starts at once and memory stays flat;
// --statistics counts them as they go. SARIF's rules (the custom ones
// included) are known before the first block.
int StreamCheck(const CheckOptions& options, OutputFormat format,
                const CommonOptions& common, Severity fail_on,
                std::vector<SarifRule> custom_rules) {
  SarifOptions sarif;
  if (format == OutputFormat::kSarif) {
    // Standard input cannot be read again for UTF-16 columns: byte columns.
    sarif = {.root = common.SarifRoot(),
             .extra_rules = std::move(custom_rules)};
  }
  std::unique_ptr<Reporter> reporter =
      MakeReporter(common.Report(format), std::move(sarif), std::cout);
  FindingCounts counts;
  bool failing = false;
  absl::StatusOr<StreamResult> result =
      CheckStream(std::cin, "-", options, [&](const FindingStore& found) {
        reporter->AddFindings(found);
        for (const Finding& f : found.findings()) {
          counts.Add(found, f);
          failing = failing || f.severity >= fail_on;
        }
      });
  // Even after a read error, what was written stays well-formed.
  reporter->Finish();
  if (!result.ok()) return UsageError(result.status().message());
  return FinishRun(counts, result->inputs, "input", common, failing, std::cerr);
}

int RunCheck(const CheckArgs& args) {
  absl::StatusOr<OutputFormat> format = args.common.ResolveFormat();
  if (!format.ok()) return UsageError(format.status().message());
  // `check` reads its configuration from the working directory.
  ConfigResolver resolver(args.common.Settings());
  absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
      resolver.For("<args>");
  if (std::vector<Diagnostic> errors = resolver.TakeErrors(); !errors.empty()) {
    EmitFindings(errors, 0, "input", *format, args.common, true, std::cout,
                 std::cerr);
    return kExitUsage;
  }
  if (!settings.ok()) return UsageError(settings.status().message());

  CheckOptions options;
  options.policy = &(*settings)->policy;
  options.registry = (*settings)->registry;
  options.custom_rules = (*settings)->custom_rules();
  options.service = args.service;
  if (args.txt) {
    options.as = InputKind::kTxt;
  } else if (!args.as.empty()) {
    options.as = ParseInputKind(args.as);
  }
  if (!args.service.empty() && options.as != InputKind::kTxt) {
    return UsageError("--service applies to TXT records: add --txt");
  }
  const Severity fail_on = (*settings)->fail_on;

  // SARIF describes the custom rules in force like the built-in ones.
  std::vector<SarifRule> custom_rules;
  if (*format == OutputFormat::kSarif) {
    custom_rules = CustomRuleDescriptions(resolver);
  }
  const bool from_stdin = args.inputs.size() == 1 && args.inputs[0] == "-";
  if (from_stdin) {
    std::ios::sync_with_stdio(false);
    return StreamCheck(options, *format, args.common, fail_on,
                       std::move(custom_rules));
  }
  for (const std::string& input : args.inputs) {
    if (input == "-") {
      return UsageError("'-' (stdin) cannot be mixed with other inputs");
    }
  }
  std::vector<Diagnostic> diagnostics =
      CheckInputs(args.inputs, "<args>", options);
  return EmitFindings(diagnostics, args.inputs.size(), "input", *format,
                      args.common, AnyAtOrAbove(diagnostics, fail_on),
                      std::cout, std::cerr, std::move(custom_rules));
}

bool IsCommand(const CLI::App& app, std::string_view name) {
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == name) return true;
  }
  return false;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "svclint: lint DNS-SD service types and IANA service-name/port "
      "requests, configs and registries"};
  app.set_version_flag("-V,--version",
                       [] { return VersionText(DefaultRegistry()); });
  app.require_subcommand(1);

  CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand(
      "check",
      "Check service names, types, subtypes, instances or TXT strings");
  check_cmd->add_option("inputs", check.inputs,
                        "Inputs to check; '-' reads one per line from stdin");
  check_cmd->add_option("--as", check.as, "Read every input as this kind")
      ->check(CLI::IsMember({"name", "type", "subtype", "instance", "txt"}));
  check_cmd->add_flag("--txt", check.txt,
                      "The inputs are the strings of one TXT record");
  check_cmd->add_option("--service", check.service,
                        "With --txt: the service whose defined keys apply");
  check.common.Register(*check_cmd);

  LintArgs lint;
  CLI::App* lint_cmd =
      app.add_subcommand("lint", "Lint files and directories (recursively)");
  RegisterLintOptions(*lint_cmd, lint);

  bool rules_json = false;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule");
  rules_cmd->add_flag("--json", rules_json, "As JSON");

  std::string explain_id;
  bool explain_json = false;
  CLI::App* explain_cmd =
      app.add_subcommand("explain", "Show one rule's documentation");
  explain_cmd->add_option("rule", explain_id, "Rule id or slug")->required();
  explain_cmd->add_flag("--json", explain_json, "As JSON");

  CLI::App* registry_cmd =
      app.add_subcommand("registry", "Query or update the IANA registry");
  registry_cmd->require_subcommand(1);
  std::string lookup_query, registry_path;
  bool registry_json = false;
  CLI::App* lookup_cmd = registry_cmd->add_subcommand(
      "lookup", "Records for a NAME, PORT or PORT/PROTO");
  lookup_cmd->add_option("query", lookup_query, "NAME, PORT or PORT/PROTO")
      ->required();
  CLI::App* stats_cmd =
      registry_cmd->add_subcommand("stats", "Counts of records, names, ports");
  for (CLI::App* cmd : {lookup_cmd, stats_cmd}) {
    cmd->add_flag("--json", registry_json, "As JSON");
    cmd->add_option(
        "--registry", registry_path,
        "Registry copy (XML, CSV or text) instead of the embedded one");
  }

  UpdateOptions update;
  CLI::App* update_cmd = registry_cmd->add_subcommand(
      "update", "Download the current registry for every later run");
  update_cmd
      ->add_option("--url", update.url,
                   "Where to download the registry XML from")
      ->capture_default_str();
  update_cmd
      ->add_option("--timeout", update.timeout_seconds,
                   "Give up after this many seconds")
      ->capture_default_str();

  // The build writes the man page and completions with this (hidden).
  std::string generate_what;
  CLI::App* generate_cmd = app.add_subcommand("__generate", "")->group("");
  generate_cmd->add_option("what", generate_what, "man, bash, zsh or fish")
      ->required();

  CLI::App* lsp_cmd = app.add_subcommand(
      "lsp", "Run the language server on stdin/stdout (LSP 3.17)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // "svclint bogus": CLI11 would only say a subcommand is required.
    if (argc > 1 && argv[1][0] != '-' && !IsCommand(app, argv[1])) {
      std::cerr << "svclint: error: unknown command '" << argv[1]
                << "'; the commands are check, lint, rules, explain, "
                   "registry and lsp (svclint --help)\n";
      return kExitUsage;
    }
    std::cerr << "svclint: error: " << e.what() << " (svclint "
              << (argc > 1 && argv[1][0] != '-' ? std::string(argv[1]) + " "
                                                : std::string())
              << "--help)\n";
    return kExitUsage;
  }
  if (check_cmd->parsed() && check.inputs.empty()) {
    return UsageError(
        "check: give at least one NAME, or '-' to read them from stdin");
  }

  if (check_cmd->parsed()) return RunCheck(check);
  if (lint_cmd->parsed()) return RunLint(lint);
  if (lsp_cmd->parsed()) return lsp::RunServer(std::cin, std::cout);
  if (rules_cmd->parsed()) return RunRulesCommand(rules_json, std::cout);
  if (explain_cmd->parsed()) {
    return RunExplainCommand(explain_id, explain_json, std::cout, std::cerr);
  }
  if (generate_cmd->parsed()) {
    return RunGenerate(app, generate_what, std::cout, std::cerr);
  }
  if (update_cmd->parsed())
    return RunRegistryUpdate(update, std::cout, std::cerr);
  if (registry_cmd->parsed()) {
    CommonOptions options;
    options.registry_path = registry_path;
    std::unique_ptr<Registry> storage;
    absl::StatusOr<const Registry*> registry = options.ResolveRegistry(storage);
    if (!registry.ok()) return UsageError(registry.status().message());
    if (lookup_cmd->parsed()) {
      return RunRegistryLookup(**registry, lookup_query, registry_json,
                               std::cout, std::cerr);
    }
    return RunRegistryStats(
        **registry, registry_json, std::cout,
        registry_path.empty() ? DefaultRegistry().origin : registry_path);
  }
  return kExitUsage;
}

}  // namespace
}  // namespace svclint

int main(int argc, char** argv) {
  try {
    return svclint::Main(argc, argv);
  } catch (const std::bad_alloc&) {
    // Input too large for the memory allowed (ulimit -v, a container): a
    // clear error, not an abort. `lint` reports it per file (LintJobs).
    std::fputs("svclint: error: out of memory\n", stderr);
    return svclint::kExitUsage;
  }
}
