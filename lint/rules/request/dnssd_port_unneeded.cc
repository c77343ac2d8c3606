// PR009 dnssd-port-unneeded: a DNS-SD service that asks for a port. Its
// clients learn the port from SRV records (RFC 6763 §5), so RFC 6335 §7.2
// recommends a service name without a port.
//
//   dnssd = true, port = 4999   -> at `port`
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckDnssdPortUnneeded(const Request& request, CheckContext& ctx) {
  if (!IsDnssd(request)) return;
  const RequestedPorts ports = AnalyzePorts(request);
  if (!ports.asked()) return;
  std::string_view name = ServiceName(request);
  if (name.empty()) name = "this service";
  ctx.sink.Report(RuleId::kPR009, ports.key_span,
                  {{"name", name}, {"ports", ports.Describe()}});
}

}  // namespace svclint
