#include "lint/cli/cli_model.h"

#include <CLI/CLI.hpp>
#include <string_view>

#include "absl/strings/str_split.h"

namespace svclint {
namespace {

// What an option's value means is not in CLI11's definition; these are the
// options whose values complete as something other than free text.
CliValue ValueKindOf(std::string_view name) {
  if (name == "--select" || name == "--ignore" || name == "rule") {
    return CliValue::kRuleId;
  }
  if (name == "--registry" || name == "--config" || name == "inputs" ||
      name == "paths") {
    return CliValue::kPath;
  }
  return CliValue::kText;
}

std::string ValueName(CliValue value, std::string_view name) {
  switch (value) {
    case CliValue::kRuleId:
      return "RULE";
    case CliValue::kPath:
      return name == "inputs" ? "INPUT" : name == "paths" ? "PATH" : "FILE";
    case CliValue::kChoice:
    case CliValue::kText:
    case CliValue::kNone:
      break;
  }
  if (name == "--fail-on") return "SEVERITY";
  if (name == "--timeout") return "SECONDS";
  if (name == "--stdin-filename" || name == "--show-config") return "PATH";
  std::string upper;
  for (char c : name.substr(name.find_first_not_of('-'))) {
    upper += c == '-' ? '_' : static_cast<char>(std::toupper(c));
  }
  return upper;
}

// IsMember() describes itself as "{text,json,sarif,github}" in the type
// name ("TEXT:{text,json,sarif,github}").
std::vector<std::string> ChoicesOf(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const size_t open = type.find('{');
  const size_t close = type.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return {};
  }
  std::vector<std::string> choices = absl::StrSplit(
      type.substr(open + 1, close - open - 1), ',', absl::SkipEmpty());
  return choices;
}

CliOption DescribeOption(const CLI::Option& option) {
  CliOption out;
  out.positional = !option.nonpositional();
  out.required = option.get_required();
  out.description = option.get_description();
  if (out.positional) {
    out.names.push_back(option.get_name(true, false));
  } else {
    for (const std::string& s : option.get_snames())
      out.names.push_back("-" + s);
    for (const std::string& l : option.get_lnames())
      out.names.push_back("--" + l);
  }
  if (option.get_expected_max() == 0) return out;  // a flag
  const std::string& key = out.names.back();
  out.choices = ChoicesOf(option);
  out.value = out.choices.empty() ? ValueKindOf(key) : CliValue::kChoice;
  out.value_name = ValueName(out.value, key);
  if (out.value == CliValue::kChoice && out.value_name == "AS") {
    out.value_name = "KIND";
  }
  return out;
}

CliCommand DescribeCommand(const CLI::App& app, const std::string& path) {
  CliCommand out;
  out.name = path.empty() ? "svclint" : app.get_name();
  out.path = path;
  out.description = app.get_description();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    CliOption described = DescribeOption(*option);
    (described.positional ? out.positionals : out.options)
        .push_back(std::move(described));
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden
    out.subcommands.push_back(DescribeCommand(
        *sub, path.empty() ? sub->get_name() : path + " " + sub->get_name()));
  }
  return out;
}

}  // namespace

CliCommand DescribeCli(const CLI::App& app) { return DescribeCommand(app, ""); }

std::vector<std::string> OptionNames(const CliCommand& command) {
  std::vector<std::string> names;
  for (const CliOption& option : command.options) {
    names.insert(names.end(), option.names.begin(), option.names.end());
  }
  return names;
}

}  // namespace svclint
