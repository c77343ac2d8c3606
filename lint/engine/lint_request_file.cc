// LintRequestFile: parse an IANA assignment request file, run the request
// rules (lint/rules/request/request_rules.h) on each [[request]], and run
// the service-name (SN) and TXT key (TX) validators on the fields they
// apply to: `service` and the keys of `txt_keys`.
//
//   svclint lint request.toml
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lint/engine/lint_file.h"
#include "lint/model/request.h"
#include "lint/parse/request_toml.h"
#include "lint/rules/check_context.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

// TODO(requests): drop this guard once lint/rules/checks.h has landed; the
// tree must build while the name/TXT validators are being written.
#if __has_include("lint/rules/checks.h")
#include "lint/rules/checks.h"
#define SVCLINT_HAVE_CHECKS_H_ 1
#endif

// The service name gets the same checks as a name on the command line; the
// anchor is its first byte inside the quotes.
void CheckServiceField(const Request& request, CheckContext& ctx) {
  const RequestValue* service = StringField(request.service);
  if (service == nullptr) return;  // missing: RQ001; wrong type: RQ010
#ifdef SVCLINT_HAVE_CHECKS_H_
  CheckServiceName(service->text, service->text_at, ctx);
#else
  (void)ctx;
#endif
}

// The keys of `txt_keys` are the keys of the service's TXT record, in the
// order written (txtvers first, RFC 6763 §6.7), so the TX key rules apply
// to them. `txt_keys = {}` states that the record has no keys: nothing to
// check.
void CheckTxtKeysField(const Request& request, CheckContext& ctx) {
  if (!request.txt_keys.has_value() ||
      request.txt_keys->value.kind != ValueKind::kTable ||
      request.txt_keys->value.entries.empty()) {
    return;
  }
#ifdef SVCLINT_HAVE_CHECKS_H_
  std::vector<TxtString> keys;
  for (const RequestField& entry : request.txt_keys->value.entries) {
    keys.push_back({entry.key, entry.key_at});
  }
  CheckTxtRecord(keys, ctx, request.txt_keys->value.span);
#else
  (void)ctx;
#endif
}

// Values that custom rules (.svclint.toml) may match.
void PublishFields(const Request& request, DiagnosticSink& sink) {
  auto publish = [&](std::string_view name, const RequestValue* value) {
    if (value != nullptr) sink.Field(name, value->text, value->TextSpan());
  };
  publish("request.service", StringField(request.service));
  publish("request.description", StringField(request.description));
  publish("request.reference", StringField(request.reference));
  auto party = [&](const std::optional<RequestField>& field,
                   std::string_view name_key, std::string_view email_key) {
    if (!field.has_value() || field->value.kind != ValueKind::kTable) return;
    publish(name_key, StringField(field->Find("name")));
    publish(email_key, StringField(field->Find("email")));
  };
  party(request.assignee, "request.assignee.name", "request.assignee.email");
  party(request.contact, "request.contact.name", "request.contact.email");
}

}  // namespace

FileResult LintRequestFile(std::string_view path, std::string_view content,
                           const LintContext& ctx) {
  DiagnosticSink sink = NewSink(path, ctx);
  FileResult result;
  absl::StatusOr<RequestFile> file = ParseRequestToml(path, content);
  if (!file.ok()) {
    ReportParseError(file.status(), FileKind::kRequest, sink);
    result.parse_failed = true;
    result.diagnostics = sink.TakeDiagnostics();
    return result;
  }
  CheckContext check{sink, ctx.registry};
  for (const RequestRule& rule : RequestRules()) {
    if (!sink.Enabled(rule.id)) continue;
    if (rule.check_file != nullptr) rule.check_file(*file, check);
    if (rule.check_request == nullptr) continue;
    for (const Request& request : file->requests) {
      rule.check_request(request, check);
    }
  }
  for (const Request& request : file->requests) {
    CheckServiceField(request, check);
    CheckTxtKeysField(request, check);
    PublishFields(request, sink);
  }
  result.diagnostics = sink.TakeDiagnostics();
  return result;
}

}  // namespace svclint
