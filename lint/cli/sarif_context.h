// What the SARIF log needs beyond the findings, from the command line's
// side: the source lines (for columns in UTF-16 code units), read from the
// files on demand, and the descriptions of the custom rules in force.
#ifndef SVCLINT_LINT_CLI_SARIF_CONTEXT_H_
#define SVCLINT_LINT_CLI_SARIF_CONTEXT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/engine/config_resolver.h"
#include "lint/report/sarif_reporter.h"

namespace svclint {

// Reads each file once, on its first line asked for, and indexes its lines.
// "-" and "<args>" are given as `inline_texts` (stdin, the names checked).
class FileSourceLines final : public SourceLines {
 public:
  std::optional<std::string_view> Line(std::string_view path,
                                       uint32_t line) override;
  void SetText(std::string path, std::string text);

 private:
  struct File {
    bool readable = false;
    std::string text;
    std::vector<size_t> starts;  // byte offset of each line
  };
  File& Load(std::string_view path);

  std::map<std::string, File, std::less<>> files_;
};

// The custom rules of every configuration `resolver` loaded, described for
// SARIF; help points at the .svclint.toml that defines each.
std::vector<SarifRule> CustomRuleDescriptions(ConfigResolver& resolver);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_SARIF_CONTEXT_H_
