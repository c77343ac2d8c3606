// Finding severities, ordered so that `a >= b` means "at least as severe",
// and the one table of what each is called in every output: the name users
// write and read, SARIF's level, GitHub's workflow command, the LSP's
// DiagnosticSeverity number and the colour of the text format. Every
// reporter and parser of severities reads this table; none spells its own.
#ifndef SVCLINT_LINT_CATALOG_SEVERITY_H_
#define SVCLINT_LINT_CATALOG_SEVERITY_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace svclint {

enum class Severity : uint8_t { kInfo = 0, kWarning = 1, kError = 2 };

struct SeverityNames {
  Severity severity;
  std::string_view name;            // "warning": configuration, text, JSON
  std::string_view sarif_level;     // SARIF 2.1.0 result.level
  std::string_view github_command;  // ::warning file=...
  int lsp_severity;                 // LSP DiagnosticSeverity (1 = Error)
  std::string_view ansi_color;      // the text format's colour
};

// Indexed by Severity.
inline constexpr std::array<SeverityNames, 3> kSeverityNames = {{
    {Severity::kInfo, "info", "note", "notice", 3, "\033[1;36m"},
    {Severity::kWarning, "warning", "warning", "warning", 2, "\033[1;33m"},
    {Severity::kError, "error", "error", "error", 1, "\033[1;31m"},
}};

constexpr const SeverityNames& NamesOf(Severity s) {
  return kSeverityNames[static_cast<size_t>(s) < kSeverityNames.size()
                            ? static_cast<size_t>(s)
                            : static_cast<size_t>(Severity::kError)];
}

constexpr std::string_view SeverityName(Severity s) { return NamesOf(s).name; }

constexpr std::optional<Severity> ParseSeverity(std::string_view text) {
  for (const SeverityNames& names : kSeverityNames) {
    if (names.name == text) return names.severity;
  }
  return std::nullopt;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_CATALOG_SEVERITY_H_
