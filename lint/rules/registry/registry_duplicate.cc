// RG003 registry-duplicate: two records with the same name (compared
// case-insensitively), transport and port or range, or the same name twice
// with no port. The later record is reported, pointing at the first.
#include <string>
#include <tuple>

#include "absl/container/flat_hash_map.h"
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

}  // namespace

void CheckDuplicate(const Registry& registry, DiagnosticSink& sink) {
  if (!sink.Enabled(RuleId::kRG003)) return;
  using Key = std::tuple<std::string, Transport, bool, uint16_t, uint16_t>;
  absl::flat_hash_map<Key, uint32_t> first;
  first.reserve(registry.size());
  for (uint32_t i = 0; i < registry.size(); ++i) {
    const RecordView r = registry.record(i);
    if (r.name.empty()) continue;
    Key key{AsciiLower(r.name), r.transport, r.has_port, r.port_lo, r.port_hi};
    auto [it, inserted] = first.try_emplace(std::move(key), i);
    if (inserted) continue;
    const std::string where = Where(r);
    const std::string first_line =
        absl::StrCat(registry.record(it->second).line);
    sink.Report(
        RuleId::kRG003, RecordNameSpan(r),
        {{"name", r.name}, {"where", where}, {"first_line", first_line}});
  }
}

}  // namespace svclint
