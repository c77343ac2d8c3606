// Finding severities, ordered so that `a >= b` means "at least as severe".
#ifndef SVCLINT_LINT_DIAG_SEVERITY_H_
#define SVCLINT_LINT_DIAG_SEVERITY_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace svclint {

enum class Severity : uint8_t { kInfo = 0, kWarning = 1, kError = 2 };

constexpr std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

constexpr std::optional<Severity> ParseSeverity(std::string_view text) {
  if (text == "info") return Severity::kInfo;
  if (text == "warning") return Severity::kWarning;
  if (text == "error") return Severity::kError;
  return std::nullopt;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_SEVERITY_H_
