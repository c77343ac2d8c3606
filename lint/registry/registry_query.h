// `svclint registry lookup` and `svclint registry stats`: queries over a
// Registry, printed as text or JSON. main.cc parses the arguments and
// calls these.
//
//   $ svclint registry lookup 5432/tcp
//   postgresql 5432/tcp  PostgreSQL Database  (assignee: Tom Lane)
//   $ svclint registry lookup acmaint_dbd
//   acmaint_dbd is a historic alias of acmaint-dbd
//   acmaint_dbd 774/udp
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>

#include "lint/model/transport.h"
#include "lint/registry/registry.h"

namespace svclint {

// A parsed lookup query: NAME, PORT or PORT/PROTO.
struct RegistryQuery {
  std::string_view name;  // set for a name query
  std::optional<uint16_t> port;
  Transport transport = Transport::kNone;  // kNone: every transport
};

// nullopt for an empty query, a port over 65535 or an unknown protocol.
std::optional<RegistryQuery> ParseRegistryQuery(std::string_view query);

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

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_
