#include "lint/engine/config_resolver.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/catalog/catalog.h"
#include "lint/config/custom_rule.h"
#include "lint/registry/registry_cache.h"
#include "lint/registry/registry_loader.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;

std::string DirectoryOf(std::string_view path) {
  if (path == "-" || path == "<args>" || path.empty()) return ".";
  const fs::path p{std::string(path)};
  std::error_code ec;
  if (fs::is_directory(p, ec)) return p.string();
  const fs::path parent = p.parent_path();
  return parent.empty() ? "." : parent.string();
}

}  // namespace

absl::StatusOr<const Registry*> ConfigResolver::LoadRegistry(
    const std::string& path) {
  if (path.empty()) return DefaultRegistry().registry;
  auto it = registries_.find(path);
  if (it != registries_.end()) return it->second.get();
  absl::StatusOr<Registry> loaded = LoadRegistryFile(path);
  if (!loaded.ok()) return loaded.status();
  auto owned = std::make_unique<Registry>(std::move(loaded).value());
  const Registry* raw = owned.get();
  registries_.emplace(path, std::move(owned));
  return raw;
}

namespace {

// The selectors that concern built-in rules: all but those that name only
// custom rules. One that names neither stays, for RulePolicy to refuse.
std::vector<std::string> BuiltinSelectors(
    const std::vector<std::string>& selectors, const CustomRules* custom) {
  std::vector<std::string> out;
  for (const std::string& s : selectors) {
    const bool custom_only =
        !RulePolicy::NamesBuiltinRule(s) && custom != nullptr &&
        std::any_of(custom->rules().begin(), custom->rules().end(),
                    [&](const CustomRule& rule) {
                      return RulePolicy::Matches(s, rule.id, rule.slug);
                    });
    if (!custom_only) out.push_back(s);
  }
  return out;
}

}  // namespace

absl::StatusOr<std::shared_ptr<const FileSettings>> ConfigResolver::Build(
    const std::optional<std::string>& config_path) {
  auto settings = std::make_shared<FileSettings>();
  if (config_path) {
    std::ifstream in(*config_path, std::ios::binary);
    if (!in) {
      return absl::NotFoundError(*config_path + ": cannot read configuration");
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> errors;
    std::optional<Config> config =
        ParseConfig(*config_path, text.str(), errors);
    if (!config) {
      errors_.insert(errors_.end(), errors.begin(), errors.end());
      errors_by_config_[*config_path] = errors;
      return absl::InvalidArgumentError(*config_path +
                                        ": invalid configuration");
    }
    settings->config = std::make_shared<const Config>(std::move(*config));
    settings->config->ApplyTo(settings->policy);
    settings->fail_on = settings->config->fail_on.value_or(Severity::kError);
  }
  // The command line wins: --select replaces, --ignore adds. Both may name
  // the configuration's custom rules as well as built-in ones.
  const CustomRules* custom = settings->custom_rules();
  const std::vector<std::string> builtin_select =
      BuiltinSelectors(cli_.select, custom);
  const std::vector<std::string> builtin_ignore =
      BuiltinSelectors(cli_.ignore, custom);
  if (!cli_.select.empty()) {
    RulePolicy fresh;
    if (builtin_select.empty()) {
      fresh.DisableAll();  // only custom rules named
    } else if (absl::Status s = fresh.Select(builtin_select); !s.ok()) {
      return absl::InvalidArgumentError("--select: " +
                                        std::string(s.message()));
    }
    settings->policy = fresh;
    if (settings->config) {
      for (const auto& [id, sev] : settings->config->severity) {
        if (const RuleInfo* r = FindBuiltinRule(id)) {
          settings->policy.OverrideSeverity(
              static_cast<RuleId>(r - BuiltinRules().data()), sev);
        }
      }
    }
  }
  if (absl::Status s = settings->policy.Ignore(builtin_ignore); !s.ok()) {
    return absl::InvalidArgumentError("--ignore: " + std::string(s.message()));
  }
  if (custom != nullptr && (!cli_.select.empty() || !cli_.ignore.empty())) {
    std::vector<CustomRule> rules = custom->rules();
    for (CustomRule& rule : rules) {
      if (!cli_.select.empty()) rule.enabled = AnyNames(cli_.select, rule);
      if (AnyNames(cli_.ignore, rule)) rule.enabled = false;
    }
    settings->selected_custom_rules =
        std::make_shared<const CustomRules>(std::move(rules));
  }
  if (cli_.fail_on) settings->fail_on = *cli_.fail_on;
  std::string registry = cli_.registry_path;
  if (registry.empty() && settings->config)
    registry = settings->config->registry;
  absl::StatusOr<const Registry*> loaded = LoadRegistry(registry);
  if (!loaded.ok()) return loaded.status();
  settings->registry = *loaded;
  return std::shared_ptr<const FileSettings>(std::move(settings));
}

std::optional<std::string> ConfigResolver::ConfigPathLocked(
    std::string_view path) {
  if (!cli_.config_path.empty()) return cli_.config_path;
  if (cli_.no_config) return std::nullopt;
  const std::string dir = DirectoryOf(path);
  auto it = config_for_dir_.find(dir);
  if (it == config_for_dir_.end()) {
    it = config_for_dir_.emplace(dir, FindConfigFile(dir)).first;
  }
  return it->second;
}

std::optional<std::string> ConfigResolver::ConfigPathFor(
    std::string_view path) {
  std::lock_guard<std::mutex> lock(mu_);
  return ConfigPathLocked(path);
}

std::vector<Diagnostic> ConfigResolver::ErrorsOf(
    const std::string& config_path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = errors_by_config_.find(config_path);
  return it == errors_by_config_.end() ? std::vector<Diagnostic>{} : it->second;
}

absl::StatusOr<std::shared_ptr<const FileSettings>> ConfigResolver::For(
    std::string_view path) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::optional<std::string> config_path = ConfigPathLocked(path);
  const std::string key = config_path.value_or("");
  auto it = settings_for_config_.find(key);
  if (it == settings_for_config_.end()) {
    it = settings_for_config_.emplace(key, Build(config_path)).first;
  }
  return it->second;
}

std::vector<std::shared_ptr<const FileSettings>> ConfigResolver::Loaded() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::shared_ptr<const FileSettings>> out;
  for (const auto& [path, settings] : settings_for_config_) {
    if (settings.ok()) out.push_back(*settings);
  }
  return out;
}

std::vector<Diagnostic> ConfigResolver::TakeErrors() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::move(errors_);
}

}  // namespace svclint
