// `svclint __generate man|bash|zsh|fish`: a hidden command the build runs to
// write the man page and the shell completions from the CLI definition the
// binary parses with (cli_model.h), so they never disagree with it.
#ifndef SVCLINT_LINT_CLI_GENERATE_COMMAND_H_
#define SVCLINT_LINT_CLI_GENERATE_COMMAND_H_

#include <ostream>
#include <string_view>

namespace CLI {
class App;
}

namespace svclint {

// Returns the exit code: 0, or 2 for an unknown `what`.
int RunGenerate(const CLI::App& app, std::string_view what, std::ostream& out,
                std::ostream& err);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_GENERATE_COMMAND_H_
