// PR004 port-taken: the registry already assigns a requested port on a
// requested transport, and the message says to whom. Ports are assigned
// per transport (RFC 6335 §6), so each port of each range is looked up on
// each transport named; Reserved records are PR005's.
//
//   service = "postgresql", port = 5432, transports = ["tcp"]
//   -> "port 5432/tcp is already assigned to 'postgresql' (Tom Lane)"
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {
namespace {

// Findings per range and transport before the rest are summed up in one.
constexpr size_t kMaxReported = 8;

}  // namespace

void CheckPortTaken(const Request& request, CheckContext& ctx) {
  if (ctx.registry == nullptr) return;
  const Registry& registry = *ctx.registry;
  const std::vector<Transport> transports = RequestedTransports(request);
  for (const PortRange& range : AnalyzePorts(request).ranges) {
    for (Transport transport : transports) {
      size_t taken = 0;
      for (uint32_t port = range.lo; port <= range.hi; ++port) {
        std::vector<std::string> holders;
        for (const RecordView& record :
             RecordsOnPort(registry, static_cast<uint16_t>(port), transport)) {
          if (record.reserved()) continue;
          std::string holder = Holder(registry, record);
          if (std::find(holders.begin(), holders.end(), holder) ==
              holders.end()) {
            holders.push_back(std::move(holder));
          }
        }
        if (holders.empty()) continue;
        if (++taken > kMaxReported) continue;
        ctx.sink.Report(RuleId::kPR004, range.span,
                        {{"port", absl::StrCat(port)},
                         {"transport", TransportName(transport)},
                         {"holder", JoinLimited(holders, 3)},
                         {"date", ctx.registry->Stats().updated}});
      }
      if (taken > kMaxReported) {
        ctx.sink.Report(RuleId::kPR004, range.span,
                        {{"count", absl::StrCat(taken - kMaxReported)},
                         {"range", range.Text()},
                         {"transport", TransportName(transport)},
                         {"date", ctx.registry->Stats().updated}},
                        {}, "more");
      }
    }
  }
}

}  // namespace svclint
