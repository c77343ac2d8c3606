// The pieces of the SARIF log GitHub is strict about: descriptions within
// 1,024 characters, columns in UTF-16 code units, URIs against %SRCROOT%.

#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "lint/base/utf16.h"
#include "lint/catalog/catalog.h"
#include "lint/report/sarif_reporter.h"
#include "nlohmann/json.hpp"

namespace svclint {
namespace {

TEST(Utf16ColumnTest, CountsCodeUnitsBeforeTheByteColumn) {
  const std::string_view line = "a\xC3\xA9\xF0\x9F\x8D\xB5x";  // a é 🍵 x
  EXPECT_EQ(Utf16Column(line, 1), 1u);
  EXPECT_EQ(Utf16Column(line, 2), 2u);  // é
  EXPECT_EQ(Utf16Column(line, 4), 3u);  // 🍵: a surrogate pair
  EXPECT_EQ(Utf16Column(line, 8), 5u);  // x
  EXPECT_EQ(Utf16Column(line, 9), 6u);  // just past the end
  EXPECT_EQ(Utf16Column(line, 11), 8u);
}

TEST(FirstParagraphsWithinTest, CutsAtParagraphThenSentenceThenWord) {
  EXPECT_EQ(FirstParagraphsWithin("short", 10), "short");
  EXPECT_EQ(FirstParagraphsWithin("One two.\n\nThree four five.", 20),
            "One two.");
  EXPECT_EQ(FirstParagraphsWithin("One two. Three four five six.", 20),
            "One two.");
  EXPECT_EQ(FirstParagraphsWithin("onetwo three four five", 12),
            "onetwo\u2026");
  for (const RuleInfo& rule : BuiltinRules()) {
    EXPECT_LE(FirstParagraphsWithin(rule.docs, 1024).size(), 1024u) << rule.id;
  }
}

TEST(SarifDetailsTest, UrisRelativeToTheRootAndUtf16Columns) {
  class OneLine final : public SourceLines {
   public:
    std::optional<std::string_view> Line(std::string_view, uint32_t) override {
      return "<name>Caf\xC3\xA9</name><type>http._tcp</type>";
    }
  } lines;
  Diagnostic inside{.path = "/srv/repo/a/b c.service",
                    .span = {1, 27, 1, 31},
                    .rule_id = "ST001",
                    .slug = "type-missing-underscore",
                    .severity = Severity::kError,
                    .message = "m",
                    .fix = std::nullopt};
  Diagnostic relative = inside;
  relative.path = "x/../a.service";
  Diagnostic outside = inside;
  outside.path = "/etc/avahi/services/s.service";
  const Diagnostic all[] = {inside, relative, outside};
  std::ostringstream out;
  WriteSarif(all, {.root = "/srv/repo", .extra_rules = {}, .sources = &lines},
             out);
  const nlohmann::json run = nlohmann::json::parse(out.str())["runs"][0];
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///srv/repo/");
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  auto location = [&](int i) {
    return run["results"][i]["locations"][0]["physicalLocation"];
  };
  EXPECT_EQ(
      location(0)["artifactLocation"],
      nlohmann::json({{"uri", "a/b%20c.service"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(location(0)["region"]["startColumn"], 26);
  EXPECT_EQ(location(0)["region"]["endColumn"], 30);
  EXPECT_EQ(location(1)["artifactLocation"],
            nlohmann::json({{"uri", "a.service"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(location(2)["artifactLocation"],
            nlohmann::json({{"uri", "file:///etc/avahi/services/s.service"}}));
}

}  // namespace
}  // namespace svclint
