// `svclint registry lookup` and `svclint registry stats`: a query's
// findings and the registry's counts, printed as text or JSON, and the exit
// code. main.cc parses the arguments and calls these; the queries
// themselves are data (lint/registry/registry_query.h).
//
//   $ svclint registry lookup 5432/tcp
//   postgresql 5432/tcp  PostgreSQL Database  (assignee: Tom Lane)
//   $ svclint registry lookup acmaint_dbd
//   acmaint_dbd is a historic alias of acmaint-dbd
//   acmaint_dbd 774/udp
#ifndef SVCLINT_LINT_CLI_REGISTRY_COMMANDS_H_
#define SVCLINT_LINT_CLI_REGISTRY_COMMANDS_H_

#include <ostream>
#include <string_view>

#include "lint/registry/registry.h"
#include "lint/registry/registry_query.h"

namespace svclint {

// Prints the records `query` finds, one a line (or a JSON object).
// Returns 0 when something was found, 1 when nothing was, 2 for a bad
// query (the reason goes to `err`).
int RunRegistryLookup(const Registry& registry, std::string_view query,
                      bool json, std::ostream& out, std::ostream& err);

// Prints the registry's counts and, when given, where it comes from
// ("embedded", a file); returns 0.
int RunRegistryStats(const Registry& registry, bool json, std::ostream& out,
                     std::string_view origin = "");

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_REGISTRY_COMMANDS_H_
