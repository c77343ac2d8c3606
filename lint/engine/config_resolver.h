// Resolves the settings in force for each linted file: the nearest
// `.svclint.toml` (walking up from the file, cached per directory) or the
// one given with --config, overlaid by command-line flags, which win.
#ifndef SVCLINT_LINT_ENGINE_CONFIG_RESOLVER_H_
#define SVCLINT_LINT_ENGINE_CONFIG_RESOLVER_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/config/config.h"
#include "lint/diag/rule_policy.h"
#include "lint/registry/registry.h"

namespace svclint {

// What the command line says; empty/unset means "not given".
struct CommandLineSettings {
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::optional<Severity> fail_on;
  std::string registry_path;
  std::string config_path;  // --config: use this file for every input
  bool no_config = false;   // for tests: never look for a config
};

struct FileSettings {
  std::shared_ptr<const Config> config;  // null when there is none
  RulePolicy policy;
  const Registry* registry = nullptr;
  Severity fail_on = Severity::kError;
  // The configuration's custom rules, as --select/--ignore leave them.
  std::shared_ptr<const CustomRules> selected_custom_rules;
  const CustomRules* custom_rules() const {
    if (selected_custom_rules) return selected_custom_rules.get();
    return config ? config->custom_rules.get() : nullptr;
  }
};

class ConfigResolver {
 public:
  explicit ConfigResolver(CommandLineSettings cli) : cli_(std::move(cli)) {}

  // The settings for a file at `path` ("-" or "<args>": the working
  // directory). Thread-safe. A broken configuration adds its CF001 findings
  // to errors() and yields an error status.
  absl::StatusOr<std::shared_ptr<const FileSettings>> For(
      std::string_view path);

  std::vector<Diagnostic> TakeErrors();

  // The configuration file in force for `path` (nullopt: none), without
  // loading it.
  std::optional<std::string> ConfigPathFor(std::string_view path);

  // The CF001 findings of the configuration file `config_path`, as often as
  // asked (TakeErrors hands each over once); empty when it loaded cleanly
  // or was not loaded.
  std::vector<Diagnostic> ErrorsOf(const std::string& config_path);

  // Every configuration loaded so far that loaded cleanly (for the SARIF
  // log's descriptions of custom rules), in path order.
  std::vector<std::shared_ptr<const FileSettings>> Loaded();

 private:
  absl::StatusOr<std::shared_ptr<const FileSettings>> Build(
      const std::optional<std::string>& config_path);
  absl::StatusOr<const Registry*> LoadRegistry(const std::string& path);
  std::optional<std::string> ConfigPathLocked(std::string_view path);

  CommandLineSettings cli_;
  std::mutex mu_;
  std::map<std::string, std::optional<std::string>> config_for_dir_;
  std::map<std::string, absl::StatusOr<std::shared_ptr<const FileSettings>>>
      settings_for_config_;
  std::map<std::string, std::unique_ptr<Registry>> registries_;
  std::vector<Diagnostic> errors_;
  std::map<std::string, std::vector<Diagnostic>> errors_by_config_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_CONFIG_RESOLVER_H_
