// ST001 type-missing-underscore: RFC 6763 §7, the service label is "an
// underscore character followed by the Service Name", the protocol label
// "_tcp" or "_udp".
//
//   http._tcp  -> "service label 'http' lacks its leading underscore", [1, 5)
//   _http.tcp  -> "protocol label 'tcp' ...", [7, 10)
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckTypeMissingUnderscore(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.meta_query) return;  // "b._dns-sd._udp" is ST009's
  auto check = [&](int i, std::string_view role) {
    if (i < 0) return;
    const std::string_view label = d.LabelText(i);
    if (label.empty() || label[0] == '_') return;
    ctx.sink.Report(RuleId::kST001, type.LabelSpan(i),
                    {{"role", role}, {"label", InputText(label)}});
  };
  check(d.service, "service");
  check(d.protocol, "protocol");
}

}  // namespace svclint
