// SN008 name-not-lowercase, for the protocol label: `_TCP` and `_Udp` are
// `_tcp` and `_udp` (DNS compares labels without regard to case, RFC 4343),
// and every registry, RFC and daemon writes them in lower case. Reported
// like an upper-case service name, with the same safe fix.
//
//   _http._TCP  -> "protocol label '_TCP' has upper-case letters; ...", [7, 11)
#include "lint/base/strings.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckProtocolNotLowercase(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.protocol < 0 || d.transport == Transport::kNone) return;
  const std::string_view label = d.LabelText(d.protocol);
  if (label == "_tcp" || label == "_udp") return;
  const SourceSpan span = type.LabelSpan(d.protocol);
  std::string lower = AsciiLower(label);
  std::vector<Edit> edits = {{span, lower}};
  ctx.sink.Report(RuleId::kSN008, span,
                  {{"label", Printable(label)}, {"lower", lower}},
                  std::move(edits), "protocol");
}

}  // namespace svclint
