#include "lint/cli/common_options.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "lint/registry/registry_cache.h"
#include "lint/registry/registry_loader.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"

namespace svclint {

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
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_flag("--exit-zero", exit_zero, "Exit 0 even when there are findings");
  app.add_option(
      "--registry", registry_path,
      "IANA registry copy (XML, CSV or text) instead of the embedded one");
  app.add_option("--config", config_path,
                 "Configuration file (default: the nearest .svclint.toml)");
  app.add_flag("--statistics", statistics,
               "Print a count per rule instead of the findings");
  app.add_flag("-q,--quiet", quiet, "Print findings only, no summary");
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

int EmitFindings(std::span<const Diagnostic> diagnostics, size_t inputs,
                 std::string_view input_noun, OutputFormat format,
                 const CommonOptions& options, bool failing, std::ostream& out,
                 std::ostream& err) {
  if (options.statistics) {
    WriteStatistics(diagnostics, out);
  } else {
    switch (format) {
      case OutputFormat::kText: {
        const bool color = ColorStdout();
        for (const Diagnostic& d : diagnostics) {
          WriteTextDiagnostic(d, color, out);
        }
        break;
      }
      case OutputFormat::kJson:
        WriteJson(diagnostics, out);
        break;
      case OutputFormat::kSarif:
        WriteSarif(diagnostics, out);
        break;
      case OutputFormat::kGithub:
        WriteGithub(diagnostics, out);
        break;
    }
  }
  out.flush();
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
