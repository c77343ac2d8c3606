// RQ006 txt-keys-undefined: a DNS-SD request (`dnssd = true`) without
// `txt_keys`. The registry records each DNS-SD service's "Defined TXT
// keys" (RFC 6335 §8.1.1; the TXT record itself is RFC 6763 §6);
// `txt_keys = {}` states that there are none.
//
//   dnssd = true   (no txt_keys)   -> at `dnssd`
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {

void CheckTxtKeysUndefined(const Request& request, CheckContext& ctx) {
  if (!IsDnssd(request) || request.txt_keys.has_value()) return;
  std::string_view name = ServiceName(request);
  if (name.empty()) name = "(unnamed)";
  ctx.sink.Report(RuleId::kRQ006, request.dnssd->key_span, {{"name", name}});
}

}  // namespace svclint
