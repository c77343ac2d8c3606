// RG001-RG004 on an annotated fixture (corpus/registry/rg_rules.xml: the
// expected findings are written on the lines they concern, and must match
// exactly both ways), on a CSV copy, and on the real registry, whose
// findings were reviewed one by one.
#include "lint/rules/registry/registry_rules.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>

#include "lint/registry/registry_loader.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

std::vector<Diagnostic> Lint(std::string_view content, std::string_view path) {
  absl::StatusOr<Registry> registry = LoadRegistryText(content, path);
  EXPECT_TRUE(registry.ok()) << registry.status();
  if (!registry.ok()) return {};
  const RulePolicy policy;
  DiagnosticSink sink{std::string(path), policy};
  CheckRegistry(*registry, sink);
  return sink.TakeDiagnostics();
}

TEST(RegistryRulesTest, AnnotatedFixture) {
  const std::string text =
      ReadFile(SourceDir() + "/corpus/registry/rg_rules.xml");
  ASSERT_FALSE(text.empty());
  // "<!-- expect: RG001 -->" on a line: that rule fires there, at the name.
  std::set<std::tuple<uint32_t, uint32_t, std::string>> expected;
  std::istringstream lines(text);
  std::string line;
  for (uint32_t n = 1; std::getline(lines, line); ++n) {
    const size_t at = line.find("<!-- expect: ");
    if (at == std::string::npos) continue;
    const uint32_t column = static_cast<uint32_t>(line.find("<name>") + 7);
    expected.insert({n, column, line.substr(at + 13, 5)});
  }
  ASSERT_EQ(expected.size(), 9u);
  std::set<std::tuple<uint32_t, uint32_t, std::string>> actual;
  for (const Diagnostic& d : Lint(text, "rg_rules.xml")) {
    actual.insert({d.span.line, d.span.column, d.rule_id});
    EXPECT_EQ(d.path, "rg_rules.xml");
  }
  EXPECT_EQ(actual, expected);
}

TEST(RegistryRulesTest, MessagesNameTheValues) {
  const std::string text =
      ReadFile(SourceDir() + "/corpus/registry/rg_rules.xml");
  std::map<std::string, std::string> first;
  for (const Diagnostic& d : Lint(text, "rg_rules.xml")) {
    first.try_emplace(d.rule_id, d.message);
  }
  EXPECT_EQ(first["RG001"],
            "'iclcnet_svinfo' is marked as an alias of 'iclcnet-svinfo', but "
            "the registry has no 'iclcnet-svinfo'");
  EXPECT_EQ(first["RG002"],
            "'dyn-svc' is assigned port 50000/tcp, inside the Dynamic Ports "
            "49152-65535, which are never assigned");
  EXPECT_EQ(first["RG003"],
            "'PostgreSQL' 5432/tcp is registered twice; the first record is "
            "on line 81");
  EXPECT_EQ(first["RG004"],
            "the \"Defined TXT keys\" note of 'ipp' cannot be read as a list "
            "of keys: \"See BonjourPrinting.pdf.\"");
}

TEST(RegistryRulesTest, PositionsIntoACsvCopy) {
  const std::vector<Diagnostic> d = Lint(
      "Service Name,Port Number,Transport Protocol,Description,Assignment "
      "Notes\n"
      "rdp,,,Reliable Data Protocol,\n"
      "dyn,50001,udp,Dynamic,\n"
      "rdp,,,Windows Remote Desktop Protocol,\"Defined TXT keys:\n"
      "None\"\n"
      "alias_x,7,tcp,,\"This entry is an alias to \"\"alias-x\"\".\"\n",
      "fork.csv");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].rule_id, "RG001");
  EXPECT_EQ(d[0].span, (SourceSpan{6, 1, 6, 8}));
  EXPECT_EQ(d[1].rule_id, "RG002");
  EXPECT_EQ(d[1].span.line, 3u);
  EXPECT_EQ(d[2].rule_id, "RG003");
  EXPECT_EQ(d[2].span.line, 4u);
}

TEST(RegistryRulesTest, RulesCanBeDisabled) {
  RulePolicy policy;
  ASSERT_TRUE(policy.Ignore({"RG004", "RG003"}).ok());
  absl::StatusOr<Registry> registry = LoadRegistryText(
      ReadFile(SourceDir() + "/corpus/registry/rg_rules.xml"), "rg.xml");
  ASSERT_TRUE(registry.ok());
  DiagnosticSink sink{"rg.xml", policy};
  CheckRegistry(*registry, sink);
  for (const Diagnostic& d : sink.diagnostics()) {
    EXPECT_TRUE(d.rule_id == "RG001" || d.rule_id == "RG002") << d.rule_id;
  }
}

// The real registry is the false-positive detector (STYLE.md §12): these
// counts were reviewed finding by finding (see rules/rg.toml). A change
// here needs the same review.
TEST(RegistryRulesTest, RealRegistryCounts) {
  for (std::string_view file :
       {"service-names-port-numbers.xml", "service-names-port-numbers.csv"}) {
    const std::string path = SourceDir() + "/corpus/iana/" + std::string(file);
    std::map<std::string, int> counts;
    for (const Diagnostic& d : Lint(ReadFile(path), path)) ++counts[d.rule_id];
    EXPECT_EQ(counts["RG001"], 0) << file;
    EXPECT_EQ(counts["RG002"], 0) << file;
    EXPECT_EQ(counts["RG003"], 1) << file;  // rdp, registered twice
    // Notes such as "See BonjourPrinting.pdf." or "FF-ICE" on ff-ice.
    EXPECT_EQ(counts["RG004"], file.ends_with(".xml") ? 97 : 96) << file;
  }
}

}  // namespace
}  // namespace svclint
