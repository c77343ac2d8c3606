#include "lint/engine/suppressions.h"

#include "gtest/gtest.h"

namespace svclint {
namespace {

Diagnostic Finding(std::string id, std::string slug, uint32_t line) {
  Diagnostic d;
  d.path = "f.toml";
  d.rule_id = std::move(id);
  d.slug = std::move(slug);
  d.span = {line, 1, line, 2};
  return d;
}

TEST(SuppressionsTest, FindsEveryForm) {
  const std::string text =
      "type = \"_x_y._tcp\"  # svclint: disable=SN003, SN007\n"
      "# svclint: disable-next-line=txt-key-too-long\n"
      "txt = [\"averyverylongkey=1\"]\n"
      "<!-- svclint: disable-file=ST007 -->\n"
      "name = \"svclint: disable=SN001\"\n";
  std::vector<Suppression> s = FindSuppressions(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].scope, Suppression::Scope::kLine);
  EXPECT_EQ(s[0].line, 1u);
  ASSERT_EQ(s[0].entries.size(), 2u);
  EXPECT_EQ(s[0].entries[0].rule, "SN003");
  EXPECT_EQ(s[0].entries[0].span, (SourceSpan{1, 40, 1, 45}));
  EXPECT_EQ(s[0].entries[1].rule, "SN007");
  EXPECT_EQ(s[1].scope, Suppression::Scope::kNextLine);
  EXPECT_EQ(s[1].entries[0].rule, "txt-key-too-long");
  EXPECT_EQ(s[2].scope, Suppression::Scope::kFile);
  EXPECT_EQ(s[2].line, 4u);
}

TEST(SuppressionsTest, SuppressesAndReportsUnused) {
  const std::string text =
      "a  # svclint: disable=SN003,SN002\n"
      "# svclint: disable-next-line=TX003\n"
      "b\n"
      "# svclint: disable-file=historic-alias\n";
  std::vector<Suppression> s = FindSuppressions(text);
  std::vector<Diagnostic> d = {Finding("SN003", "name-invalid-char", 1),
                               Finding("TX003", "txt-key-too-long", 3),
                               Finding("SN007", "historic-alias", 9),
                               Finding("SN008", "name-not-lowercase", 1)};
  const RulePolicy policy;
  ApplySuppressions(s, policy, "f.toml", d);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].rule_id, "SN008");
  EXPECT_EQ(d[1].rule_id, "CF002");
  EXPECT_EQ(d[1].span, (SourceSpan{1, 29, 1, 34}));
  EXPECT_EQ(d[1].message, "suppression of SN002 suppresses nothing");
}

TEST(SuppressionsTest, DisabledRulesAreNotReportedUnused) {
  std::vector<Suppression> s = FindSuppressions("# svclint: disable=SN002\n");
  std::vector<Diagnostic> d;
  RulePolicy policy;
  ASSERT_TRUE(policy.Ignore({"SN002"}).ok());
  ApplySuppressions(s, policy, "f.toml", d);
  EXPECT_TRUE(d.empty());
}

}  // namespace
}  // namespace svclint
