// RQ008 dccp-service-code: DCCP requests need a 32-bit Service Code (RFC
// 4340 §8.1.2, RFC 5595; RFC 6335 §8.1.1), other requests must not give
// one, and some codes can never be assigned: 0 (Reserved, RFC 4340 §19.8),
// 4294967295 (the invalid code, RFC 4340 §8.1.2) and the Private Use range
// 1056964608-1073741823 (high-order byte 63, ASCII '?'). A code already
// used by a registered DCCP service is flagged too.
//
//   transports = ["dccp"]  (no service_code)   -> at "dccp"
//   service_code = 0                           -> variant "reserved"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

constexpr uint32_t kPrivateUseFirst = 0x3F000000;  // 1056964608
constexpr uint32_t kPrivateUseLast = 0x3FFFFFFF;   // 1073741823
constexpr uint32_t kInvalidCode = 0xFFFFFFFF;      // RFC 4340 §8.1.2

// A number in 0..2^32-1, or "SC:" and four printable ASCII characters,
// read as a big-endian number (RFC 4340 §8.1.2).
std::optional<uint32_t> ParseServiceCode(const RequestValue& value) {
  if (value.kind == ValueKind::kInteger) {
    if (value.integer < 0 || value.integer > int64_t{kInvalidCode}) {
      return std::nullopt;
    }
    return static_cast<uint32_t>(value.integer);
  }
  const std::string_view text = value.text;
  if (!value.is_string() || text.size() != 7 ||
      !StartsWithIgnoreCase(text, "SC:")) {
    return std::nullopt;
  }
  uint32_t code = 0;
  for (char c : text.substr(3)) {
    if (c < 0x20 || c > 0x7E) return std::nullopt;
    code = (code << 8) | static_cast<unsigned char>(c);
  }
  return code;
}

// Why `code` can never be assigned, or "".
std::string_view Reserved(uint32_t code) {
  if (code == 0) return "Reserved";
  if (code == kInvalidCode) return "the invalid Service Code";
  if (code >= kPrivateUseFirst && code <= kPrivateUseLast) {
    return "in the Private Use range 1056964608-1073741823";
  }
  return "";
}

// Span of the "dccp" item in `transports`.
SourceSpan DccpItem(const Request& request) {
  for (const RequestValue& item : request.transports->value.items) {
    if (item.is_string() && EqualsIgnoreCase(item.text, "dccp")) {
      return item.span;
    }
  }
  return request.transports->value.span;
}

}  // namespace

void CheckDccpServiceCode(const Request& request, CheckContext& ctx) {
  bool dccp = false;
  for (Transport t : RequestedTransports(request)) {
    dccp = dccp || t == Transport::kDccp;
  }
  if (!request.service_code.has_value()) {
    if (dccp) ctx.sink.Report(RuleId::kRQ008, DccpItem(request));
    return;
  }
  const RequestField& field = *request.service_code;
  if (!dccp) {
    // Without a readable transports list there is no telling (PR007).
    const bool transports_known =
        request.transports.has_value() &&
        request.transports->value.kind == ValueKind::kArray;
    if (transports_known) {
      ctx.sink.Report(RuleId::kRQ008, field.key_span, {}, {}, "forbidden");
    }
    return;
  }
  const RequestValue& value = field.value;
  if (!value.is_string() && value.kind != ValueKind::kInteger) return;
  const std::optional<uint32_t> code = ParseServiceCode(value);
  if (!code) {
    const std::string shown =
        value.is_string() ? value.text : absl::StrCat(value.integer);
    ctx.sink.Report(RuleId::kRQ008, value.span, {{"value", shown}}, {},
                    "invalid");
    return;
  }
  const std::string code_text = absl::StrCat(*code);
  if (const std::string_view why = Reserved(*code); !why.empty()) {
    ctx.sink.Report(RuleId::kRQ008, value.span,
                    {{"code", code_text}, {"why", why}}, {}, "reserved");
    return;
  }
  if (ctx.registry == nullptr) return;
  const std::string_view name = StripAsciiWhitespace(ServiceName(request));
  for (uint32_t i = 0; i < ctx.registry->size(); ++i) {
    const RecordView record = ctx.registry->record(i);
    if (record.service_code != code) continue;
    if (!name.empty() && EqualsIgnoreCase(record.name, name)) continue;
    ctx.sink.Report(
        RuleId::kRQ008, value.span,
        {{"code", code_text}, {"holder", Holder(*ctx.registry, record)}}, {},
        "taken");
    return;
  }
}

}  // namespace svclint
