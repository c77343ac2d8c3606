#include "lint/registry/registry_query.h"

#include <charconv>

#include "lint/base/strings.h"

namespace svclint {

namespace {

// "_ssh._tcp", "_ssh._tcp.local." -> "ssh" and the transport; false for
// anything else.
bool ParseDnssdTypeQuery(std::string_view query, RegistryQuery& q) {
  if (query.size() < 7 || query[0] != '_') return false;
  if (query.back() == '.') query.remove_suffix(1);
  if (query.size() > 6 &&
      EqualsIgnoreCase(query.substr(query.size() - 6), ".local")) {
    query.remove_suffix(6);
  }
  if (query.size() < 7) return false;
  const std::string_view proto = query.substr(query.size() - 5);
  const bool tcp = EqualsIgnoreCase(proto, "._tcp");
  if (!tcp && !EqualsIgnoreCase(proto, "._udp")) return false;
  const std::string_view name = query.substr(1, query.size() - 6);
  if (name.empty() || name.find('.') != std::string_view::npos) return false;
  q.name = name;
  q.transport = tcp ? Transport::kTcp : Transport::kNone;
  q.not_tcp = !tcp;
  return true;
}

bool Matches(const RegistryQuery& q, const RecordView& r) {
  if (q.not_tcp) return r.transport != Transport::kTcp;
  return q.transport == Transport::kNone || r.transport == q.transport;
}

}  // namespace

std::optional<RegistryQuery> ParseRegistryQuery(std::string_view query) {
  query = StripAsciiWhitespace(query);
  if (query.empty()) return std::nullopt;
  RegistryQuery q;
  if (ParseDnssdTypeQuery(query, q)) return q;
  const size_t slash = query.find('/');
  const std::string_view number = query.substr(0, slash);
  bool digits = !number.empty() && number.size() <= 6;
  for (char c : number) digits = digits && c >= '0' && c <= '9';
  if (!digits) {
    // "ssh/tcp" names a transport; "cl/1" and "914c/g" are names.
    if (slash != std::string_view::npos && slash > 0) {
      if (std::optional<Transport> t =
              ParseTransport(query.substr(slash + 1))) {
        q.name = number;
        q.transport = *t;
        return q;
      }
    }
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
    const RecordView r = registry.record(i);
    if (Matches(query, r)) lookup.records.push_back(r);
  }
  lookup.replacement = registry.HistoricReplacement(query.name);
  lookup.txt = registry.TxtKeys(query.name);
  return lookup;
}

}  // namespace svclint
