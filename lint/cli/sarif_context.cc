#include "lint/cli/sarif_context.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lint/config/config.h"
#include "lint/config/custom_rule.h"

namespace svclint {

void FileSourceLines::SetText(std::string path, std::string text) {
  File file{.readable = true, .text = std::move(text), .starts = {0}};
  for (size_t i = 0; i < file.text.size(); ++i) {
    if (file.text[i] == '\n') file.starts.push_back(i + 1);
  }
  files_[std::move(path)] = std::move(file);
}

FileSourceLines::File& FileSourceLines::Load(std::string_view path) {
  if (auto it = files_.find(path); it != files_.end()) return it->second;
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) return files_[std::string(path)];  // not readable: byte columns
  std::ostringstream buffer;
  buffer << in.rdbuf();
  SetText(std::string(path), std::move(buffer).str());
  return files_.find(path)->second;
}

std::optional<std::string_view> FileSourceLines::Line(std::string_view path,
                                                      uint32_t line) {
  const File& file = Load(path);
  if (!file.readable || line == 0 || line > file.starts.size()) {
    return std::nullopt;
  }
  const size_t begin = file.starts[line - 1];
  size_t end =
      line < file.starts.size() ? file.starts[line] - 1 : file.text.size();
  if (end > begin && file.text[end - 1] == '\r') --end;
  return std::string_view(file.text).substr(begin, end - begin);
}

std::vector<SarifRule> CustomRuleDescriptions(ConfigResolver& resolver) {
  std::vector<SarifRule> out;
  std::set<std::string> seen;
  for (const std::shared_ptr<const FileSettings>& settings :
       resolver.Loaded()) {
    if (!settings->config || !settings->config->custom_rules) continue;
    const std::string config_path =
        std::filesystem::absolute(settings->config->path)
            .lexically_normal()
            .string();
    for (const CustomRule& rule : settings->config->custom_rules->rules()) {
      if (!seen.insert(rule.id).second) continue;
      const std::string pattern = rule.pattern ? rule.pattern->pattern() : "";
      SarifRule described{
          .id = rule.id,
          .slug = rule.slug,
          .severity = rule.severity,
          .summary = rule.message,
          .description = "Custom rule from " + config_path + ": the value of " +
                         rule.field +
                         (rule.must_match ? " must" : " must not") +
                         " match the regular expression " + pattern +
                         ". Its message: " + rule.message,
          .help_uri = FileUri(config_path)};
      out.push_back(std::move(described));
    }
  }
  return out;
}

}  // namespace svclint
