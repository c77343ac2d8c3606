#include "lint/rules/request/request_util.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

namespace svclint {

const RequestValue* StringField(const std::optional<RequestField>& field) {
  return field.has_value() ? StringField(&*field) : nullptr;
}

const RequestValue* StringField(const RequestField* field) {
  if (field == nullptr || !field->value.is_string()) return nullptr;
  return &field->value;
}

bool IsBlank(std::string_view text) {
  return StripAsciiWhitespace(text).empty();
}

std::string_view ServiceName(const Request& request) {
  const RequestValue* service = StringField(request.service);
  if (service == nullptr || IsBlank(service->text)) return {};
  return service->text;
}

bool IsDnssd(const Request& request) {
  return request.dnssd.has_value() &&
         request.dnssd->value.kind == ValueKind::kBoolean &&
         request.dnssd->value.boolean;
}

std::vector<Transport> RequestedTransports(const Request& request) {
  std::vector<Transport> out;
  if (!request.transports.has_value() ||
      request.transports->value.kind != ValueKind::kArray) {
    return out;
  }
  for (const RequestValue& item : request.transports->value.items) {
    if (!item.is_string()) continue;
    const std::optional<Transport> t = ParseTransport(item.text);
    if (t && std::find(out.begin(), out.end(), *t) == out.end()) {
      out.push_back(*t);
    }
  }
  return out;
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// "rfc" followed by optional space/hyphen and digits, anywhere in `text`.
bool MentionsRfcNumber(std::string_view lower) {
  for (size_t at = lower.find("rfc"); at != std::string_view::npos;
       at = lower.find("rfc", at + 1)) {
    // Not the tail of a longer word ("xrfc").
    if (at > 0 && IsLower(lower[at - 1])) {
      continue;
    }
    size_t i = at + 3;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '-')) ++i;
    if (i < lower.size() && IsDigit(lower[i])) return true;
  }
  return false;
}

// An Internet-Draft name, "draft-<who>-<topic>...", starting a word: every
// Internet-Draft's name has that form ("draft-ietf-..." for the IETF's
// working groups, "draft-<author>-..." for individual submissions).
bool MentionsDraftName(std::string_view lower) {
  for (size_t at = lower.find("draft-"); at != std::string_view::npos;
       at = lower.find("draft-", at + 1)) {
    if (at > 0 && (IsLower(lower[at - 1]) || IsDigit(lower[at - 1]))) continue;
    size_t i = at + 6;
    int parts = 0;
    while (i < lower.size()) {
      const size_t start = i;
      while (i < lower.size() && (IsLower(lower[i]) || IsDigit(lower[i]))) ++i;
      if (i == start) break;
      ++parts;
      if (i >= lower.size() || lower[i] != '-') break;
      ++i;
    }
    if (parts >= 2) return true;
  }
  return false;
}

}  // namespace

bool IsIetfReference(std::string_view reference) {
  const std::string lower = AsciiLower(StripAsciiWhitespace(reference));
  if (lower.empty()) return false;
  if (MentionsRfcNumber(lower)) return true;
  return MentionsDraftName(lower);
}

std::string Holder(const Registry& registry, const RecordView& record) {
  std::string out = record.name.empty()
                        ? absl::StrCat("an unnamed entry ('",
                                       AsAbsl(record.description), "')")
                        : absl::StrCat("'", AsAbsl(record.name), "'");
  std::string_view who =
      !record.assignee.empty() ? record.assignee : record.contact;
  if (!who.empty()) {
    absl::StrAppend(&out, " (", AsAbsl(registry.PersonName(who)), ")");
  }
  return out;
}

std::vector<RecordView> RecordsOnPort(const Registry& registry, uint16_t port,
                                      Transport transport) {
  std::vector<RecordView> records = registry.FindByPort(port, transport);
  records.erase(
      std::remove_if(records.begin(), records.end(),
                     [](const RecordView& r) { return r.unassigned(); }),
      records.end());
  return records;
}

std::string JoinLimited(const std::vector<std::string>& items, size_t limit) {
  std::string out;
  const size_t shown = std::min(items.size(), limit);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0)
      out += (i + 1 == shown && shown == items.size()) ? " and " : ", ";
    out += items[i];
  }
  if (items.size() > shown) {
    absl::StrAppend(&out, " and ", items.size() - shown, " more");
  }
  return out;
}

}  // namespace svclint
