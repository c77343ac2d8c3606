// RQ010 field-type: a request field holds the wrong type of TOML value
// (SPEC §2). It is reported once, here; the rules that read the field skip
// it.
//
//   port = "80"          -> "'port' must be an integer or \"user\", not a
//                            string holding a number"
//   transports = "tcp"   -> "'transports' must be an array of strings, ..."
//
// In a service config (input "config"): a value of the wrong TOML type,
// as the services TOML loader found it (port = "631").
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/request/request_rules.h"

namespace svclint {
namespace {

void Report(std::string_view field, std::string_view expected,
            const RequestValue& value, CheckContext& ctx) {
  ctx.sink.Report(RuleId::kRQ010, value.span,
                  {{"field", field},
                   {"expected", expected},
                   {"actual", ValueKindName(value.kind)}});
}

// `field` must be a string.
void String(const std::optional<RequestField>& field, std::string_view name,
            CheckContext& ctx) {
  if (field.has_value() && !field->value.is_string()) {
    Report(name, "a string", field->value, ctx);
  }
}

// Every item of an array must be `kind`.
void Items(const RequestValue& array, std::string_view name, ValueKind kind,
           CheckContext& ctx) {
  for (size_t i = 0; i < array.items.size(); ++i) {
    const RequestValue& item = array.items[i];
    if (item.kind != kind) {
      Report(absl::StrCat(AsAbsl(name), "[", i, "]"), ValueKindName(kind), item,
             ctx);
    }
  }
}

// A table whose entries are strings: all of them for txt_keys, the known
// ones for assignee and contact (unknown keys are RQ002's).
void StringTable(const std::optional<RequestField>& field,
                 std::string_view name, bool known_keys_only,
                 CheckContext& ctx) {
  if (!field.has_value()) return;
  if (field->value.kind != ValueKind::kTable) {
    Report(name, "a table", field->value, ctx);
    return;
  }
  for (const RequestField& entry : field->value.entries) {
    const bool known = std::find(std::begin(kPartyKeys), std::end(kPartyKeys),
                                 entry.key) != std::end(kPartyKeys);
    if (known_keys_only && !known) continue;
    if (!entry.value.is_string()) {
      Report(absl::StrCat(AsAbsl(name), ".", AsAbsl(entry.key)), "a string",
             entry.value, ctx);
    }
  }
}

bool IsDecimal(std::string_view text) {
  text = StripAsciiWhitespace(text);
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

void CheckFieldType(const Request& request, CheckContext& ctx) {
  String(request.service, "service", ctx);
  String(request.port_rationale, "port_rationale", ctx);
  String(request.description, "description", ctx);
  String(request.reference, "reference", ctx);
  String(request.notes, "notes", ctx);

  if (request.transports.has_value()) {
    const RequestValue& v = request.transports->value;
    if (v.kind != ValueKind::kArray) {
      Report("transports", "an array of strings", v, ctx);
    } else {
      Items(v, "transports", ValueKind::kString, ctx);
    }
  }
  if (request.port.has_value()) {
    const RequestValue& v = request.port->value;
    if (v.is_string() && IsDecimal(v.text)) {
      ctx.sink.Report(RuleId::kRQ010, v.span,
                      {{"field", "port"},
                       {"expected", "an integer or \"user\""},
                       {"actual", "a number in quotes"}});
    } else if (!v.is_string() && v.kind != ValueKind::kInteger) {
      Report("port", "an integer or \"user\"", v, ctx);
    }
  }
  if (request.ports.has_value()) {
    const RequestValue& v = request.ports->value;
    if (v.kind == ValueKind::kArray) {
      Items(v, "ports", ValueKind::kInteger, ctx);
    } else if (!v.is_string() && v.kind != ValueKind::kInteger) {
      Report("ports", "a \"LOW-HIGH\" string or an array of integers", v, ctx);
    }
  }
  if (request.casting.has_value()) {
    const RequestValue& v = request.casting->value;
    if (v.kind == ValueKind::kArray) {
      Items(v, "casting", ValueKind::kString, ctx);
    } else if (!v.is_string()) {
      Report("casting", "a string or an array of strings", v, ctx);
    }
  }
  if (request.dnssd.has_value() &&
      request.dnssd->value.kind != ValueKind::kBoolean) {
    Report("dnssd", "a boolean (true or false)", request.dnssd->value, ctx);
  }
  if (request.service_code.has_value()) {
    const RequestValue& v = request.service_code->value;
    if (!v.is_string() && v.kind != ValueKind::kInteger) {
      Report("service_code", "an integer or \"SC:xxxx\"", v, ctx);
    }
  }
  StringTable(request.assignee, "assignee", true, ctx);
  StringTable(request.contact, "contact", true, ctx);
  StringTable(request.txt_keys, "txt_keys", false, ctx);
}

void CheckFieldTypeInRequestFile(const RequestFile& file, CheckContext& ctx) {
  for (const RequestField& field : file.malformed) {
    if (field.value.kind == ValueKind::kArray) {
      for (const RequestValue& item : field.value.items) {
        if (item.kind != ValueKind::kTable) {
          Report("request", "a table ([[request]])", item, ctx);
        }
      }
    } else {
      Report("request", "an array of tables ([[request]])", field.value, ctx);
    }
  }
}

void CheckFieldTypeInConfig(const ConfigFacts& config, CheckContext& ctx) {
  for (const ConfigIssue& issue : config.file.issues) {
    if (issue.kind != ConfigIssue::Kind::kWrongType) continue;
    ctx.sink.Report(RuleId::kRQ010, issue.span,
                    {{"field", issue.field},
                     {"expected", issue.where},
                     {"actual", issue.found}});
  }
}

}  // namespace svclint
