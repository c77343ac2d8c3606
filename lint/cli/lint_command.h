// `svclint lint PATH...`: options and the run.
#ifndef SVCLINT_LINT_CLI_LINT_COMMAND_H_
#define SVCLINT_LINT_CLI_LINT_COMMAND_H_

#include <string>
#include <vector>

#include "lint/cli/common_options.h"

namespace CLI {
class App;
}

namespace svclint {

struct LintArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string kind;
  std::string stdin_filename;
  bool fix = false;
  bool diff = false;
  bool strict_kinds = false;  // a named file of no known kind: exit 2
  bool verbose = false;       // notes on stderr: which files were skipped
  std::string show_config;
};

void RegisterLintOptions(CLI::App& app, LintArgs& args);
int RunLint(const LintArgs& args);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_LINT_COMMAND_H_
