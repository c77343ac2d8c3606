// SN008 name-not-lowercase: service names compare case-insensitively (RFC
// 6335 §5.1, RFC 4343), and the registry writes them in lower case. The
// fix, safe because case carries no meaning, lower-cases the name.
//
//   _HTTP._tcp  -> "service name 'HTTP' has upper-case letters; ...", [2, 6)
//
// The type input reports the protocol label the same way: `_TCP` and `_Udp`
// are `_tcp` and `_udp` (DNS compares labels without regard to case, RFC
// 4343), and RFC 6763 §7 and every registry entry write them in lower case.
//
//   _http._TCP  -> "protocol label '_TCP' has upper-case letters; ...", [7, 11)
#include "lint/base/strings.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_facts.h"

namespace svclint {

void CheckNameNotLowercase(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_upper) return;
  const SourceSpan span = SpanAt(name.at, 0, name.name.size());
  std::string lower = AsciiLower(name.name);
  std::vector<Edit> edits;
  // Only a name that is plain ASCII is rewritten; anything else has other
  // findings to fix first.
  if (!name.has_invalid) edits.push_back({span, lower});
  ctx.sink.Report(RuleId::kSN008, span,
                  {{"name", InputText(name.name)}, {"lower", InputText(lower)}},
                  std::move(edits));
}

void CheckNameNotLowercaseInType(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.protocol < 0 || d.transport == Transport::kNone) return;
  const std::string_view label = d.LabelText(d.protocol);
  if (label == "_tcp" || label == "_udp") return;
  const SourceSpan span = type.LabelSpan(d.protocol);
  std::string lower = AsciiLower(label);
  std::vector<Edit> edits = {{span, lower}};
  ctx.sink.Report(RuleId::kSN008, span,
                  {{"label", InputText(label)}, {"lower", lower}},
                  std::move(edits), "protocol");
}

}  // namespace svclint
