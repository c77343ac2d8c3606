// RQ003 name-taken: the requested service name is already in the registry,
// compared case-insensitively (RFC 6335 §5: service names are the
// registry's unique key). The message names the entry and its assignee.
//
//   service = "PostgreSQL"   -> "... already registered: 'postgresql' (Tom
//   Lane)"
#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {

void CheckNameTaken(const Request& request, CheckContext& ctx) {
  if (ctx.registry == nullptr) return;
  const std::string_view name = ServiceName(request);
  if (name.empty()) return;
  const auto found = ctx.registry->FindByName(StripAsciiWhitespace(name));
  if (found.empty()) return;
  // Name the first record that says who holds it.
  RecordView holder = ctx.registry->record(found.front());
  for (uint32_t i : found) {
    const RecordView record = ctx.registry->record(i);
    if (!record.assignee.empty() || !record.contact.empty()) {
      holder = record;
      break;
    }
  }
  ctx.sink.Report(RuleId::kRQ003, request.service->value.TextSpan(),
                  {{"name", name},
                   {"holder", Holder(*ctx.registry, holder)},
                   {"date", ctx.registry->Stats().updated}});
}

}  // namespace svclint
