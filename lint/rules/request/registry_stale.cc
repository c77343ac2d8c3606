// RQ011 registry-stale: the registry the requests were checked against
// (the embedded snapshot, the copy `svclint registry update` fetched, or
// --registry) is more than 90 days old, so RQ003, RQ004 and PR004 may call
// a name or port free that has been assigned since. Once per file.
//
//   registry of 2026-08-17, today 2026-12-03 -> "checked against the IANA
//   registry of 2026-08-17, 108 days old; ..."
#include <string>

#include "lint/base/today.h"
#include "lint/registry/registry.h"
#include "lint/rules/request/request_rules.h"

namespace svclint {

namespace {
constexpr int64_t kStaleAfterDays = 90;
}  // namespace

void CheckRegistryStale(const RequestFile& file, CheckContext& ctx) {
  if (ctx.registry == nullptr || file.requests.empty()) return;
  const std::string_view date = ctx.registry->Stats().updated;
  const std::optional<int64_t> then = DaysFromCivil(date);
  const std::optional<int64_t> now = DaysFromCivil(TodayUtc());
  if (!then || !now || *now - *then <= kStaleAfterDays) return;
  const std::string days = std::to_string(*now - *then);
  ctx.sink.Report(RuleId::kRQ011, SourceSpan{1, 1, 1, 1},
                  {{"date", date}, {"days", days}});
}

}  // namespace svclint
