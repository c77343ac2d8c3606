// PR006 port-range-requested: more than one port for one service. RFC 6335
// §7.2 makes conservation a principle: one port per service, each further
// port justified as an independently useful service.
//
//   ports = "5000-5003"         -> "4 ports requested for one service ..."
//   port = 5000, ports = "5001" -> port-and-ports
#include "absl/strings/str_cat.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckPortRangeRequested(const Request& request, CheckContext& ctx) {
  const RequestedPorts ports = AnalyzePorts(request);
  if (ports.has_port_key && ports.has_ports_key) {
    ctx.sink.Report(RuleId::kPR006, request.ports->key_span,
                    {{"ports", ports.Describe()}}, {}, "port-and-ports");
    return;
  }
  if (ports.count() > 1) {
    ctx.sink.Report(
        RuleId::kPR006, request.ports->value.span,
        {{"count", absl::StrCat(ports.count())}, {"ports", ports.Describe()}});
  }
}

}  // namespace svclint
