// SN002 name-too-long: RFC 6335 §5.1, a service name "MUST be ... no more
// than 15 characters long".
//
//   toolongservicename1  -> "... is 19 characters; the limit is 15", [1, 20)
#include "absl/strings/str_cat.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameTooLong(const NameFacts& name, CheckContext& ctx) {
  constexpr size_t kMaxLength = 15;
  if (name.name.size() <= kMaxLength) return;
  ctx.sink.Report(
      RuleId::kSN002, SpanAt(name.at, 0, name.name.size()),
      {{"name", InputText(name.name)}, {"length", name.name.size()}});
}

}  // namespace svclint
