#include "lint/config/config.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace svclint {
namespace {

struct Parsed {
  std::optional<Config> config;
  std::vector<Diagnostic> errors;
};

Parsed Parse(std::string_view text) {
  Parsed p;
  p.config = ParseConfig("proj/.svclint.toml", text, p.errors);
  return p;
}

TEST(ConfigTest, ReadsEverySetting) {
  Parsed p = Parse(R"(
select = ["SN", "ST", "TX"]
ignore = ["SN008"]
fail-on = "warning"
registry = "iana/registry.xml"
[severity]
TX003 = "error"
[per-file-ignores]
"legacy/*.service" = ["SN007"]
[[rule]]
id = "ORG001"
slug = "org-prefix"
severity = "warning"
field = "service.name"
pattern = "^acme-"
match = "must"
message = "service names here start with acme-, not '{value}'"
)");
  ASSERT_TRUE(p.config.has_value()) << p.errors.front().message;
  const Config& c = *p.config;
  EXPECT_EQ(c.select, (std::vector<std::string>{"SN", "ST", "TX"}));
  EXPECT_EQ(c.ignore, std::vector<std::string>{"SN008"});
  EXPECT_EQ(c.fail_on, Severity::kWarning);
  EXPECT_EQ(c.registry, "proj/iana/registry.xml");
  ASSERT_EQ(c.severity.size(), 1u);
  EXPECT_EQ(c.severity[0].first, "TX003");
  ASSERT_EQ(c.custom_rules->rules().size(), 1u);
  EXPECT_EQ(c.custom_rules->rules()[0].id, "ORG001");
  EXPECT_TRUE(c.IgnoredFor("proj/legacy/a.service", "SN007", "historic-alias"));
  EXPECT_FALSE(c.IgnoredFor("proj/legacy/a.service", "SN003", "x"));
  EXPECT_FALSE(c.IgnoredFor("proj/new/a.service", "SN007", "historic-alias"));

  RulePolicy policy;
  c.ApplyTo(policy);
  EXPECT_TRUE(policy.Enabled(RuleId::kSN002));
  EXPECT_FALSE(policy.Enabled(RuleId::kSN008));
  EXPECT_FALSE(policy.Enabled(RuleId::kIO001));
  EXPECT_EQ(policy.SeverityOverride(RuleId::kTX003), Severity::kError);
}

TEST(ConfigTest, CustomRuleFiresWithItsOwnId) {
  Parsed p = Parse(R"([[rule]]
id = "ORG001"
slug = "org-prefix"
field = "service.name"
pattern = "^acme-"
message = "'{value}' must start with acme-"
)");
  ASSERT_TRUE(p.config.has_value());
  std::vector<Diagnostic> out;
  p.config->custom_rules->Evaluate("f.toml", "service.name", "acme-sync",
                                   {1, 1, 1, 10}, out);
  EXPECT_TRUE(out.empty());
  p.config->custom_rules->Evaluate("f.toml", "service.name", "sync",
                                   {2, 5, 2, 9}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule_id, "ORG001");
  EXPECT_EQ(out[0].slug, "org-prefix");
  EXPECT_EQ(out[0].severity, Severity::kWarning);
  EXPECT_EQ(out[0].message, "'sync' must start with acme-");
  EXPECT_EQ(out[0].span, (SourceSpan{2, 5, 2, 9}));
  p.config->custom_rules->Evaluate("f.toml", "service.type", "sync",
                                   {2, 5, 2, 9}, out);
  EXPECT_EQ(out.size(), 1u) << "other fields are not matched";
}

// Each problem is a CF001 at its own line and column.
TEST(ConfigTest, ProblemsAreCf001WithPositions) {
  Parsed p = Parse(
      "select = [\"SN\"]\n"
      "colour = true\n"
      "ignore = [\"XX999\"]\n"
      "[severity]\n"
      "SN002 = \"fatal\"\n"
      "[[rule]]\n"
      "id = \"SN001\"\n"
      "slug = \"x\"\n"
      "field = \"service.name\"\n"
      "pattern = \"(\"\n"
      "message = \"m\"\n");
  EXPECT_FALSE(p.config.has_value());
  std::vector<std::pair<uint32_t, std::string>> got;
  for (const Diagnostic& d : p.errors) {
    EXPECT_EQ(d.rule_id, "CF001");
    EXPECT_EQ(d.path, "proj/.svclint.toml");
    got.emplace_back(d.span.line, d.message);
  }
  std::sort(got.begin(), got.end());
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].first, 2u);
  EXPECT_EQ(got[0].second, "invalid configuration: unknown key 'colour'");
  EXPECT_EQ(got[1].first, 3u);
  EXPECT_EQ(got[1].second,
            "invalid configuration: ignore: 'XX999' matches no rule");
  EXPECT_EQ(got[2].first, 5u);
  EXPECT_EQ(got[3].first, 7u);
  EXPECT_EQ(got[3].second,
            "invalid configuration: custom rule id 'SN001' is a built-in "
            "rule's id");
  EXPECT_EQ(got[4].first, 10u);
  EXPECT_NE(got[4].second.find("rule SN001: bad pattern"), std::string::npos);
}

TEST(ConfigTest, SyntaxErrorIsCf001AtTheParserPosition) {
  Parsed p = Parse("select = [\"SN\"\nignore = 3\n");
  ASSERT_FALSE(p.config.has_value());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rule_id, "CF001");
  EXPECT_EQ(p.errors[0].span.line, 2u);
}

// toml++ counts columns in code points; the 3 in `["ééé", 3]` is code point
// 18 but byte 21 (each é is two bytes). Issue 12: it was reported at 1:18.
TEST(ConfigTest, TypeErrorAfterMultiByteTextIsAtItsByteColumn) {
  Parsed p = Parse("select = [\"ééé\", 3]\n");
  ASSERT_FALSE(p.config.has_value());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rule_id, "CF001");
  EXPECT_EQ(p.errors[0].message,
            "invalid configuration: select must hold strings");
  EXPECT_EQ(p.errors[0].span, (SourceSpan{1, 21, 1, 22}));
}

TEST(ConfigTest, SyntaxErrorAfterMultiByteTextIsAtItsByteColumn) {
  Parsed p = Parse("registry = \"éé\" x\n");
  ASSERT_FALSE(p.config.has_value());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rule_id, "CF001");
  EXPECT_EQ(p.errors[0].span.line, 1u);
  EXPECT_EQ(p.errors[0].span.column, 19u);  // the x; code point 17
}

TEST(ConfigTest, TooDeepDottedKeyIsCf001NotACrash) {
  std::string deep = "x = 1\n";
  for (int i = 0; i < 100000; ++i) deep += i == 0 ? "a" : ".a";
  deep += " = 1\n";
  Parsed p = Parse(deep);
  ASSERT_FALSE(p.config.has_value());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rule_id, "CF001");
  EXPECT_EQ(p.errors[0].span.line, 2u);
  EXPECT_EQ(p.errors[0].span.column, 258u);  // the 129th dot
}

TEST(ConfigTest, SelectingOnlyCustomRulesDisablesBuiltins) {
  Parsed p = Parse(R"(select = ["ORG"]
[[rule]]
id = "ORG001"
slug = "org-prefix"
field = "service.name"
pattern = "^acme-"
message = "m"
)");
  ASSERT_TRUE(p.config.has_value());
  RulePolicy policy;
  p.config->ApplyTo(policy);
  EXPECT_FALSE(policy.Enabled(RuleId::kSN002));
  EXPECT_TRUE(p.config->custom_rules->rules()[0].enabled);
}

TEST(GlobTest, MatchesLikePerFileIgnores) {
  EXPECT_TRUE(GlobMatches("*.service", "legacy/a.service"));
  EXPECT_TRUE(GlobMatches("legacy/*.service", "legacy/a.service"));
  EXPECT_FALSE(GlobMatches("legacy/*.service", "legacy/sub/a.service"));
  EXPECT_TRUE(GlobMatches("legacy/**", "legacy/sub/a.service"));
  EXPECT_FALSE(GlobMatches("*.dnssd", "a.service"));
}

}  // namespace
}  // namespace svclint
