// `.svclint.toml`: project configuration (SPEC §5).
//
//   select = ["SN", "ST", "TX"]        # prefixes, ids or slugs
//   ignore = ["SN008"]
//   fail-on = "warning"
//   registry = "corpus/iana/service-names-port-numbers.xml"
//   [severity]
//   TX003 = "error"
//   [per-file-ignores]
//   "legacy/*.service" = ["SN007"]
//   [consumers]                         # the daemons configs deploy to
//   avahi = "0.8"                       # (AV and SD rules name them)
//   systemd = "252"
//   [[rule]]                            # a custom rule
//   id = "ORG001"
//   slug = "org-prefix"
//   severity = "warning"
//   field = "service.name"
//   pattern = "^acme-"                 # RE2, compiled once here
//   match = "must"                     # or "must-not"
//   message = "service names here start with acme-"
//
// Every problem is a CF001 finding at its line and column; a configuration
// with any problem is not applied.
#ifndef SVCLINT_LINT_CONFIG_CONFIG_H_
#define SVCLINT_LINT_CONFIG_CONFIG_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/config/custom_rule.h"
#include "lint/consumers/consumer_facts.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/rule_policy.h"

namespace svclint {

// Where a setting came from, for `--show-config`.
struct SettingOrigin {
  std::string setting;  // "select", "severity.TX003", ...
  std::string value;    // as shown to the user
  std::string origin;   // "path:line" or "default" or "command line"
};

struct Config {
  std::string path;  // the file it was read from; empty for defaults
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::optional<Severity> fail_on;
  std::string registry;  // resolved against the config's directory
  std::vector<std::pair<std::string, Severity>> severity;  // id -> severity
  struct PerFileIgnore {
    std::string glob;  // matched against the path relative to the config
    std::vector<std::string> selectors;
  };
  std::vector<PerFileIgnore> per_file_ignores;
  ConsumerVersions consumers;
  std::shared_ptr<const CustomRules> custom_rules;  // never null
  std::vector<SettingOrigin> origins;

  // Applies select/ignore/severity to `policy` (built-in rules).
  void ApplyTo(RulePolicy& policy) const;
  // Whether a per-file ignore turns `rule_id` off for `file`.
  bool IgnoredFor(std::string_view file, std::string_view rule_id,
                  std::string_view slug) const;
};

// Parses `content` (the text of `path`). On problems, returns no config
// and fills `errors` with CF001 findings.
std::optional<Config> ParseConfig(std::string_view path,
                                  std::string_view content,
                                  std::vector<Diagnostic>& errors);

// The nearest `.svclint.toml` in `start_dir` or one of its parents.
std::optional<std::string> FindConfigFile(std::string_view start_dir);

// Whether `path` matches the glob `pattern` (`*`, `?`, `**`, `[...]`), the
// way per-file-ignores use it: against the path relative to the config's
// directory, or against the file name alone when the glob has no '/'.
bool GlobMatches(std::string_view pattern, std::string_view path);

}  // namespace svclint

#endif  // SVCLINT_LINT_CONFIG_CONFIG_H_
