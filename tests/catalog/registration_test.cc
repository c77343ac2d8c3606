// Rule registration: every rule whose catalogue entry names an `input` has
// exactly one check registered for each input it lists, in one file named
// by its slug, and every check function in lint/rules/ is registered.
//
// The tables are generated from rules/*.toml (tools/catalog_gen.cc), so
// these tests pin the generator's contract and catch a check written but
// never registered (no `input` key: it would compile and never run).

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "lint/catalog/catalog.h"
#include "svclint/rule_inputs.h"
#include "svclint/rules_config.h"
#include "svclint/rules_domain.h"
#include "svclint/rules_instance.h"
#include "svclint/rules_name.h"
#include "svclint/rules_registry.h"
#include "svclint/rules_request.h"
#include "svclint/rules_request_file.h"
#include "svclint/rules_txt.h"
#include "svclint/rules_txt_string.h"
#include "svclint/rules_type.h"

namespace svclint {
namespace {

template <typename Table>
std::vector<RuleId> Ids(const Table& table) {
  std::vector<RuleId> ids;
  for (const auto& rule : table) {
    EXPECT_NE(rule.check, nullptr);
    ids.push_back(rule.id);
  }
  return ids;
}

static_assert(std::size(kRuleInputs) == kBuiltinRuleCount);

// Input kind -> the ids its generated table registers, in table order.
std::map<std::string, std::vector<RuleId>> RegisteredTables() {
  return {{"name", Ids(kNameRules)},
          {"type", Ids(kTypeRules)},
          {"instance", Ids(kInstanceRules)},
          {"txt-string", Ids(kTxtStringRules)},
          {"txt", Ids(kTxtRules)},
          {"domain", Ids(kDomainRules)},
          {"request", Ids(kRequestRules)},
          {"request-file", Ids(kRequestFileRules)},
          {"config", Ids(kConfigRules)},
          {"registry", Ids(kRegistryRules)}};
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  if (text.empty()) return parts;
  for (size_t begin = 0;;) {
    const size_t end = text.find(separator, begin);
    parts.emplace_back(text.substr(begin, end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

std::vector<std::string> InputsOf(const RuleInfo& rule) {
  return Split(kRuleInputs[&rule - BuiltinRules().data()], ',');
}

// "name-too-long" -> "NameTooLong"
std::string Camel(std::string_view kebab) {
  std::string out;
  for (const std::string& part : Split(kebab, '-')) {
    out += static_cast<char>(std::toupper(part[0]));
    out += part.substr(1);
  }
  return out;
}

TEST(RuleRegistrationTest, EachListedInputHasExactlyOneCheck) {
  const auto tables = RegisteredTables();
  for (const RuleInfo& rule : BuiltinRules()) {
    const RuleId id = static_cast<RuleId>(&rule - BuiltinRules().data());
    for (const std::string& input : InputsOf(rule)) {
      ASSERT_TRUE(tables.contains(input)) << rule.id << ": " << input;
      const std::vector<RuleId>& ids = tables.at(input);
      EXPECT_EQ(std::count(ids.begin(), ids.end(), id), 1)
          << rule.id << " in the '" << input << "' table";
    }
  }
}

TEST(RuleRegistrationTest, EachRegisteredCheckIsListedInItsRule) {
  for (const auto& [input, ids] : RegisteredTables()) {
    for (size_t i = 0; i < ids.size(); ++i) {
      // In id order, which is the order findings come in.
      if (i > 0) {
        EXPECT_LT(ids[i - 1], ids[i]) << input;
      }
      const RuleInfo& rule = BuiltinRule(ids[i]);
      const std::vector<std::string> inputs = InputsOf(rule);
      EXPECT_EQ(std::count(inputs.begin(), inputs.end(), input), 1)
          << rule.id << " is registered for '" << input << "'";
    }
  }
}

// Every check function defined in lint/rules/<family>/, outside anonymous
// namespaces: name -> the file defining it.
std::multimap<std::string, std::string> CheckFunctionsInSources() {
  namespace fs = std::filesystem;
  static const std::regex kDefinition(R"(^void (Check\w+)\()");
  std::multimap<std::string, std::string> found;
  const fs::path root = fs::path(SVCLINT_SOURCE_DIR) / "lint" / "rules";
  for (const fs::directory_entry& family : fs::directory_iterator(root)) {
    if (!family.is_directory()) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(family)) {
      if (file.path().extension() != ".cc") continue;
      std::ifstream in(file.path());
      std::string line;
      int anonymous = 0;
      while (std::getline(in, line)) {
        if (line == "namespace {") ++anonymous;
        if (line == "}  // namespace" && anonymous > 0) --anonymous;
        std::smatch match;
        if (anonymous == 0 && std::regex_search(line, match, kDefinition)) {
          found.emplace(match[1], file.path().filename().string());
        }
      }
    }
  }
  return found;
}

TEST(RuleRegistrationTest, EachCheckIsInItsRulesFileAndRegistered) {
  // Entry points that are not one rule's check on one input.
  const std::set<std::string> kNotRules = {
      "CheckRegistry",          // runs the registry table
      "CheckSubtypeLabelSize",  // ST004 on a bare label, called by checks.cc
  };
  std::map<std::string, std::string> expected;  // function -> file
  for (const RuleInfo& rule : BuiltinRules()) {
    const std::vector<std::string> inputs = InputsOf(rule);
    std::string file = std::string(rule.slug) + ".cc";
    std::replace(file.begin(), file.end(), '-', '_');
    for (size_t i = 0; i < inputs.size(); ++i) {
      std::string name = "Check" + Camel(rule.slug);
      if (i > 0) name += "In" + Camel(inputs[i]);
      expected.emplace(name, file);
    }
  }
  const auto found = CheckFunctionsInSources();
  for (const auto& [name, file] : expected) {
    const auto [begin, end] = found.equal_range(name);
    ASSERT_EQ(std::distance(begin, end), 1) << name << " defined once";
    EXPECT_EQ(begin->second, file) << name;
  }
  for (const auto& [name, file] : found) {
    EXPECT_TRUE(expected.contains(name) || kNotRules.contains(name))
        << name << " in " << file
        << " is registered nowhere: give its rule an `input` in rules/*.toml";
  }
}

}  // namespace
}  // namespace svclint
