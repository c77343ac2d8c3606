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

#include "lint/base/strings.h"
#include "lint/engine/lint_file.h"
#include "lint/model/request.h"
#include "lint/model/txt_record.h"
#include "lint/parse/request_toml.h"
#include "lint/rules/check_context.h"
#include "lint/rules/checks.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

// The service name gets the same checks as a name on the command line; the
// anchor is its first byte inside the quotes.
void CheckServiceField(const Request& request, CheckContext& ctx) {
  const RequestValue* service = StringField(request.service);
  if (service == nullptr) return;  // missing: RQ001; wrong type: RQ010
  CheckServiceName(service->text, service->text_at, ctx);
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
  // A request defines what each key means, not its value, so each key is
  // checked as the bare key of a TXT string. `txtvers` is the exception:
  // TX007 also wants its value to be a number, which a definition does not
  // have, so it stands for `txtvers=1` (the bytes after the key are never
  // reported at, so no finding points past the key).
  std::vector<std::string> storage;
  storage.reserve(request.txt_keys->value.entries.size());
  std::vector<TxtString> keys;
  for (const RequestField& entry : request.txt_keys->value.entries) {
    storage.push_back(EqualsIgnoreCase(entry.key, "txtvers") ? entry.key + "=1"
                                                             : entry.key);
    keys.push_back({storage.back(), entry.key_at});
  }
  // With the service's name, a registered service's "Defined TXT keys"
  // apply (TX008).
  CheckTxtRecord(keys, ctx, request.txt_keys->value.span,
                 StripAsciiWhitespace(ServiceName(request)));
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
  RunRequestRules(*file, check);
  for (const Request& request : file->requests) {
    CheckServiceField(request, check);
    CheckTxtKeysField(request, check);
    PublishFields(request, sink);
  }
  result.diagnostics = sink.TakeDiagnostics();
  return result;
}

}  // namespace svclint
