// ST006 fqdn-too-long: RFC 1035 §2.3.4, "names 255 octets or less", counted
// in wire form (RFC 1035 §3.1): every label with its length byte, plus the
// root's zero byte.
//
//   _http._tcp.<4 labels of 63 bytes>  -> "name is 268 bytes ...", whole span
#include "absl/strings/str_cat.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckFqdnTooLong(const TypeFacts& type, CheckContext& ctx) {
  constexpr uint32_t kMaxName = 255;
  const DnsName& dns = type.name.dns;
  if (dns.wire_size <= kMaxName) return;
  ctx.sink.Report(RuleId::kST006, SpanAt(type.at, 0, dns.text.size()),
                  {{"length", dns.wire_size}});
}

}  // namespace svclint
