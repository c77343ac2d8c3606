// PR010 port-rationale-missing: a port is asked for without saying why a
// Dynamic port (and, for a System port, a User port) will not do, which
// RFC 6335 §8.1.1 requires of every port request.
//
//   port = 4999 (no port_rationale)   -> at `port`
//   port = 80   (no port_rationale)   -> variant "system"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckPortRationaleMissing(const Request& request, CheckContext& ctx) {
  const RequestedPorts ports = AnalyzePorts(request);
  if (!ports.asked()) return;
  if (request.port_rationale.has_value()) {
    const RequestValue* rationale = StringField(request.port_rationale);
    if (rationale == nullptr) return;  // RQ010
    if (!IsBlank(rationale->text)) return;
  }
  bool system = false;
  for (const PortRange& range : ports.ranges) {
    system = system || range.lo <= 1023;
  }
  ctx.sink.Report(RuleId::kPR010, ports.key_span, {{"ports", ports.Describe()}},
                  {}, system ? "system" : "");
}

}  // namespace svclint
