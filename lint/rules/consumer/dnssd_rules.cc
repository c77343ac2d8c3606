// SD001-SD007: what systemd-resolved refuses or ignores in a .dnssd unit
// (rules/sd.toml cites the systemd source for each). Name= and Type= are
// checked on the loaded service; the per-line rules (repeated keys, case,
// SubType=, TXT lines) read the unit's lines themselves, since the loader
// keeps only the values systemd ends up with.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/text_positions.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"
#include "svclint/rules_config.h"

namespace svclint {
namespace {

// The Name= specifier table of config_parse_dnssd_service_name, with the
// bytes svclint assumes each expands to (SD007; rules/sd.toml says why).
struct Specifier {
  char letter;
  size_t assumed_bytes;
};
constexpr Specifier kNameSpecifiers[] = {
    {'a', 6}, {'b', 32}, {'B', 0}, {'H', 11}, {'m', 32},
    {'o', 6}, {'v', 13}, {'w', 2}, {'W', 0},  {'%', 1},
};
constexpr std::string_view kKnownSpecifiers = "%a %b %B %H %m %o %v %w %W %%";

const Specifier* FindSpecifier(char c) {
  for (const Specifier& s : kNameSpecifiers) {
    if (s.letter == c) return &s;
  }
  return nullptr;
}

constexpr std::string_view kServiceKeys[] = {"Name",    "Type",     "SubType",
                                             "Port",    "Priority", "Weight",
                                             "TxtText", "TxtData"};
constexpr std::string_view kSingleValued[] = {"Name", "Type",     "SubType",
                                              "Port", "Priority", "Weight"};

bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// srv_type_label_is_valid / dnssd_srv_type_is_valid (dns-domain.c), for
// what ST001/ST002/ST003 do not already report as errors.
std::string DnssdTypeProblem(std::string_view type) {
  const std::vector<std::string_view> labels = TypeLabels(type);
  if (labels.size() > 2 && (EqualsIgnoreCase(labels[1], "_tcp") ||
                            EqualsIgnoreCase(labels[1], "_udp"))) {
    return "a domain after the type; systemd publishes in .local itself";
  }
  if (labels.size() != 2) return {};
  for (const std::string_view label : labels) {
    if (label.size() < 2 || label[0] != '_') return {};  // ST001, ST003
    if (!IsLetter(label[1])) {
      return absl::StrCat("'", AsAbsl(Printable(label)),
                          "' does not start with a letter after '_'");
    }
    for (const char c : label.substr(2)) {
      if (!IsLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
        return absl::StrCat("'", AsAbsl(Printable(label)), "' has '",
                            AsAbsl(Printable(std::string_view(&c, 1))),
                            "'; only letters, digits and '-' are allowed");
      }
    }
  }
  return {};
}

// One `Key=value` line of the unit, as conf-parser.c splits it.
struct UnitLine {
  std::string_view key;
  std::string_view value;
  size_t key_offset = 0;
  size_t value_offset = 0;
  size_t end_offset = 0;
  bool in_service = false;
};

// The unit's assignments and section headers, physical line by physical
// line (continuations are rare in the keys these rules read).
class UnitScanner {
 public:
  explicit UnitScanner(std::string_view content) : content_(content) {}

  template <typename OnSection, typename OnAssignment>
  void Scan(OnSection on_section, OnAssignment on_assignment) const {
    bool in_service = false;
    size_t pos = content_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < content_.size()) {
      size_t end = content_.find_first_of("\r\n", pos);
      if (end == std::string_view::npos) end = content_.size();
      std::string_view line = content_.substr(pos, end - pos);
      const size_t lead = line.find_first_not_of(" \t");
      if (lead != std::string_view::npos && line[lead] != '#' &&
          line[lead] != ';') {
        const std::string_view text = StripAsciiWhitespace(line);
        const size_t at = pos + lead;
        if (text.starts_with('[') && text.ends_with(']')) {
          const std::string_view name = text.substr(1, text.size() - 2);
          in_service = name == "Service";
          on_section(name, at, at + text.size());
        } else if (const size_t eq = text.find('='); eq != text.npos) {
          UnitLine u;
          u.key = StripAsciiWhitespace(text.substr(0, eq));
          u.value = StripAsciiWhitespace(text.substr(eq + 1));
          u.key_offset = at;
          u.value_offset = at + (u.value.data() - text.data());
          u.end_offset = at + text.size();
          u.in_service = in_service;
          on_assignment(u);
        }
      }
      pos = end + 1;
    }
  }

 private:
  std::string_view content_;
};

// The systemd rules read .dnssd units (or a TOML list naming systemd).
bool ForSystemd(const ConfigFacts& config) {
  return config.consumer == Consumer::kSystemdResolved;
}

std::string Version(const ConfigFacts& config) {
  return absl::StrCat(config.versions().systemd);
}

// The expanded length of a Name= template, and whether every specifier
// in it is known (SD007 reports only those; SD001 the others).
struct Expansion {
  size_t length = 0;
  std::string detail;  // "%m as 32, %H as 11"
  bool known = true;
};

Expansion Expand(std::string_view text) {
  Expansion e;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%' || i + 1 == text.size()) {
      ++e.length;  // a trailing '%' is copied as it is
      continue;
    }
    const char c = text[++i];
    const Specifier* spec = FindSpecifier(c);
    if (spec == nullptr) {
      e.known = false;
      continue;
    }
    e.length += spec->assumed_bytes;
    if (c != '%') {
      absl::StrAppend(&e.detail, e.detail.empty() ? "" : ", ", "%",
                      absl::string_view(&c, 1), " as ", spec->assumed_bytes);
    }
  }
  return e;
}

}  // namespace

void CheckDnssdUnknownSpecifier(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.instance) continue;
    const std::string_view text = s.instance->text;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      if (text[i] != '%') continue;
      const char c = text[++i];
      if (FindSpecifier(c) != nullptr) continue;
      ctx.sink.Report(RuleId::kSD001, config.SpanOf(*s.instance, i - 1, i + 1),
                      {{"specifier", Printable(std::string_view(&c, 1))},
                       {"known", kKnownSpecifiers},
                       {"version", Version(config)}});
    }
  }
}

void CheckDnssdNameExpandsTooLong(const ConfigFacts& config,
                                  CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.instance || !s.instance_templated) continue;
    const Expansion e = Expand(s.instance->text);
    size_t literal = 0;
    for (const TextRange& r : s.instance_literals) literal += r.end - r.begin;
    // A literal run over 63 bytes is SI002 already.
    if (!e.known || e.length <= 63 || literal > 63) continue;
    ctx.sink.Report(RuleId::kSD007, s.instance->span,
                    {{"length", absl::StrCat(e.length)},
                     {"detail", absl::StrCat(e.detail, " bytes")},
                     {"version", Version(config)}});
  }
}

void CheckDnssdTypeRefused(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  for (const ServiceConfig& s : config.file.services) {
    if (!s.type) continue;
    if (const std::string why = DnssdTypeProblem(s.type->text); !why.empty()) {
      ctx.sink.Report(RuleId::kSD002, s.type->span,
                      {{"type", Printable(s.type->text)},
                       {"reason", why},
                       {"version", Version(config)}});
    }
  }
}

void CheckDnssdSubtypeUnsupported(const ConfigFacts& config,
                                  CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  const int systemd = config.versions().systemd;
  const std::optional<int> since = DnssdKeySince("SubType");
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service || u.key != "SubType" || u.value.empty())
                return;
              const SourceSpan span =
                  config.positions.Span(u.value_offset, u.end_offset);
              if (since && systemd < *since) {
                ctx.sink.Report(RuleId::kSD003, span,
                                {{"since", absl::StrCat(*since)},
                                 {"version", Version(config)}});
              } else if (u.value.find('.') != std::string_view::npos) {
                ctx.sink.Report(
                    RuleId::kSD003, span,
                    {{"label", Printable(u.value.substr(0, u.value.find('.')))},
                     {"value", Printable(u.value)},
                     {"version", Version(config)}},
                    {}, "full-form");
              }
            });
}

void CheckDnssdKeyRepeated(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  std::vector<std::pair<std::string_view, uint32_t>> first_lines;
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service) return;
              for (const std::string_view single : kSingleValued) {
                if (u.key != single) continue;
                const SourceSpan span = config.positions.Span(
                    u.key_offset, u.key_offset + u.key.size());
                const auto first = std::find_if(
                    first_lines.begin(), first_lines.end(),
                    [&](const auto& seen) { return seen.first == single; });
                if (first == first_lines.end()) {
                  first_lines.push_back({single, span.line});
                  continue;
                }
                ctx.sink.Report(RuleId::kSD004, span,
                                {{"key", single},
                                 {"line", absl::StrCat(first->second)},
                                 {"version", Version(config)}});
              }
            });
}

void CheckDnssdTxtSeveralRecords(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  int records = 0;
  UnitScanner(config.content)
      .Scan([](std::string_view, size_t, size_t) {},
            [&](const UnitLine& u) {
              if (!u.in_service || (u.key != "TxtText" && u.key != "TxtData"))
                return;
              // An empty assignment drops the records so far.
              records = u.value.empty() ? 0 : records + 1;
              if (records < 2) return;
              ctx.sink.Report(RuleId::kSD005,
                              config.positions.Span(
                                  u.key_offset, u.key_offset + u.key.size()),
                              {{"key", u.key},
                               {"index", absl::StrCat(records)},
                               {"version", Version(config)}});
            });
}

void CheckDnssdCaseMismatch(const ConfigFacts& config, CheckContext& ctx) {
  if (!ForSystemd(config)) return;
  UnitScanner(config.content)
      .Scan(
          [&](std::string_view name, size_t begin, size_t end) {
            if (name == "Service" || !EqualsIgnoreCase(name, "Service")) {
              return;
            }
            ctx.sink.Report(RuleId::kSD006, config.positions.Span(begin, end),
                            {{"what", "section names"},
                             {"found", absl::StrCat("[", AsAbsl(name), "]")},
                             {"expected", "[Service]"},
                             {"version", Version(config)}});
          },
          [&](const UnitLine& u) {
            if (!u.in_service) return;
            for (const std::string_view known : kServiceKeys) {
              if (u.key == known || !EqualsIgnoreCase(u.key, known)) continue;
              ctx.sink.Report(RuleId::kSD006,
                              config.positions.Span(
                                  u.key_offset, u.key_offset + u.key.size()),
                              {{"what", "keys"},
                               {"found", Printable(u.key)},
                               {"expected", known},
                               {"version", Version(config)}});
            }
          });
}

void CheckDnssdBomComment(const ConfigFacts& config, CheckContext& ctx) {
  const std::string_view content = config.content;
  if (!ForSystemd(config) || !content.starts_with("\xEF\xBB\xBF")) return;
  const size_t lead = content.find_first_not_of(" \t", 3);
  if (lead == std::string_view::npos ||
      (content[lead] != '#' && content[lead] != ';')) {
    return;
  }
  const size_t end = content.find_first_of("\r\n", lead);
  ctx.sink.Report(RuleId::kSD008,
                  config.positions.Span(
                      0, end == std::string_view::npos ? content.size() : end),
                  {{"version", Version(config)}});
}

}  // namespace svclint
