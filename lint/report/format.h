// Output formats and the options every reporter shares.
#ifndef SVCLINT_LINT_REPORT_FORMAT_H_
#define SVCLINT_LINT_REPORT_FORMAT_H_

#include <optional>
#include <string_view>

namespace svclint {

enum class OutputFormat { kText, kJson, kSarif, kGithub };

constexpr std::optional<OutputFormat> ParseOutputFormat(std::string_view s) {
  if (s == "text") return OutputFormat::kText;
  if (s == "json") return OutputFormat::kJson;
  if (s == "sarif") return OutputFormat::kSarif;
  if (s == "github") return OutputFormat::kGithub;
  return std::nullopt;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_FORMAT_H_
