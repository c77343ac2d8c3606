// `svclint rules` and `svclint explain`: the catalogue, from the same
// tables the rules report with.
#ifndef SVCLINT_LINT_CLI_CATALOG_COMMANDS_H_
#define SVCLINT_LINT_CLI_CATALOG_COMMANDS_H_

#include <ostream>
#include <string_view>

namespace svclint {

// One line per rule: id, slug, severity, summary (or a JSON array).
int RunRulesCommand(bool json, std::ostream& out);

// One rule's full docs, by id (any case) or slug; 2 when there is no such
// rule.
int RunExplainCommand(std::string_view id_or_slug, bool json, std::ostream& out,
                      std::ostream& err);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_CATALOG_COMMANDS_H_
