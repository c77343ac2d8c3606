// svclint(1), generated at build time from the CLI definition (cli_model.h)
// and the rule catalogue, so the page lists exactly the commands, options
// and rules the binary has. The build runs `svclint __generate man`.
#ifndef SVCLINT_LINT_CLI_MAN_PAGE_H_
#define SVCLINT_LINT_CLI_MAN_PAGE_H_

#include <ostream>
#include <span>
#include <string_view>

#include "lint/catalog/rule_info.h"
#include "lint/cli/cli_model.h"

namespace svclint {

// Writes the page in man(7) (roff) format. `date` goes in the title line;
// the build passes the embedded registry's date so the page is
// reproducible.
void WriteManPage(const CliCommand& cli, std::span<const RuleInfo> rules,
                  std::string_view version, std::string_view date,
                  std::ostream& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_MAN_PAGE_H_
