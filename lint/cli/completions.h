// Shell completions for bash, zsh and fish, generated at build time from
// the CLI definition (cli_model.h) and the rule catalogue: commands,
// options, the values of --format/--fail-on/--as, rule ids and slugs for
// --select, --ignore and `explain`, and paths where a path is expected.
// The build runs `svclint __generate bash|zsh|fish`.
#ifndef SVCLINT_LINT_CLI_COMPLETIONS_H_
#define SVCLINT_LINT_CLI_COMPLETIONS_H_

#include <optional>
#include <ostream>
#include <span>
#include <string_view>

#include "lint/catalog/rule_info.h"
#include "lint/cli/cli_model.h"

namespace svclint {

enum class Shell { kBash, kZsh, kFish };

// "bash", "zsh", "fish"; nullopt otherwise.
std::optional<Shell> ParseShell(std::string_view name);

void WriteCompletion(Shell shell, const CliCommand& cli,
                     std::span<const RuleInfo> rules, std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_COMPLETIONS_H_
