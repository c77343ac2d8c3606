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
// - the whole file, with the loaders' structural issues: the rules whose
//   `input` lists "config" (lint/rules/config/config_facts.h): RQ001 (a
//   required field missing or empty), RQ002 (an unknown key or section),
//   RQ010 (wrong TOML type), PR001 (a port not in 0-65535) and ST004 (an
//   Avahi subtype of another type).
// The checks publish the values to custom rules (.svclint.toml) themselves.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "lint/engine/config_value_mapper.h"
#include "lint/engine/lint_file.h"
#include "lint/model/service_config.h"
#include "lint/parse/avahi_service.h"
#include "lint/parse/dnssd_unit.h"
#include "lint/parse/services_toml.h"
#include "lint/parse/text_positions.h"
#include "lint/rules/checks.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/rule_entry.h"
#include "svclint/rules_config.h"

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
        ctx_(ctx),
        sink_(sink),
        positions_(content),
        mapper_(content, positions_, kind, ctx, sink) {}

  void Lint(const ServiceConfigFile& file) {
    CheckContext check{sink_, ctx_.registry};
    const FieldNames names = NamesFor(kind_);
    RunRules(kConfigRules,
             ConfigFacts{file, names.instance, names.type, positions_}, check);
    for (const ServiceConfig& service : file.services) LintService(service);
  }

 private:
  using Slot = ValueMapper::Slot;

  void LintService(const ServiceConfig& service);
  void LintInstance(const ServiceConfig& service);
  void LintSubtype(const ConfigSubtype& subtype);
  void LintDomain(const ConfigValue& value, DomainKind kind);

  FileKind kind_;
  const LintContext& ctx_;
  DiagnosticSink& sink_;
  TextPositions positions_;
  ValueMapper mapper_;
};

void ConfigLinter::LintInstance(const ServiceConfig& service) {
  const ConfigValue& name = *service.instance;
  if (name.text.empty()) return;  // RQ001, a config rule
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

void ConfigLinter::LintSubtype(const ConfigSubtype& subtype) {
  const ConfigValue& value = subtype.value;
  if (subtype.full) {
    const Slot slot{&value, 0, value.text.size()};
    mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
      CheckServiceType(value.text, at[0], c);
    });
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

void ConfigLinter::LintService(const ServiceConfig& service) {
  if (service.instance) LintInstance(service);
  // An empty type is RQ001's (a config rule).
  if (service.type && !service.type->text.empty()) {
    const ConfigValue& type = *service.type;
    const Slot slot{&type, 0, type.text.size()};
    mapper_.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
      CheckServiceType(type.text, at[0], c);
    });
  }
  for (const ConfigSubtype& subtype : service.subtypes) {
    LintSubtype(subtype);
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
  }
  result.diagnostics = sink.TakeDiagnostics();
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
