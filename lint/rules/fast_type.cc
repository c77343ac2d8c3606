#include "lint/rules/fast_type.h"

#include <cstdint>

#include "lint/rules/name/name_facts.h"

namespace svclint {
namespace {

constexpr size_t kMaxName = 15;  // RFC 6335 §5.1
constexpr size_t kMaxLabel = 63;
// Presentation bytes of a plain name; its wire form is at most 2 more, so
// ST006 (255) cannot fire.
constexpr size_t kMaxText = 250;

bool IsLowerAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
// Whether SN009 (redundant word) or SN010 (version) could fire on `name`;
// then the full rules decide. A superset of what they flag: "servic",
// "proto", "srv", "svc" anywhere, "port" at the start of a word (never
// inside one: support, transport), "v<digit>".
bool MayHaveWordFinding(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    const std::string_view rest = name.substr(i);
    switch (name[i]) {
      case 'p':
        if (rest.starts_with("proto") ||
            ((i == 0 || name[i - 1] == '-') && rest.starts_with("port"))) {
          return true;
        }
        break;
      case 's':
        if (rest.starts_with("servic") || rest.starts_with("srv") ||
            rest.starts_with("svc")) {
          return true;
        }
        break;
      case 'v':
        if (rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9') return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// ST007, ST008 and SN007 stay quiet: the name is registered, not a
// historic alias, and registered for this transport (its DNS-SD records
// decide when it has any; see type_wrong_transport.cc).
bool RegistryIsQuiet(std::string_view name, bool tcp,
                     const Registry& registry) {
  const uint8_t f = registry.NameFlags(name);
  if (!(f & Registry::kNameKnown) || (f & Registry::kNameHistoric)) {
    return false;
  }
  return Registry::TransportFits(f, tcp);
}

}  // namespace

bool IsCleanCommonType(std::string_view t, const Registry* registry) {
  if (t.size() < 7 || t.size() > kMaxText || t[0] != '_') return false;
  // The service name: 1-15 of [a-z0-9-], a letter, no hyphen at an edge or
  // twice in a row (SN001-SN006, SN008).
  size_t i = 1;
  bool letter = false;
  while (i < t.size() && t[i] != '.') {
    const char c = t[i];
    if (c == '-') {
      if (i == 1 || t[i - 1] == '-') return false;
    } else if (!IsLowerAlnum(c)) {
      return false;
    } else if (c >= 'a') {
      letter = true;
    }
    ++i;
  }
  const std::string_view name = t.substr(1, i - 1);
  // "_tcp._udp": the parser reads the first "_tcp" as the protocol.
  if (name.empty() || name.size() > kMaxName || !letter || name.back() == '-' ||
      name == "tcp" || name == "udp") {
    return false;
  }
  // The protocol label, lower case (ST001-ST003).
  const std::string_view proto = t.substr(i);
  bool tcp;
  if (proto.starts_with("._tcp")) {
    tcp = true;
  } else if (proto.starts_with("._udp")) {
    tcp = false;
  } else {
    return false;
  }
  // An optional domain of plain labels, each 1-63 bytes (ST003, ST005).
  std::string_view domain = proto.substr(5);
  if (!domain.empty()) {
    if (domain[0] != '.') return false;
    domain.remove_prefix(1);  // "_http._tcp." ends here: absolute, no domain
    if (!domain.empty()) {
      if (domain.back() == '.') domain.remove_suffix(1);
      size_t label = 0;
      for (const char c : domain) {
        if (c == '.') {
          if (label == 0) return false;
          label = 0;
        } else if (IsServiceNameChar(c) && ++label <= kMaxLabel) {
          continue;
        } else {
          return false;
        }
      }
      if (label == 0) return false;  // "_http._tcp.." or "_http._tcp.a.."
    }
  }
  if (MayHaveWordFinding(name)) return false;
  return registry == nullptr || RegistryIsQuiet(name, tcp, *registry);
}

}  // namespace svclint
