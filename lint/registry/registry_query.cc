#include "lint/registry/registry_query.h"

#include <charconv>

#include "lint/base/strings.h"

namespace svclint {

std::optional<RegistryQuery> ParseRegistryQuery(std::string_view query) {
  query = StripAsciiWhitespace(query);
  if (query.empty()) return std::nullopt;
  RegistryQuery q;
  const size_t slash = query.find('/');
  const std::string_view number = query.substr(0, slash);
  bool digits = !number.empty() && number.size() <= 6;
  for (char c : number) digits = digits && c >= '0' && c <= '9';
  if (!digits) {  // "cl/1" and "914c/g" are names
    q.name = query;
    return q;
  }
  uint32_t port = 0;
  std::from_chars(number.data(), number.data() + number.size(), port);
  if (port > 65535) return std::nullopt;
  q.port = static_cast<uint16_t>(port);
  if (slash != std::string_view::npos) {
    std::optional<Transport> t = ParseTransport(query.substr(slash + 1));
    if (!t) return std::nullopt;
    q.transport = *t;
  }
  return q;
}

RegistryLookup LookUp(const Registry& registry, const RegistryQuery& query) {
  RegistryLookup lookup;
  if (query.port) {
    lookup.records = registry.FindByPort(*query.port, query.transport);
    return lookup;
  }
  for (uint32_t i : registry.FindByName(query.name)) {
    lookup.records.push_back(registry.record(i));
  }
  lookup.replacement = registry.HistoricReplacement(query.name);
  lookup.txt = registry.TxtKeys(query.name);
  return lookup;
}

}  // namespace svclint
