// PR002 port-dynamic-range: a port in 49152-65535, which RFC 6335 §6 says
// is "never assigned".
//
//   port = 50000   -> "Dynamic Port 50000 cannot be assigned: ..."
#include <algorithm>

#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckPortDynamicRange(const Request& request, CheckContext& ctx) {
  constexpr uint32_t kFirstDynamic = 49152;
  for (const PortRange& range : AnalyzePorts(request).ranges) {
    if (range.hi < kFirstDynamic) continue;
    const std::string ports =
        CapitalPorts(std::max(range.lo, kFirstDynamic), range.hi);
    ctx.sink.Report(RuleId::kPR002, range.span, {{"ports", ports}});
  }
}

}  // namespace svclint
