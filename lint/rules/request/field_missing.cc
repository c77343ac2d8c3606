// RQ001 field-missing: a field RFC 6335 §8.1.1 requires is missing or
// empty: service, description, reference, assignee {name, email} and
// contact {name, email}. `transports` and `casting` are required too, but
// PR007 and RQ007 report them; an empty `service` is SN001.
//
//   [[request]]                -> "required field 'description' is missing"
//   description = "  "         -> variant "empty", at the value
//
// In a service config (input "config"): a field the loader found missing,
// and an instance or type that is present but empty.
#include <optional>
#include <string_view>

#include "lint/rules/config/config_facts.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

// A required string: missing -> at `where`; blank -> at the value. Wrong
// types are RQ010's.
void RequireString(const RequestField* field, std::string_view name,
                   SourceSpan where, bool report_empty, CheckContext& ctx) {
  if (field == nullptr) {
    ctx.sink.Report(RuleId::kRQ001, where, {{"field", name}});
    return;
  }
  const RequestValue* value = StringField(field);
  if (report_empty && value != nullptr && IsBlank(value->text)) {
    ctx.sink.Report(RuleId::kRQ001, value->span, {{"field", name}}, {},
                    "empty");
  }
}

const RequestField* Get(const std::optional<RequestField>& field) {
  return field.has_value() ? &*field : nullptr;
}

// assignee = { name = "...", email = "..." }
void RequireParty(const std::optional<RequestField>& party,
                  std::string_view name, std::string_view name_key,
                  std::string_view email_key, SourceSpan header,
                  CheckContext& ctx) {
  if (!party.has_value()) {
    ctx.sink.Report(RuleId::kRQ001, header, {{"field", name}});
    return;
  }
  if (party->value.kind != ValueKind::kTable) return;  // RQ010
  RequireString(party->Find("name"), name_key, party->key_span, true, ctx);
  RequireString(party->Find("email"), email_key, party->key_span, true, ctx);
}

}  // namespace

void CheckFieldMissing(const Request& request, CheckContext& ctx) {
  const SourceSpan at = request.header;
  RequireString(Get(request.service), "service", at, false, ctx);
  RequireString(Get(request.description), "description", at, true, ctx);
  RequireString(Get(request.reference), "reference", at, true, ctx);
  RequireParty(request.assignee, "assignee", "assignee.name", "assignee.email",
               at, ctx);
  RequireParty(request.contact, "contact", "contact.name", "contact.email", at,
               ctx);
}

void CheckFieldMissingInRequestFile(const RequestFile& file,
                                    CheckContext& ctx) {
  if (!file.requests.empty() || !file.malformed.empty()) return;
  ctx.sink.Report(RuleId::kRQ001, SourceSpan{1, 1, 1, 1}, {}, {}, "no-request");
}

void CheckFieldMissingInConfig(const ConfigFacts& config, CheckContext& ctx) {
  for (const ConfigIssue& issue : config.file.issues) {
    if (issue.kind != ConfigIssue::Kind::kMissingField) continue;
    ctx.sink.Report(RuleId::kRQ001, issue.span, {{"field", issue.field}});
  }
  auto report_if_empty = [&](const std::optional<ConfigValue>& value,
                             std::string_view field) {
    if (!value || !value->text.empty()) return;
    ctx.sink.Report(RuleId::kRQ001, value->span, {{"field", field}}, {},
                    "empty");
  };
  for (const ServiceConfig& service : config.file.services) {
    report_if_empty(service.instance, config.instance_field);
    report_if_empty(service.type, config.type_field);
  }
}

}  // namespace svclint
