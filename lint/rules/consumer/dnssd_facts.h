// What the SD rules share: systemd-resolved's Name= specifier table and
// type check (src/resolve/resolved-conf.c, src/shared/dns-domain.c), a
// reader of the unit's lines as conf-parser.c splits them, and whether a
// file is systemd's to read.
#ifndef SVCLINT_LINT_RULES_CONSUMER_DNSSD_FACTS_H_
#define SVCLINT_LINT_RULES_CONSUMER_DNSSD_FACTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/consumer/consumer_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

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

inline const Specifier* FindSpecifier(char c) {
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

inline bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// srv_type_label_is_valid / dnssd_srv_type_is_valid (dns-domain.c), for
// what ST001/ST002/ST003 do not already report as errors.
inline std::string DnssdTypeProblem(std::string_view type) {
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
inline bool ForSystemd(const ConfigFacts& config) {
  return config.consumer == Consumer::kSystemdResolved;
}

inline std::string Version(const ConfigFacts& config) {
  return absl::StrCat(config.versions().systemd);
}

// The expanded length of a Name= template, and whether every specifier
// in it is known (SD007 reports only those; SD001 the others).
struct Expansion {
  size_t length = 0;
  std::string detail;  // "%m as 32, %H as 11"
  bool known = true;
};

inline Expansion Expand(std::string_view text) {
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

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CONSUMER_DNSSD_FACTS_H_
