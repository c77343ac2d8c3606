// The linters for DNS-SD service configurations: Avahi static services,
// systemd-resolved .dnssd units and svclint's services TOML. Each loads the
// file into ServiceConfigs (lint/parse/) and runs the same checks on every
// service, at the exact bytes each value is read from:
//
// - the instance name: CheckInstanceLabel (a bare label, as configs hold
//   it). A templated name (Avahi "%h", systemd "%H", "%m", ...) is checked
//   piece by piece: each run of literal text between wildcards is checked
//   as a label. That keeps every SI rule sound (a literal run over 63 bytes
//   makes the name over 63 bytes), but a name whose literal text fits and
//   whose expansion does not (a long host name) is not flagged: the
//   expansion is only known on the machine. Custom rules see those pieces.
//   Avahi gives every service of a group the group's name: its findings
//   are reported once.
// - the type and each full subtype (Avahi): CheckServiceType; a bare
//   subtype label (systemd SubType=, TOML subtypes): CheckSubtypeLabel.
// - each TXT record: CheckTxtRecord with the service name, for the keys
//   the registry defines for it.
// - the port: PR001 when it is not a number in 0-65535. A missing port or
//   port 0 is fine: Avahi and systemd publish port 0, which DNS-SD uses for
//   a service that is advertised but not offered on this host.
// - the loaders' structural issues: RQ001 (a required field missing or
//   empty), RQ002 (an unknown key or section), RQ010 (wrong TOML type).
// The checks publish the values to custom rules (.svclint.toml) themselves.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/engine/config_value_mapper.h"
#include "lint/engine/lint_file.h"
#include "lint/model/service_config.h"
#include "lint/parse/avahi_service.h"
#include "lint/parse/avahi_values.h"
#include "lint/parse/dnssd_name.h"
#include "lint/parse/dnssd_unit.h"
#include "lint/parse/services_toml.h"
#include "lint/parse/text_positions.h"
#include "lint/rules/checks.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

// How each format spells the fields findings talk about.
struct FieldNames {
  std::string_view instance;
  std::string_view type;
};

FieldNames NamesFor(FileKind kind) {
  switch (kind) {
    case FileKind::kAvahi:
      return {"<name>", "<type>"};
    case FileKind::kDnssd:
      return {"Name", "Type"};
    default:
      return {"instance", "type"};
  }
}

// "_ipp._tcp" -> "ipp": the service name whose TXT keys the registry lists.
std::string_view ServiceNameOf(std::string_view type) {
  if (type.empty() || type[0] != '_') return {};
  type.remove_prefix(1);
  return type.substr(0, type.find('.'));
}

class ConfigLinter {
 public:
  ConfigLinter(std::string_view content, FileKind kind, const LintContext& ctx,
               DiagnosticSink& sink)
      : kind_(kind),
        sink_(sink),
        positions_(content),
        mapper_(content, positions_, kind, ctx, sink) {}

  void Lint(const ServiceConfigFile& file) {
    for (const ConfigIssue& issue : file.issues) ReportIssue(issue);
    for (const ServiceConfig& service : file.services) LintService(service);
  }

 private:
  using Slot = ValueMapper::Slot;

  void ReportIssue(const ConfigIssue& issue);
  void LintService(const ServiceConfig& service);
  void LintInstance(const ServiceConfig& service);
  void LintSubtype(const ConfigSubtype& subtype, const ServiceConfig& service);
  void LintDomain(const ConfigValue& value, DomainKind kind);
  void LintPort(const ServiceConfig& service);
  // RQ001 "empty" for a required value that is present but empty.
  bool ReportIfEmpty(const ConfigValue& value, std::string_view field) {
    if (!value.text.empty()) return false;
    sink_.Report(RuleId::kRQ001, value.span, {{"field", field}}, {}, "empty");
    return true;
  }

  FileKind kind_;
  DiagnosticSink& sink_;
  TextPositions positions_;
  ValueMapper mapper_;
};

void ConfigLinter::ReportIssue(const ConfigIssue& issue) {
  switch (issue.kind) {
    case ConfigIssue::Kind::kUnknownField:
      // `name=` for `Name=`, `[service]` for `[Service]`: SD006, an error.
      if (kind_ == FileKind::kDnssd && !issue.suggestion.empty() &&
          EqualsIgnoreCase(issue.field, issue.suggestion)) {
        break;
      }
      if (issue.suggestion.empty()) {
        sink_.Report(RuleId::kRQ002, issue.span,
                     {{"key", issue.field}, {"table", issue.where}});
      } else {
        sink_.Report(RuleId::kRQ002, issue.span,
                     {{"key", issue.field},
                      {"table", issue.where},
                      {"suggestion", issue.suggestion}},
                     {}, "suggest");
      }
      break;
    case ConfigIssue::Kind::kMissingField:
      sink_.Report(RuleId::kRQ001, issue.span, {{"field", issue.field}});
      break;
    case ConfigIssue::Kind::kWrongType:
      sink_.Report(RuleId::kRQ010, issue.span,
                   {{"field", issue.field},
                    {"expected", issue.where},
                    {"actual", issue.found}});
      break;
  }
}

void ConfigLinter::LintInstance(const ServiceConfig& service) {
  const ConfigValue& name = *service.instance;
  if (ReportIfEmpty(name, NamesFor(kind_).instance)) return;
  std::vector<Slot> slots;
  if (service.instance_templated) {
    for (const TextRange& r : service.instance_literals) {
      if (r.end > r.begin) slots.push_back({&name, r.begin, r.end});
    }
  } else {
    slots.push_back({&name, 0, name.text.size()});
  }
  for (const Slot& slot : slots) {
    const std::string_view text =
        std::string_view(name.text).substr(slot.begin, slot.end - slot.begin);
    mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
      CheckInstanceLabel(text, at[0], c);
    });
  }
}

// "_http._tcp.local." and "_HTTP._tcp" name the same type: the service and
// protocol labels compare without case, the domain not at all.
bool SameType(std::string_view a, std::string_view b) {
  auto two_labels = [](std::string_view t) {
    const size_t first = t.find('.');
    if (first == std::string_view::npos) return t;
    return t.substr(0, t.find('.', first + 1));
  };
  return EqualsIgnoreCase(two_labels(a), two_labels(b));
}

void ConfigLinter::LintSubtype(const ConfigSubtype& subtype,
                               const ServiceConfig& service) {
  const ConfigValue& value = subtype.value;
  if (subtype.full) {
    const Slot slot{&value, 0, value.text.size()};
    mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
      CheckServiceType(value.text, at[0], c);
    });
    // Avahi announces the subtype under the service's own type, whatever
    // the subtype text says after "_sub".
    // The type a full subtype names: "_printer._sub._ipp._tcp" -> "_ipp._tcp".
    const size_t marker = FindSubMarker(value.text);
    const size_t type_at = marker == std::string_view::npos
                               ? marker
                               : marker + std::string_view("._sub.").size();
    if (type_at != std::string_view::npos && service.type &&
        !service.type->text.empty()) {
      const std::string_view named =
          std::string_view(value.text).substr(type_at);
      const std::string_view own = service.type->text;
      if (!SameType(named, own)) {
        const Slot part{&value, type_at, value.text.size()};
        mapper_.Run(
            {&part, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
              c.sink.Report(RuleId::kST004, SpanAt(at[0], 0, named.size()),
                            {{"subtype_type", Printable(named)},
                             {"type", Printable(own)}},
                            {}, "other-type");
            });
      }
    }
    return;
  }
  const Slot slot{&value, 0, value.text.size()};
  mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
    CheckSubtypeLabel(value.text, at[0], c);
  });
}

void ConfigLinter::LintDomain(const ConfigValue& value, DomainKind kind) {
  const Slot slot{&value, 0, value.text.size()};
  mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
    CheckDomainName(value.text, at[0], kind, c);
  });
}

void ConfigLinter::LintPort(const ServiceConfig& service) {
  const ConfigValue& port = *service.port;
  const std::string_view text = StripAsciiWhitespace(port.text);
  if (text.empty()) return;  // Avahi reads an empty <port> as port 0
  std::optional<int64_t> number = service.port_number;
  if (kind_ == FileKind::kAvahi) {
    // avahi-daemon reads the port with atoi(): "8080/tcp" is 8080 (AV006
    // says so); only a result outside 0-65535 refuses the file.
    number = AvahiAtoi(port.text);
  }
  if (number && *number >= 0 && *number <= 65535) return;
  const std::string shown =
      number ? absl::StrCat(*number) : absl::StrCat("'", AsAbsl(text), "'");
  sink_.Report(RuleId::kPR001, port.span, {{"port", shown}});
}

void ConfigLinter::LintService(const ServiceConfig& service) {
  if (service.instance) LintInstance(service);
  if (service.type && !ReportIfEmpty(*service.type, NamesFor(kind_).type)) {
    const ConfigValue& type = *service.type;
    const Slot slot{&type, 0, type.text.size()};
    mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
      CheckServiceType(type.text, at[0], c);
    });
  }
  for (const ConfigSubtype& subtype : service.subtypes) {
    LintSubtype(subtype, service);
  }
  if (service.domain) LintDomain(*service.domain, DomainKind::kDomain);
  if (service.host) LintDomain(*service.host, DomainKind::kHost);
  const std::string_view name =
      service.type ? ServiceNameOf(service.type->text) : std::string_view();
  for (const ConfigTxtRecord& record : service.txt_records) {
    std::vector<Slot> slots;
    slots.reserve(record.strings.size());
    for (const ConfigValue& s : record.strings) {
      slots.push_back({&s, 0, s.text.size()});
    }
    mapper_.Run(slots, [&](std::span<const Anchor> at, CheckContext& c) {
      std::vector<TxtString> strings;
      strings.reserve(record.strings.size());
      for (size_t i = 0; i < record.strings.size(); ++i) {
        strings.push_back(
            {record.strings[i].text, at[i], record.strings[i].element});
      }
      CheckTxtRecord(strings, c, record.span, name);
    });
  }
  if (service.port) LintPort(service);
}

// Avahi gives every service of a group the group's name, so the instance
// findings come once per service: keep one of each.
void RemoveDuplicates(std::vector<Diagnostic>& diagnostics) {
  auto key = [](const Diagnostic& d) {
    return std::tie(d.span, d.rule_id, d.message);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     return key(a) < key(b);
                   });
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [&](const Diagnostic& a, const Diagnostic& b) {
                                  return key(a) == key(b);
                                }),
                    diagnostics.end());
}

const ConsumerVersions& VersionsOf(const LintContext& ctx) {
  static const ConsumerVersions kDefaults;
  return ctx.consumers != nullptr ? *ctx.consumers : kDefaults;
}

using Loader = absl::StatusOr<ServiceConfigFile> (*)(std::string_view,
                                                     std::string_view);

FileResult LintConfigFile(std::string_view path, std::string_view content,
                          FileKind kind, Loader load, const LintContext& ctx) {
  DiagnosticSink sink = NewSink(path, ctx);
  FileResult result;
  absl::StatusOr<ServiceConfigFile> file = load(path, content);
  if (!file.ok()) {
    ReportParseError(file.status(), kind, sink);
    result.parse_failed = true;
  } else {
    ConfigLinter(content, kind, ctx, sink).Lint(*file);
    // What the file's consumer does with it (issue 13): AV and SD rules.
    // The file kind names the consumer; a TOML service list may.
    const ConsumerVersions& versions = VersionsOf(ctx);
    if (kind == FileKind::kAvahi || file->consumer == "avahi") {
      CheckAvahiConsumer(*file, versions, sink);
    }
    if (kind == FileKind::kDnssd || file->consumer == "systemd") {
      CheckDnssdConsumer(*file, content, versions, sink);
    }
  }
  result.diagnostics = sink.TakeDiagnostics();
  // Severity by consumer: the file kind names it; a TOML list may.
  FileKind consumer_kind = kind;
  if (file.ok() && file->consumer == "avahi") consumer_kind = FileKind::kAvahi;
  if (file.ok() && file->consumer == "systemd") {
    consumer_kind = FileKind::kDnssd;
  }
  ApplyConsumerSeverity(consumer_kind, VersionsOf(ctx), result.diagnostics);
  RemoveDuplicates(result.diagnostics);
  return result;
}

}  // namespace

FileResult LintServicesFile(std::string_view path, std::string_view content,
                            const LintContext& ctx) {
  return LintConfigFile(path, content, FileKind::kServices, ParseServicesToml,
                        ctx);
}

FileResult LintAvahiFile(std::string_view path, std::string_view content,
                         const LintContext& ctx) {
  return LintConfigFile(path, content, FileKind::kAvahi, ParseAvahiService,
                        ctx);
}

FileResult LintDnssdFile(std::string_view path, std::string_view content,
                         const LintContext& ctx) {
  return LintConfigFile(path, content, FileKind::kDnssd, ParseDnssdUnit, ctx);
}

}  // namespace svclint
