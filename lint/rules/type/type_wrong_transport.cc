// ST008 type-wrong-transport: the name is registered, but only for other
// transports. In a DNS-SD type `_tcp` means TCP and `_udp` every other
// transport (RFC 6763 §7), so `_udp` is satisfied by a udp, sctp or dccp
// record. A name whose records name no transport at all is assigned for
// every transport (RFC 6335 §5), and never flagged.
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
  bool any_transport_named = false;
  bool matches = false;
  bool seen[5] = {};
  for (uint32_t index : ctx.registry->FindByName(name)) {
    const Transport t = ctx.registry->record(index).transport;
    if (t == Transport::kNone) continue;
    any_transport_named = true;
    seen[static_cast<int>(t)] = true;
    if (d.transport == Transport::kTcp ? t == Transport::kTcp
                                       : t != Transport::kTcp) {
      matches = true;
    }
  }
  if (!any_transport_named || matches) return;
  std::string registered;
  for (Transport t :
       {Transport::kTcp, Transport::kUdp, Transport::kSctp, Transport::kDccp}) {
    if (!seen[static_cast<int>(t)]) continue;
    if (!registered.empty()) registered += ", ";
    registered += TransportName(t);
  }
  ctx.sink.Report(RuleId::kST008, type.LabelSpan(d.protocol),
                  {{"name", Printable(name)},
                   {"registered", registered},
                   {"transport", TransportName(d.transport)}});
}

}  // namespace svclint
