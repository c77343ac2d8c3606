// PR005 port-reserved: a requested port is Reserved on a requested
// transport. RFC 6335 §6: "Reserved port numbers are not available for
// regular assignment".
//
//   port = 0   -> "port 0/tcp is Reserved in the registry and cannot be ..."
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {
namespace {

// Findings per range and transport before the rest are summed up in one.
constexpr size_t kMaxReported = 8;

bool IsReserved(const Registry& registry, uint16_t port, Transport transport) {
  for (const RecordView& record : RecordsOnPort(registry, port, transport)) {
    if (record.reserved()) return true;
  }
  return false;
}

}  // namespace

void CheckPortReserved(const Request& request, CheckContext& ctx) {
  if (ctx.registry == nullptr) return;
  const std::vector<Transport> transports = RequestedTransports(request);
  for (const PortRange& range : AnalyzePorts(request).ranges) {
    for (Transport transport : transports) {
      size_t reserved = 0;
      for (uint32_t port = range.lo; port <= range.hi; ++port) {
        if (!IsReserved(*ctx.registry, static_cast<uint16_t>(port),
                        transport)) {
          continue;
        }
        if (++reserved > kMaxReported) continue;
        ctx.sink.Report(RuleId::kPR005, range.span,
                        {{"port", absl::StrCat(port)},
                         {"transport", TransportName(transport)},
                         {"date", ctx.registry->Stats().updated}});
      }
      if (reserved > kMaxReported) {
        ctx.sink.Report(RuleId::kPR005, range.span,
                        {{"count", absl::StrCat(reserved - kMaxReported)},
                         {"range", range.Text()},
                         {"transport", TransportName(transport)},
                         {"date", ctx.registry->Stats().updated}},
                        {}, "more");
      }
    }
  }
}

}  // namespace svclint
