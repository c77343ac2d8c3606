// Queries over a Registry for `svclint registry lookup`: what a query
// finds, as data. Printing it (text or JSON) and the exit code belong to
// the command line (lint/cli/registry_commands.h).
//
//   std::optional<RegistryQuery> q = ParseRegistryQuery("5432/tcp");
//   RegistryLookup found = LookUp(registry, *q);  // found.records: postgresql
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lint/model/transport.h"
#include "lint/registry/registry.h"

namespace svclint {

// A parsed lookup query: NAME, NAME/PROTO, a DNS-SD type, PORT or
// PORT/PROTO.
//   "ssh"        -> name ssh, every transport
//   "ssh/tcp"    -> name ssh, tcp
//   "_ssh._tcp"  -> name ssh, tcp ("_ssh._udp": every transport but tcp,
//                   as RFC 6763 §7 uses _udp; a ".local." after is ignored)
//   "22/tcp"     -> port 22, tcp
struct RegistryQuery {
  std::string_view name;  // set for a name query
  std::optional<uint16_t> port;
  Transport transport = Transport::kNone;  // kNone: every transport
  bool not_tcp = false;  // "_name._udp": any transport other than tcp
};

// nullopt for an empty query, a port over 65535 or an unknown protocol.
std::optional<RegistryQuery> ParseRegistryQuery(std::string_view query);

// What a query finds. Views into the registry, which must outlive it.
struct RegistryLookup {
  std::vector<RecordView> records;
  // A name query of a historic alias: the name that replaced it.
  std::optional<std::string_view> replacement;
  // A name query of a service with DNS-SD TXT keys defined, or nullptr.
  const DefinedTxtKeys* txt = nullptr;

  bool found() const { return !records.empty() || replacement.has_value(); }
};

RegistryLookup LookUp(const Registry& registry, const RegistryQuery& query);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_QUERY_H_
