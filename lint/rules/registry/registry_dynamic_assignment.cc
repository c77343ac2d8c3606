// RG002 registry-dynamic-assignment: a named record whose port or range
// reaches into the Dynamic Ports 49152-65535, which RFC 6335 §6 says are
// never assigned.
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint {

void CheckRegistryDynamicAssignment(const Registry& registry,
                                    CheckContext& ctx) {
  constexpr uint16_t kFirstDynamic = 49152;
  for (uint32_t i = 0; i < registry.size(); ++i) {
    const RecordView r = registry.record(i);
    if (r.name.empty() || !r.has_port || r.port_hi < kFirstDynamic) continue;
    if (r.reserved() || r.unassigned()) continue;
    std::string ports = r.port_lo == r.port_hi
                            ? absl::StrCat("port ", r.port_lo)
                            : absl::StrCat("ports ", r.port_lo, "-", r.port_hi);
    if (r.transport != Transport::kNone) {
      absl::StrAppend(&ports, "/", AsAbsl(TransportName(r.transport)));
    }
    ctx.sink.Report(RuleId::kRG002, RecordNameSpan(r),
                    {{"name", r.name}, {"ports", ports}});
  }
}

}  // namespace svclint
