// The command line as plain data, read from the CLI11 definition in
// main.cc, so the man page (man_page.h) and the shell completions
// (completions.h) are generated from the same place the parser is, and
// cannot fall behind it.
//
//   CLI::App app = ...;                  // as main.cc builds it
//   CliCommand root = DescribeCli(app);  // root.subcommands[0].name == "check"
#ifndef SVCLINT_LINT_CLI_CLI_MODEL_H_
#define SVCLINT_LINT_CLI_CLI_MODEL_H_

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace svclint {

// What an option's value is, for completion: one of `choices`, rule ids
// (--select, --ignore, `explain RULE`), a path, or free text.
enum class CliValue { kNone, kChoice, kRuleId, kPath, kText };

struct CliOption {
  std::vector<std::string> names;  // "-q", "--quiet"; one bare name if
                                   // positional ("inputs")
  bool positional = false;
  bool required = false;
  CliValue value = CliValue::kNone;  // kNone: a flag
  std::string value_name;            // "FORMAT", "FILE", "RULE", ...
  std::vector<std::string> choices;  // for kChoice
  std::string description;
};

struct CliCommand {
  std::string name;  // "lookup"; the root is "svclint"
  std::string path;  // "registry lookup"; empty for the root
  std::string description;
  std::vector<CliOption> options;       // --help first, then as defined
  std::vector<CliOption> positionals;   // in order
  std::vector<CliCommand> subcommands;  // hidden ones left out
};

// Walks `app` (and its subcommands) into a CliCommand.
CliCommand DescribeCli(const CLI::App& app);

// Every option name of `command` ("--format", "-q", ...), in order.
std::vector<std::string> OptionNames(const CliCommand& command);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_CLI_MODEL_H_
