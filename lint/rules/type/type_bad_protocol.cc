// ST002 type-bad-protocol: RFC 6763 §7 allows "_tcp" (for application
// protocols that run over TCP) or "_udp" (for all others), nothing else.
//
//   _foo._sctp  -> "protocol label '_sctp' is not _tcp or _udp; ...", [6, 11)
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckTypeBadProtocol(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.protocol < 0 || d.transport != Transport::kNone) return;
  const std::string_view label = d.LabelText(d.protocol);
  // A protocol label without its underscore ("tcp") is ST001's.
  if (label.empty() || label[0] != '_') return;
  ctx.sink.Report(RuleId::kST002, type.LabelSpan(d.protocol),
                  {{"label", InputText(label)}});
}

}  // namespace svclint
