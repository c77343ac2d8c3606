// SD001-SD007: what systemd-resolved refuses or ignores in a .dnssd unit
// (rules/sd.toml cites the systemd source for each). Name= and Type= are
// checked on the loaded service; the per-line rules (repeated keys, case,
// SubType=, TXT lines) read the unit's lines themselves, since the loader
// keeps only the values systemd ends up with.
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/text_positions.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"

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

class DnssdChecker {
 public:
  DnssdChecker(std::string_view content, const ConsumerVersions& versions,
               DiagnosticSink& sink)
      : content_(content),
        positions_(content),
        version_(absl::StrCat(versions.systemd)),
        systemd_(versions.systemd),
        sink_(sink) {}

  void Check(const ServiceConfigFile& file);

 private:
  void CheckName(const ServiceConfig& s);
  void CheckLines();
  void CheckSubType(const UnitLine& u);

  std::string_view content_;
  TextPositions positions_;
  std::string version_;
  int systemd_;
  DiagnosticSink& sink_;
};

void DnssdChecker::CheckName(const ServiceConfig& s) {
  const std::string_view text = s.instance->text;
  size_t length = 0;
  std::string detail;
  bool unknown = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      ++length;
      continue;
    }
    if (i + 1 == text.size()) {  // a trailing '%' is copied as it is
      ++length;
      break;
    }
    const char c = text[++i];
    if (const Specifier* spec = FindSpecifier(c)) {
      length += spec->assumed_bytes;
      if (c != '%') {
        absl::StrAppend(&detail, detail.empty() ? "" : ", ", "%",
                        absl::string_view(&c, 1), " as ", spec->assumed_bytes);
      }
      continue;
    }
    unknown = true;
    const size_t at = s.instance->OffsetOfByte(i - 1);
    sink_.Report(RuleId::kSD001, positions_.Span(at, at + 2),
                 {{"specifier", Printable(std::string_view(&c, 1))},
                  {"known", kKnownSpecifiers},
                  {"version", version_}});
  }
  size_t literal = 0;
  for (const TextRange& r : s.instance_literals) literal += r.end - r.begin;
  if (!s.instance_templated) literal = text.size();
  // A literal run over 63 bytes is SI002 already.
  if (!unknown && s.instance_templated && length > 63 && literal <= 63) {
    sink_.Report(RuleId::kSD007, s.instance->span,
                 {{"length", absl::StrCat(length)},
                  {"detail", absl::StrCat(detail, " bytes")},
                  {"version", version_}});
  }
}

void DnssdChecker::CheckSubType(const UnitLine& u) {
  if (u.value.empty()) return;
  const SourceSpan span = positions_.Span(u.value_offset, u.end_offset);
  const std::optional<int> since = DnssdKeySince("SubType");
  if (since && systemd_ < *since) {
    sink_.Report(RuleId::kSD003, span,
                 {{"since", absl::StrCat(*since)}, {"version", version_}});
    return;
  }
  if (u.value.find('.') != std::string_view::npos) {
    const std::string_view label = u.value.substr(0, u.value.find('.'));
    sink_.Report(RuleId::kSD003, span,
                 {{"label", Printable(label)},
                  {"value", Printable(u.value)},
                  {"version", version_}},
                 {}, "full-form");
  }
}

void DnssdChecker::CheckLines() {
  std::vector<std::pair<std::string_view, uint32_t>> first_lines;
  int txt_records = 0;
  UnitScanner(content_).Scan(
      [&](std::string_view name, size_t begin, size_t end) {
        if (name != "Service" && EqualsIgnoreCase(name, "Service")) {
          sink_.Report(RuleId::kSD006, positions_.Span(begin, end),
                       {{"what", "section names"},
                        {"found", absl::StrCat("[", AsAbsl(name), "]")},
                        {"expected", "[Service]"},
                        {"version", version_}});
        }
      },
      [&](const UnitLine& u) {
        if (!u.in_service) return;
        const SourceSpan key_span =
            positions_.Span(u.key_offset, u.key_offset + u.key.size());
        for (const std::string_view known : kServiceKeys) {
          if (u.key != known && EqualsIgnoreCase(u.key, known)) {
            sink_.Report(RuleId::kSD006, key_span,
                         {{"what", "keys"},
                          {"found", Printable(u.key)},
                          {"expected", known},
                          {"version", version_}});
          }
        }
        if (u.key == "SubType") CheckSubType(u);
        if (u.key == "TxtText" || u.key == "TxtData") {
          txt_records = u.value.empty() ? 0 : txt_records + 1;
          if (txt_records > 1) {
            sink_.Report(RuleId::kSD005, key_span,
                         {{"key", u.key},
                          {"index", absl::StrCat(txt_records)},
                          {"version", version_}});
          }
        }
        for (const std::string_view single : kSingleValued) {
          if (u.key != single) continue;
          const uint32_t line = key_span.line;
          bool seen = false;
          for (const auto& [key, first] : first_lines) {
            if (key != single) continue;
            seen = true;
            sink_.Report(RuleId::kSD004, key_span,
                         {{"key", single},
                          {"line", absl::StrCat(first)},
                          {"version", version_}});
            break;
          }
          if (!seen) first_lines.push_back({single, line});
        }
      });
}

void DnssdChecker::Check(const ServiceConfigFile& file) {
  for (const ServiceConfig& s : file.services) {
    if (s.instance) CheckName(s);
    if (s.type) {
      if (const std::string why = DnssdTypeProblem(s.type->text);
          !why.empty()) {
        sink_.Report(RuleId::kSD002, s.type->span,
                     {{"type", Printable(s.type->text)},
                      {"reason", why},
                      {"version", version_}});
      }
    }
  }
  CheckLines();
  if (content_.starts_with("\xEF\xBB\xBF")) {
    const size_t lead = content_.find_first_not_of(" \t", 3);
    if (lead != std::string_view::npos &&
        (content_[lead] == '#' || content_[lead] == ';')) {
      const size_t end = content_.find_first_of("\r\n", lead);
      sink_.Report(
          RuleId::kSD008,
          positions_.Span(
              0, end == std::string_view::npos ? content_.size() : end),
          {{"version", version_}});
    }
  }
}

}  // namespace

void CheckDnssdConsumer(const ServiceConfigFile& file, std::string_view content,
                        const ConsumerVersions& versions,
                        DiagnosticSink& sink) {
  DnssdChecker(content, versions, sink).Check(file);
}

}  // namespace svclint
