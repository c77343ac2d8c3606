// RG001 registry-alias-dangling: a historic alias ("This entry is an alias
// to "X"", "This is a duplicate of the "X" service") whose replacement X
// has no record (RFC 6335 §10.1).
#include <string>

#include "lint/registry/historic_note.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint {

void CheckRegistryAliasDangling(const Registry& registry, CheckContext& ctx) {
  for (uint32_t i = 0; i < registry.size(); ++i) {
    const RecordView r = registry.record(i);
    if (r.note.empty() || r.name.empty()) continue;
    const std::optional<HistoricNote> h = ParseHistoricNote(r.note);
    // A former-name note names the historic form, not a replacement.
    if (!h || h->kind == HistoricNote::Kind::kFormerName) continue;
    if (registry.ContainsName(h->other)) continue;
    ctx.sink.Report(RuleId::kRG001, RecordNameSpan(r),
                    {{"name", r.name}, {"replacement", h->other}});
  }
}

}  // namespace svclint
