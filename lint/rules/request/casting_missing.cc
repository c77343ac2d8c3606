// RQ007 casting-missing: no statement of broadcast, multicast or anycast
// use, which RFC 6335 §8.1.1 asks of every request. `casting` is "none",
// "broadcast", "multicast", "anycast", or a list of the last three.
//
//   (no casting)            -> at the [[request]] header
//   casting = "sometimes"   -> variant "invalid", at the value
#include <string_view>

#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"

namespace svclint {
namespace {

bool IsCasting(std::string_view text) {
  for (std::string_view kind : {"none", "broadcast", "multicast", "anycast"}) {
    if (EqualsIgnoreCase(StripAsciiWhitespace(text), kind)) return true;
  }
  return false;
}

bool IsNone(std::string_view text) {
  return EqualsIgnoreCase(StripAsciiWhitespace(text), "none");
}

}  // namespace

void CheckCastingMissing(const Request& request, CheckContext& ctx) {
  if (!request.casting.has_value()) {
    ctx.sink.Report(RuleId::kRQ007, request.header);
    return;
  }
  const RequestValue& value = request.casting->value;
  if (value.is_string()) {
    if (!IsCasting(value.text)) {
      ctx.sink.Report(RuleId::kRQ007, value.span, {{"value", value.text}}, {},
                      "invalid");
    }
    return;
  }
  if (value.kind != ValueKind::kArray) return;  // RQ010
  if (value.items.empty()) {
    ctx.sink.Report(RuleId::kRQ007, value.span);
    return;
  }
  bool none = false, other = false;
  for (const RequestValue& item : value.items) {
    if (!item.is_string()) continue;  // RQ010
    if (!IsCasting(item.text)) {
      ctx.sink.Report(RuleId::kRQ007, item.span, {{"value", item.text}}, {},
                      "invalid");
      continue;
    }
    (IsNone(item.text) ? none : other) = true;
  }
  if (none && other) {
    ctx.sink.Report(RuleId::kRQ007, value.span, {}, {}, "none-mixed");
  }
}

}  // namespace svclint
