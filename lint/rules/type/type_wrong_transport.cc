// ST008 type-wrong-transport: the name is registered, but only for other
// transports. In a DNS-SD type `_tcp` means TCP and `_udp` every other
// transport (RFC 6763 §7), so `_udp` is satisfied by a udp, sctp or dccp
// record. A name whose records name no transport at all is assigned for
// every transport (RFC 6335 §5), and never flagged.
//
// When the name has DNS-SD registrations (records with a transport and no
// port: RFC 6335 §7.2 "assignments of service names without port
// numbers"), those decide: ssh has ports 22/tcp, 22/udp and 22/sctp from
// the days when both transports were assigned by default, but its DNS-SD
// registration is tcp only, so `_ssh._udp` is flagged.
//
//   _airplay._udp is fine (airplay has a udp record); a name registered
//   only for tcp used as `_name._udp` -> "... registered for tcp, not for udp"
#include <string>

#include "lint/registry/registry.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckTypeWrongTransport(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (ctx.registry == nullptr || d.meta_query || d.service < 0 ||
      d.transport == Transport::kNone) {
    return;
  }
  const std::string_view name = d.ServiceName();
  // [0]: every record, [1]: the DNS-SD (name-only) registrations.
  bool named[2] = {}, matches[2] = {};
  bool seen[2][5] = {};
  for (uint32_t index : ctx.registry->FindByName(name)) {
    const RecordView record = ctx.registry->record(index);
    const Transport t = record.transport;
    if (t == Transport::kNone) continue;
    const bool fits = d.transport == Transport::kTcp ? t == Transport::kTcp
                                                     : t != Transport::kTcp;
    for (int set = 0; set < 2; ++set) {
      if (set == 1 && record.has_port) continue;
      named[set] = true;
      seen[set][static_cast<int>(t)] = true;
      if (fits) matches[set] = true;
    }
  }
  const int set = named[1] ? 1 : 0;
  if (!named[set] || matches[set]) return;
  std::string registered;
  for (Transport t :
       {Transport::kTcp, Transport::kUdp, Transport::kSctp, Transport::kDccp}) {
    if (!seen[set][static_cast<int>(t)]) continue;
    if (!registered.empty()) registered += ", ";
    registered += TransportName(t);
  }
  ctx.sink.Report(RuleId::kST008, type.LabelSpan(d.protocol),
                  {{"name", InputText(name)},
                   {"registered", registered},
                   {"transport", TransportName(d.transport)}},
                  {}, set == 1 ? "dnssd" : "");
}

}  // namespace svclint
