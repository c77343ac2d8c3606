// AV001-AV008: what avahi-daemon 0.8 refuses or publishes differently
// (rules/av.toml cites the Avahi source for each). The checks mirror
// avahi-common/domain.c and avahi-core/entry.c as static-services.c calls
// them; the consumer oracle (tests/consumers/) holds them to the daemon.
#include <arpa/inet.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/avahi_values.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

// AV007: the host name svclint assumes for each %h (rules/av.toml says
// why this one).
constexpr std::string_view kCommonHostName = "raspberrypi";

bool IsProtocolLabel(std::string_view label) {
  return EqualsIgnoreCase(label, "_tcp") || EqualsIgnoreCase(label, "_udp");
}

// What avahi_is_valid_service_type_strict refuses that the ST rules do
// not: a domain after the protocol, a service label of 2 bytes or less.
std::string_view AvahiTypeProblem(std::string_view type) {
  const std::vector<std::string_view> labels = TypeLabels(type);
  if (labels.size() > 2 && IsProtocolLabel(labels[1])) {
    return "a domain after the type; write it in <domain-name>";
  }
  if (labels.size() == 2 && !labels[0].empty() && labels[0][0] == '_' &&
      labels[0].size() <= 2 && IsProtocolLabel(labels[1])) {
    return "a service label of two bytes or less";
  }
  return {};
}

// avahi_is_valid_fqdn's two refusals: one label, an IP address.
std::string_view AvahiHostProblem(std::string_view host) {
  const std::vector<std::string_view> labels = TypeLabels(host);
  const std::string name(host.substr(0, host.size() - host.ends_with('.')));
  unsigned char address[16];
  if (inet_pton(AF_INET, name.c_str(), address) == 1 ||
      inet_pton(AF_INET6, name.c_str(), address) == 1) {
    return "an IP address";
  }
  if (labels.size() < 2 && !host.empty()) return "a single label";
  return {};
}

std::string_view ProtocolOf(const ServiceConfig& s) {
  return s.protocol ? std::string_view(s.protocol->text) : "any";
}

bool ProtocolsOverlap(std::string_view a, std::string_view b) {
  return a == "any" || b == "any" || a == b;
}

bool SameTypeAndDomain(const ServiceConfig& a, const ServiceConfig& b) {
  if (!a.type || !b.type) return false;
  const std::vector<std::string_view> la = TypeLabels(a.type->text);
  const std::vector<std::string_view> lb = TypeLabels(b.type->text);
  if (la.size() != lb.size()) return false;
  for (size_t i = 0; i < la.size(); ++i) {
    if (!EqualsIgnoreCase(la[i], lb[i])) return false;
  }
  const std::string_view da = a.domain ? std::string_view(a.domain->text) : "";
  const std::string_view db = b.domain ? std::string_view(b.domain->text) : "";
  return EqualsIgnoreCase(da, db);
}

class AvahiChecker {
 public:
  AvahiChecker(const ConsumerVersions& versions, DiagnosticSink& sink)
      : version_(versions.avahi), sink_(sink) {}

  void Check(const ServiceConfigFile& file) {
    if (!file.services.empty()) CheckName(file.services.front());
    for (size_t i = 0; i < file.services.size(); ++i) {
      const ServiceConfig& s = file.services[i];
      CheckService(s);
      for (size_t j = 0; j < i; ++j) {
        if (SameTypeAndDomain(file.services[j], s) &&
            ProtocolsOverlap(ProtocolOf(file.services[j]), ProtocolOf(s))) {
          sink_.Report(
              RuleId::kAV004, s.type->span,
              {{"type", Printable(s.type->text)},
               {"protocol", ProtocolOf(s)},
               {"line", absl::StrCat(file.services[j].type->span.line)},
               {"version", version_}});
          break;
        }
      }
    }
  }

 private:
  void CheckName(const ServiceConfig& s);
  void CheckService(const ServiceConfig& s);

  std::string version_;
  DiagnosticSink& sink_;
};

void AvahiChecker::CheckName(const ServiceConfig& s) {
  if (!s.instance) return;
  const std::string_view text = s.instance->text;
  if (!s.instance_templated) {
    if (text.find("%h") != std::string_view::npos) {
      sink_.Report(RuleId::kAV008, s.instance->span, {{"version", version_}});
    }
    return;
  }
  size_t literal = 0;
  for (const TextRange& r : s.instance_literals) literal += r.end - r.begin;
  const size_t wildcards = (text.size() - literal) / 2;
  const size_t length = literal + wildcards * kCommonHostName.size();
  // A literal run over 63 bytes is SI002 already.
  if (length > 63 && literal <= 63) {
    sink_.Report(RuleId::kAV007, s.instance->span,
                 {{"length", absl::StrCat(length)},
                  {"host_length", absl::StrCat(kCommonHostName.size())},
                  {"host", kCommonHostName},
                  {"version", version_}});
  }
}

void AvahiChecker::CheckService(const ServiceConfig& s) {
  if (s.type) {
    if (const std::string_view why = AvahiTypeProblem(s.type->text);
        !why.empty()) {
      sink_.Report(RuleId::kAV001, s.type->span,
                   {{"type", Printable(s.type->text)},
                    {"reason", why},
                    {"version", version_}});
    }
  }
  for (const ConfigSubtype& sub : s.subtypes) {
    const std::vector<std::string_view> labels = TypeLabels(sub.value.text);
    if (labels.size() >= 2 && EqualsIgnoreCase(labels[1], "_sub") &&
        !labels[0].empty() && labels[0][0] == '_' && labels[0].size() <= 2) {
      sink_.Report(RuleId::kAV002, sub.value.span,
                   {{"label", Printable(labels[0])}, {"version", version_}});
    }
  }
  if (s.host) {
    if (const std::string_view why = AvahiHostProblem(s.host->text);
        !why.empty()) {
      sink_.Report(RuleId::kAV003, s.host->span,
                   {{"host", Printable(s.host->text)},
                    {"reason", why},
                    {"version", version_}});
    }
  }
  // An empty string beside others is TX001.
  for (const ConfigTxtRecord& record : s.txt_records) {
    if (record.strings.size() != 1) continue;
    for (const ConfigValue& string : record.strings) {
      if (string.text.empty()) {
        sink_.Report(RuleId::kAV005,
                     string.element ? *string.element : string.span,
                     {{"version", version_}});
      }
    }
  }
  if (s.port && !IsPlainAvahiPort(s.port->text)) {
    const int64_t port = AvahiAtoi(s.port->text);
    // Outside 0-65535 the file is refused: PR001 says so.
    if (port >= 0 && port <= 65535 &&
        !StripAsciiWhitespace(s.port->text).empty()) {
      sink_.Report(RuleId::kAV006, s.port->span,
                   {{"text", Printable(s.port->text)},
                    {"port", absl::StrCat(port)},
                    {"version", version_}});
    }
  }
}

}  // namespace

std::vector<std::string_view> TypeLabels(std::string_view type) {
  std::vector<std::string_view> labels;
  size_t begin = 0;
  for (size_t i = 0; i < type.size(); ++i) {
    if (type[i] == '\\') {
      ++i;
      continue;
    }
    if (type[i] == '.') {
      labels.push_back(type.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  if (begin < type.size()) labels.push_back(type.substr(begin));
  return labels;
}

void CheckAvahiConsumer(const ServiceConfigFile& file,
                        const ConsumerVersions& versions,
                        DiagnosticSink& sink) {
  AvahiChecker(versions, sink).Check(file);
}

}  // namespace svclint
