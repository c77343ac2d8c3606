// Reads a DNS-SD service type, subtype or service instance name into a
// DnssdName: splits it into labels (ParseDnsName) and gives each label its
// role (RFC 6763 §4.1, §7, §7.1, §9, §11).
//
//   DnssdName t = ParseDnssdName("_daap._http._tcp", /*with_instance=*/false);
//   t.role(0) == LabelRole::kNested;  t.service == 1;  t.protocol == 2
//   DnssdName i = ParseDnssdName(R"(My\.Printer._ipp._tcp.local.)", true);
//   i.instance_end == 1;  i.service == 1;  i.transport == Transport::kTcp
//
// The protocol label is found first: the first `_tcp`/`_udp` (any case),
// else a bare `tcp`/`udp` after the first label (missing underscore), else
// the last of the leading run of underscore labels (`_foo._sctp`). The
// label before it is the service label; what precedes that is the subtype
// (`<sub>._sub.`) or, with `with_instance`, the instance; what follows is
// the domain. Never fails: anything out of place gets a role saying why.
#ifndef SVCLINT_LINT_PARSE_DNSSD_NAME_H_
#define SVCLINT_LINT_PARSE_DNSSD_NAME_H_

#include <string_view>

#include "lint/model/dnssd_name.h"
#include "lint/model/transport.h"

namespace svclint {

DnssdName ParseDnssdName(std::string_view text, bool with_instance);

// The transport a protocol label names: "_tcp" or "_udp", any case (DNS
// compares labels case-insensitively); kNone for any other label.
Transport ProtocolOf(std::string_view label);

// Whether `label` is "_sub" (any case).
bool IsSubLabel(std::string_view label);

// The offset of the first "._sub." (any case) in `text`, or npos:
// "_printer._sub._http._tcp" -> 8.
size_t FindSubMarker(std::string_view text);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_DNSSD_NAME_H_
