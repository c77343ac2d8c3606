#include "lint/cli/common_options.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "lint/cli/sarif_context.h"
#include "lint/registry/registry_cache.h"
#include "lint/registry/registry_loader.h"
#include "lint/report/reporter.h"

namespace svclint {
namespace {

// "error", "warning", "info": the order --help lists them in.
std::vector<std::string> SeverityNamesMostSevereFirst() {
  std::vector<std::string> names;
  for (auto it = kSeverityNames.rbegin(); it != kSeverityNames.rend(); ++it) {
    names.emplace_back(it->name);
  }
  return names;
}

}  // namespace

void CommonOptions::Register(CLI::App& app) {
  app.add_option("--format", format, "Output format: text, json, sarif, github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--select", select,
                 "Only these rules (ids, prefixes or slugs; comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", ignore,
                 "Skip these rules (ids, prefixes or slugs; comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--fail-on", fail_on,
                 "Lowest severity that fails the run (default: error)")
      ->check(CLI::IsMember(SeverityNamesMostSevereFirst()));
  app.add_flag("--exit-zero", exit_zero, "Exit 0 even when there are findings");
  app.add_option(
      "--registry", registry_path,
      "IANA registry copy (XML, CSV or text) instead of the embedded one");
  app.add_option("--config", config_path,
                 "Configuration file (default: the nearest .svclint.toml)");
  app.add_flag("--statistics", statistics,
               "Print a count per rule instead of the findings");
  app.add_flag("-q,--quiet", quiet, "Print findings only, no summary");
  app.add_option("--sarif-root", sarif_root,
                 "SARIF: the directory URIs are relative to (%SRCROOT%; "
                 "default: the working directory)");
}

CommandLineSettings CommonOptions::Settings() const {
  CommandLineSettings settings;
  settings.select = select;
  settings.ignore = ignore;
  settings.fail_on = ParseSeverity(fail_on);
  settings.registry_path = registry_path;
  settings.config_path = config_path;
  return settings;
}

bool AnyAtOrAbove(std::span<const Diagnostic> diagnostics, Severity threshold) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity >= threshold) return true;
  }
  return false;
}

absl::StatusOr<OutputFormat> CommonOptions::ResolveFormat() const {
  if (format.empty()) {
    const char* actions = std::getenv("GITHUB_ACTIONS");
    return (actions != nullptr && std::string_view(actions) == "true")
               ? OutputFormat::kGithub
               : OutputFormat::kText;
  }
  if (std::optional<OutputFormat> f = ParseOutputFormat(format)) return *f;
  return absl::InvalidArgumentError("unknown --format " + format);
}

absl::StatusOr<const Registry*> CommonOptions::ResolveRegistry(
    std::unique_ptr<Registry>& storage) const {
  if (registry_path.empty()) return DefaultRegistry().registry;
  absl::StatusOr<Registry> loaded = LoadRegistryFile(registry_path);
  if (!loaded.ok()) return loaded.status();
  storage = std::make_unique<Registry>(std::move(loaded).value());
  return storage.get();
}

ReportOptions CommonOptions::Report(OutputFormat output) const {
  return {.format = output,
          .statistics = statistics,
          .color = output == OutputFormat::kText && ColorStdout()};
}

std::string CommonOptions::SarifRoot() const {
  std::error_code ec;
  const std::filesystem::path root =
      sarif_root.empty() ? std::filesystem::current_path(ec)
                         : std::filesystem::absolute(sarif_root, ec);
  return ec ? std::string() : root.lexically_normal().string();
}

int EmitFindings(std::span<const Diagnostic> diagnostics, size_t inputs,
                 std::string_view input_noun, OutputFormat format,
                 const CommonOptions& options, bool failing, std::ostream& out,
                 std::ostream& err, std::vector<SarifRule> custom_rules,
                 const std::map<std::string, std::string>& inline_texts) {
  FileSourceLines sources;
  SarifOptions sarif;
  if (format == OutputFormat::kSarif) {
    for (const auto& [path, text] : inline_texts) sources.SetText(path, text);
    sarif = {.root = options.SarifRoot(),
             .extra_rules = std::move(custom_rules),
             .sources = &sources};
  }
  std::unique_ptr<Reporter> reporter =
      MakeReporter(options.Report(format), std::move(sarif), out);
  reporter->Add(diagnostics);
  reporter->Finish();
  FindingCounts counts;
  for (const Diagnostic& d : diagnostics) counts.Add(d);
  return FinishRun(counts, inputs, input_noun, options, failing, err);
}

bool ColorStdout() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

int FinishRun(const FindingCounts& counts, size_t inputs,
              std::string_view input_noun, const CommonOptions& options,
              bool failing, std::ostream& err) {
  if (!options.quiet) WriteTextSummary(counts, inputs, input_noun, err);
  if (options.exit_zero) return kExitClean;
  return failing ? kExitFindings : kExitClean;
}

int UsageError(absl::string_view message) {
  std::cerr << "svclint: error: " << message << "\n";
  return kExitUsage;
}

}  // namespace svclint
