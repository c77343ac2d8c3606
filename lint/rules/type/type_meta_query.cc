// ST009 type-meta-query: `_services._dns-sd._udp` (RFC 6763 §9) and
// `b`, `db`, `r`, `dr`, `lb` `._dns-sd._udp` (RFC 6763 §11) are queries about
// DNS-SD itself, not service types.
//
//   _services._dns-sd._udp.local.  -> "'_services._dns-sd._udp' is a DNS-SD
//                                      meta-query name ...", [1, 23)
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckTypeMetaQuery(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (!d.meta_query) return;
  ctx.sink.Report(RuleId::kST009, type.LabelsSpan(0, d.protocol + 1),
                  {{"query", InputText(d.LabelsText(0, d.protocol + 1))}});
}

}  // namespace svclint
