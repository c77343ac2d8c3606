// PR007 transport-missing: a request names no transport, or one IANA does
// not assign ports for. RFC 6335 §8.1.1 asks every request for its
// transport protocol(s); ports are assigned only on the transports named.
//
//   (no transports)        -> at the [[request]] header
//   transports = ["quic"]  -> "'quic' is not a transport IANA assigns ..."
#include "lint/model/transport.h"
#include "lint/rules/request/request_rules.h"

namespace svclint {

void CheckTransportMissing(const Request& request, CheckContext& ctx) {
  if (!request.transports.has_value()) {
    ctx.sink.Report(RuleId::kPR007, request.header);
    return;
  }
  const RequestValue& value = request.transports->value;
  if (value.kind != ValueKind::kArray) return;  // RQ010
  if (value.items.empty()) {
    ctx.sink.Report(RuleId::kPR007, value.span, {}, {}, "empty");
    return;
  }
  for (const RequestValue& item : value.items) {
    if (!item.is_string()) continue;  // RQ010
    if (!ParseTransport(item.text)) {
      ctx.sink.Report(RuleId::kPR007, item.span, {{"transport", item.text}}, {},
                      "invalid");
    }
  }
}

}  // namespace svclint
