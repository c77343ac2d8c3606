#include "lint/parse/services_toml.h"

#include <map>
#include <string>

#include "gtest/gtest.h"
#include "tests/configs/config_test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::Covered;
using ::svclint::testing::SourceByte;
using ::svclint::testing::Span;

ServiceConfigFile Parse(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseServicesToml("s.toml", content);
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? *std::move(f) : ServiceConfigFile();
}

std::string Error(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseServicesToml("s.toml", content);
  EXPECT_FALSE(f.ok());
  return f.ok() ? "" : std::string(f.status().message());
}

TEST(ServicesTomlTest, TheSpecExample) {
  const std::string content =
      "[[service]]\n"
      "instance = \"Office Printer\"\n"
      "type = \"_ipp._tcp\"\n"
      "subtypes = [\"_universal\", \"_color._sub._ipp._tcp\"]\n"
      "port = 631\n"
      "txt = [\"txtvers=1\", \"rp=printers/office\", \"Color=T\"]\n";
  const ServiceConfigFile f = Parse(content);
  EXPECT_TRUE(f.issues.empty());
  ASSERT_EQ(f.services.size(), 1u);
  const ServiceConfig& s = f.services[0];
  EXPECT_EQ(s.span, Span(1, 1, 1, 12));
  EXPECT_EQ(s.instance->text, "Office Printer");
  EXPECT_EQ(s.instance->span, Span(2, 13, 2, 27));
  EXPECT_TRUE(s.instance->verbatim());
  EXPECT_EQ(s.type->span, Span(3, 9, 3, 18));
  ASSERT_EQ(s.subtypes.size(), 2u);
  EXPECT_FALSE(s.subtypes[0].full);
  EXPECT_TRUE(s.subtypes[1].full);
  EXPECT_EQ(s.subtypes[0].value.span, Span(4, 14, 4, 24));
  EXPECT_EQ(s.port_number, 631);
  EXPECT_EQ(s.port->span, Span(5, 8, 5, 11));
  ASSERT_EQ(s.txt_records.size(), 1u);
  ASSERT_EQ(s.txt_records[0].strings.size(), 3u);
  EXPECT_EQ(Covered(content, s.txt_records[0].strings[2].span), "Color=T");
  EXPECT_EQ(s.txt_records[0].span.line, 6u);
}

TEST(ServicesTomlTest, ColumnsCountBytesAfterNonAsciiText) {
  // toml++ counts columns in code points; spans are in bytes.
  const std::string content =
      "service = [{ instance = \"Caf\xC3\xA9 \xE2\x98\x95\", type = "
      "\"_http._tcp\" }]\n";
  const ServiceConfigFile f = Parse(content);
  ASSERT_EQ(f.services.size(), 1u);
  EXPECT_EQ(Covered(content, f.services[0].type->span), "_http._tcp");
  EXPECT_EQ(Covered(content, f.services[0].instance->span),
            "Caf\xC3\xA9 \xE2\x98\x95");
}

TEST(ServicesTomlTest, EscapesKeepEachBytesPosition) {
  const std::string content =
      "[[service]]\ninstance = \"Caf\\u00e9 \\\"Q\\\"\"\ntype = '_x._tcp'\n"
      "txt = [\"\"\"\nmulti\\\n   line\"\"\"]\n";
  const ServiceConfigFile f = Parse(content);
  const ConfigValue& v = *f.services[0].instance;
  EXPECT_EQ(v.text, "Caf\xC3\xA9 \"Q\"");
  EXPECT_FALSE(v.verbatim());
  EXPECT_EQ(SourceByte(content, v, 3), '\\');
  EXPECT_EQ(SourceByte(content, v, 4), '\\');
  EXPECT_EQ(SourceByte(content, v, 5), ' ');
  EXPECT_EQ(SourceByte(content, v, 7), 'Q');
  EXPECT_TRUE(f.services[0].type->verbatim());
  const ConfigValue& m = f.services[0].txt_records[0].strings[0];
  EXPECT_EQ(m.text, "multiline");
  EXPECT_EQ(SourceByte(content, m, 5), 'l');
  EXPECT_EQ(content.substr(m.OffsetOfByte(5), 4), "line");
}

TEST(ServicesTomlTest, UnknownKeysWrongTypesMissingFields) {
  const std::string content =
      "title = \"x\"\n"
      "[[service]]\n"
      "instance = 5\n"
      "port = \"631\"\n"
      "txt = [\"a=1\", 2]\n"
      "colour = \"red\"\n";
  const ServiceConfigFile f = Parse(content);
  ASSERT_EQ(f.issues.size(), 6u) << f.issues.size();
  auto find = [&](std::string_view field, ConfigIssue::Kind kind) {
    for (const ConfigIssue& i : f.issues) {
      if (i.field == field && i.kind == kind) return &i;
    }
    return static_cast<const ConfigIssue*>(nullptr);
  };
  const ConfigIssue* title = find("title", ConfigIssue::Kind::kUnknownField);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->where, "the top level");
  EXPECT_EQ(title->span, Span(1, 1, 1, 6));
  const ConfigIssue* colour = find("colour", ConfigIssue::Kind::kUnknownField);
  ASSERT_NE(colour, nullptr);
  EXPECT_EQ(colour->where, "[[service]]");
  const ConfigIssue* port = find("port", ConfigIssue::Kind::kWrongType);
  ASSERT_NE(port, nullptr);
  EXPECT_EQ(port->where, "an integer");
  EXPECT_EQ(port->found, "a string");
  EXPECT_EQ(port->span.line, 4u);
  EXPECT_EQ(port->span.column, 8u);
  EXPECT_NE(find("instance", ConfigIssue::Kind::kWrongType), nullptr);
  EXPECT_NE(find("txt", ConfigIssue::Kind::kWrongType), nullptr);
  EXPECT_NE(find("type", ConfigIssue::Kind::kMissingField), nullptr);
  // The good string of `txt` is kept.
  EXPECT_EQ(f.services[0].txt_records[0].strings.size(), 1u);
}

TEST(ServicesTomlTest, TxtElementsCutCleanly) {
  const std::string content =
      "[[service]]\ninstance = \"a\"\ntype = \"_x._tcp\"\n"
      "txt = [\"a=1\", \"b=2\",\"c=3\"]\n"
      "[[service]]\ninstance = \"b\"\ntype = \"_x._tcp\"\n"
      "txt = [\n  \"a=1\",\n  \"b=2\",  # why\n  \"c=3\"\n]\n";
  const ServiceConfigFile f = Parse(content);
  const std::vector<ConfigValue>& one = f.services[0].txt_records[0].strings;
  EXPECT_EQ(Covered(content, *one[0].element), "\"a=1\", ");
  EXPECT_EQ(Covered(content, *one[1].element), ", \"b=2\"");
  EXPECT_EQ(Covered(content, *one[2].element), ",\"c=3\"");
  const std::vector<ConfigValue>& two = f.services[1].txt_records[0].strings;
  EXPECT_EQ(Covered(content, *two[0].element), "  \"a=1\",\n");
  EXPECT_FALSE(two[1].element.has_value());  // its comment would go too
  EXPECT_EQ(Covered(content, *two[2].element), "  \"c=3\"\n");
}

TEST(ServicesTomlTest, UnknownKeysGetSuggestions) {
  const ServiceConfigFile f = Parse(
      "[[services]]\n[[service]]\ninstance = \"a\"\ntype = \"_x._tcp\"\n"
      "subtype = [\"_b\"]\nTXT = []\nhost = \"h\"\n");
  std::map<std::string, std::string> suggestions;
  for (const ConfigIssue& i : f.issues) suggestions[i.field] = i.suggestion;
  EXPECT_EQ(suggestions["services"], "service");
  EXPECT_EQ(suggestions["subtype"], "subtypes");
  EXPECT_EQ(suggestions["TXT"], "txt");
  EXPECT_EQ(suggestions["host"], "");
}

TEST(ServicesTomlTest, EmptyTxtIsARecordWithNoStrings) {
  const ServiceConfigFile f =
      Parse("[[service]]\ninstance = \"a\"\ntype = \"_x._tcp\"\ntxt = []\n");
  ASSERT_EQ(f.services[0].txt_records.size(), 1u);
  EXPECT_TRUE(f.services[0].txt_records[0].strings.empty());
}

TEST(ServicesTomlTest, BadTomlSaysWhere) {
  EXPECT_EQ(Error("[[service]]\ninstance = \"unterminated\n"),
            "s.toml:2:25: Error while parsing string: unescaped control "
            "characters other than TAB (U+0009) are explicitly prohibited");
  EXPECT_NE(Error("[[service]]\n[[service]\n").find("s.toml:2:"),
            std::string::npos);
  EXPECT_NE(Error(std::string("[[service]]\ninstance = \"a\0\"\n", 27))
                .find("s.toml:2:"),
            std::string::npos);
}

TEST(ServicesTomlTest, HostileInputNeverCrashes) {
  std::string deep = "x = ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  EXPECT_FALSE(ParseServicesToml("s", deep).ok());
  std::string inline_deep = "x = ";
  for (int i = 0; i < 100000; ++i) inline_deep += "{a=";
  EXPECT_FALSE(ParseServicesToml("s", inline_deep).ok());
  std::string dotted = "a";
  for (int i = 0; i < 100000; ++i) dotted += ".a";
  (void)ParseServicesToml("s", dotted + " = 1\n");  // must not crash
  (void)ParseServicesToml("s", "[" + dotted + "]\n");
  // The deepest document the dot limit lets through still parses.
  std::string worst = "[b";
  for (int i = 0; i < 128; ++i) worst += ".b";
  worst += "]\nc";
  for (int i = 0; i < 128; ++i) worst += ".c";
  worst += " = ";
  for (int i = 0; i < 250; ++i) worst += "{d=";
  worst += "1";
  for (int i = 0; i < 250; ++i) worst += "}";
  EXPECT_TRUE(ParseServicesToml("s", worst + "\n").ok());
  std::string garbage;
  for (int i = 0; i < 65536; ++i) garbage.push_back(static_cast<char>(i * 97));
  EXPECT_FALSE(ParseServicesToml("s", garbage).ok());
}

}  // namespace
}  // namespace svclint
