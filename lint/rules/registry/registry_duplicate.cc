// RG003 registry-duplicate: two records with the same name (compared
// case-insensitively), transport and port or range, or the same name twice
// with no port. The later record is reported, pointing at the first.
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint {
namespace {

std::string Where(const RecordView& r) {
  const std::string_view t = TransportName(r.transport);
  if (!r.has_port) {
    return t.empty() ? "with no port"
                     : absl::StrCat("with no port on ", AsAbsl(t));
  }
  std::string where = absl::StrCat(r.port_lo);
  if (r.port_hi != r.port_lo) absl::StrAppend(&where, "-", r.port_hi);
  if (!t.empty()) absl::StrAppend(&where, "/", AsAbsl(t));
  return where;
}

bool SameAssignment(const RecordView& a, const RecordView& b) {
  return a.transport == b.transport && a.has_port == b.has_port &&
         a.port_lo == b.port_lo && a.port_hi == b.port_hi;
}

}  // namespace

void CheckRegistryDuplicate(const Registry& registry, CheckContext& ctx) {
  // Records that share a name (case-insensitively), in file order: each is
  // compared with the ones before it.
  for (size_t k = 0; k < registry.NameCount(); ++k) {
    const std::span<const uint32_t> group = registry.NameRecords(k);
    for (size_t b = 1; b < group.size(); ++b) {
      const RecordView r = registry.record(group[b]);
      for (size_t a = 0; a < b; ++a) {
        const RecordView first = registry.record(group[a]);
        if (!SameAssignment(first, r)) continue;
        const std::string where = Where(r);
        const std::string first_line = absl::StrCat(first.line);
        ctx.sink.Report(
            RuleId::kRG003, RecordNameSpan(r),
            {{"name", r.name}, {"where", where}, {"first_line", first_line}});
        break;
      }
    }
  }
}

}  // namespace svclint
