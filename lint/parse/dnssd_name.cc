#include "lint/parse/dnssd_name.h"

#include <algorithm>

#include "lint/base/strings.h"
#include "lint/parse/dns_name.h"

namespace svclint {
namespace {

bool HasUnderscore(std::string_view label) {
  return !label.empty() && label[0] == '_';
}

bool IsBareProtocol(std::string_view label) {
  return EqualsIgnoreCase(label, "tcp") || EqualsIgnoreCase(label, "udp");
}

// RFC 6763 §9 and §11: the first label of the meta-queries under
// _dns-sd._udp.
bool IsMetaQueryLabel(std::string_view label) {
  for (std::string_view m : {"_services", "b", "db", "r", "dr", "lb"}) {
    if (EqualsIgnoreCase(label, m)) return true;
  }
  return false;
}

// A label before the service label that is neither instance nor subtype.
LabelRole ExtraRole(std::string_view label) {
  if (IsSubLabel(label)) return LabelRole::kMisplacedSub;
  return HasUnderscore(label) ? LabelRole::kNested : LabelRole::kStray;
}

}  // namespace

Transport ProtocolOf(std::string_view label) {
  if (label.size() != 4 || label[0] != '_') return Transport::kNone;
  if (EqualsIgnoreCase(label, "_tcp")) return Transport::kTcp;
  if (EqualsIgnoreCase(label, "_udp")) return Transport::kUdp;
  return Transport::kNone;
}

bool IsSubLabel(std::string_view label) {
  return EqualsIgnoreCase(label, "_sub");
}

size_t FindSubMarker(std::string_view text) {
  constexpr std::string_view kMarker = "._sub.";
  for (size_t i = 0; i + kMarker.size() <= text.size(); ++i) {
    if (text[i] == '.' &&
        EqualsIgnoreCase(text.substr(i, kMarker.size()), kMarker)) {
      return i;
    }
  }
  return std::string_view::npos;
}

DnssdName ParseDnssdName(std::string_view text, bool with_instance) {
  DnssdName d;
  d.dns = ParseDnsName(text);
  d.with_instance = with_instance;
  const int n = static_cast<int>(d.size());
  d.roles.assign(n, LabelRole::kDomain);
  if (n == 0) return d;
  auto label = [&](int i) { return d.LabelText(i); };

  // 1. The protocol label, and the service label before it.
  int p = -1;
  for (int i = 0; i < n && p < 0; ++i) {
    if (ProtocolOf(label(i)) != Transport::kNone) p = i;
  }
  for (int i = 1; i < n && p < 0; ++i) {
    if (IsBareProtocol(label(i))) p = i;  // "_http.tcp": ST001
  }
  int service = -1;
  if (p >= 0) {
    // An empty label ("_http.._tcp") is its own problem, not the service.
    int s = p - 1;
    while (s > 0 && label(s).empty()) --s;
    if (s >= 0 && !label(s).empty() && !IsSubLabel(label(s))) service = s;
  } else {
    // No _tcp/_udp: the type is the leading run of underscore labels, and
    // its last label stands where the protocol belongs ("_foo._sctp").
    const int first = with_instance ? 1 : 0;
    int j = first;
    while (j < n && HasUnderscore(label(j))) ++j;
    if (j - first >= 2 && !IsSubLabel(label(j - 1)) &&
        !IsSubLabel(label(j - 2))) {
      p = j - 1;
      service = j - 2;
    } else if (j - first >= 1 && !IsSubLabel(label(j - 1))) {
      service = j - 1;  // "_http": no protocol label
    } else if (j == first && first < n) {
      service = first;  // "http" read as a type: no underscore, no protocol
    }
  }
  d.protocol = p;
  d.service = service;
  if (p >= 0) {
    d.roles[p] = LabelRole::kProtocol;
    d.transport = ProtocolOf(label(p));
  }
  if (service >= 0) d.roles[service] = LabelRole::kService;

  // 2. The domain: everything after the type.
  const int type_end = std::max(p, service);
  for (int i = type_end + 1; type_end >= 0 && i < n; ++i) {
    if (ProtocolOf(label(i)) != Transport::kNone) {
      d.roles[i] = LabelRole::kRepeatedProtocol;
    } else if (IsSubLabel(label(i))) {
      d.roles[i] = LabelRole::kMisplacedSub;
    }
  }

  // 3. What comes before the service label.
  const int prefix_end = service >= 0 ? service : (p >= 0 ? p : n);
  if (service == 1 && p == 2 && IsMetaQueryLabel(label(0)) &&
      EqualsIgnoreCase(label(1), "_dns-sd") && d.transport == Transport::kUdp) {
    d.meta_query = true;
    for (int i = 0; i <= p; ++i) d.roles[i] = LabelRole::kMetaQuery;
    return d;
  }
  if (with_instance) {
    // The instance is the first label, and any label after it up to the
    // first underscore label: an unescaped dot split it (SI005).
    int end = prefix_end > 0 ? 1 : 0;
    while (end < prefix_end && !HasUnderscore(label(end))) ++end;
    d.instance_end = end;
    for (int i = 0; i < end; ++i) d.roles[i] = LabelRole::kInstance;
    for (int i = end; i < prefix_end; ++i) d.roles[i] = ExtraRole(label(i));
    return d;
  }
  // RFC 6763 §7.1 writes a subtype as `<Sub>._sub.<Service>`: the `_sub`
  // that marks it is the last one before the service label, and what comes
  // before that is the subtype, even a label that reads "_sub" itself
  // (`_sub._sub._http._tcp` is the subtype `_sub` of `_http._tcp`).
  int s = -1;
  for (int i = prefix_end - 1; i >= 0 && s < 0; --i) {
    if (IsSubLabel(label(i))) s = i;
  }
  if (s < 0) {
    for (int i = 0; i < prefix_end; ++i) d.roles[i] = ExtraRole(label(i));
    return d;
  }
  for (int i = 0; i < s; ++i) d.roles[i] = LabelRole::kSubtype;
  for (int i = s + 1; i < prefix_end; ++i) d.roles[i] = ExtraRole(label(i));
  if (service >= 0) {
    d.sub = s;
    d.roles[s] = LabelRole::kSub;
  } else {
    d.roles[s] = LabelRole::kMisplacedSub;  // "_printer._sub": no type after
  }
  return d;
}

}  // namespace svclint
