#include "lint/parse/dnssd_unit.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/configs/config_test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::Covered;
using ::svclint::testing::SourceByte;
using ::svclint::testing::Span;

ServiceConfigFile Parse(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseDnssdUnit("h.dnssd", content);
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? *std::move(f) : ServiceConfigFile();
}

std::string Error(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseDnssdUnit("h.dnssd", content);
  EXPECT_FALSE(f.ok());
  return f.ok() ? "" : std::string(f.status().message());
}

std::vector<std::string> Texts(const ConfigTxtRecord& r) {
  std::vector<std::string> out;
  for (const ConfigValue& v : r.strings) out.push_back(v.text);
  return out;
}

TEST(DnssdUnitTest, ServiceWithPositions) {
  const std::string content =
      "# Web server\n"
      "[Service]\n"
      "Name = Web on %H\n"
      "Type=_http._tcp\n"
      "SubType=_printer\n"
      "Port=80\n"
      "Priority=1\n"
      "Weight=2\n";
  const ServiceConfigFile f = Parse(content);
  EXPECT_TRUE(f.issues.empty());
  ASSERT_EQ(f.services.size(), 1u);
  const ServiceConfig& s = f.services[0];
  EXPECT_EQ(s.span, Span(2, 1, 2, 10));
  EXPECT_EQ(s.instance->text, "Web on %H");
  EXPECT_EQ(s.instance->span, Span(3, 8, 3, 17));
  EXPECT_TRUE(s.instance_templated);
  EXPECT_EQ(s.instance_literals, (std::vector<TextRange>{{0, 7}}));
  EXPECT_EQ(s.type->span, Span(4, 6, 4, 16));
  ASSERT_EQ(s.subtypes.size(), 1u);
  EXPECT_FALSE(s.subtypes[0].full);
  EXPECT_EQ(s.subtypes[0].value.text, "_printer");
  EXPECT_EQ(s.port_number, 80);
  EXPECT_EQ(s.priority->text, "1");
  EXPECT_EQ(s.weight->text, "2");
}

TEST(DnssdUnitTest, SpecifiersSplitTheLiteralText) {
  const ServiceConfigFile f =
      Parse("[Service]\nName=%H-%%-box%m\nType=_ssh._tcp\n");
  EXPECT_EQ(f.services[0].instance_literals,
            (std::vector<TextRange>{{2, 3}, {5, 9}}));
}

TEST(DnssdUnitTest, TxtTextWordsQuotesAndEscapes) {
  const std::string content =
      "[Service]\nName=a\nType=_x._tcp\n"
      "TxtText=path=/ \"note=hello world\" u=caf\\u00e9 flag= tab=\\t 'q=\"'"
      " odd=\\q\n";
  const ServiceConfigFile f = Parse(content);
  ASSERT_EQ(f.services[0].txt_records.size(), 1u);
  const ConfigTxtRecord& r = f.services[0].txt_records[0];
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"path=/", "note=hello world",
                                                "u=caf\xC3\xA9", "flag",
                                                "tab=\t", "q=\"", "odd=\\q"}));
  EXPECT_TRUE(r.strings[0].verbatim());
  EXPECT_EQ(r.strings[0].span, Span(4, 9, 4, 15));
  EXPECT_EQ(Covered(content, r.strings[1].span), "\"note=hello world\"");
  EXPECT_EQ(SourceByte(content, r.strings[1], 0), 'n');
  EXPECT_EQ(SourceByte(content, r.strings[2], 5), '\\');  // from \u00e9
  EXPECT_EQ(SourceByte(content, r.strings[2], 6), '\\');
  EXPECT_EQ(r.span.line, 4u);
  EXPECT_EQ(r.span.column, 9u);
}

TEST(DnssdUnitTest, EachTxtLineIsARecordAndEmptyResets) {
  ServiceConfigFile f =
      Parse("[Service]\nName=a\nType=_x._tcp\nTxtText=a=1\nTxtText=b=2 c\n");
  ASSERT_EQ(f.services[0].txt_records.size(), 2u);
  EXPECT_EQ(Texts(f.services[0].txt_records[1]),
            (std::vector<std::string>{"b=2", "c"}));
  f = Parse(
      "[Service]\nName=a\nType=_x._tcp\nTxtText=a=1\nTxtData=\n"
      "TxtData=bin=AAEC k\n");
  ASSERT_EQ(f.services[0].txt_records.size(), 1u);
  EXPECT_EQ(Texts(f.services[0].txt_records[0]),
            (std::vector<std::string>{std::string("bin=\0\1\2", 7), "k"}));
  EXPECT_FALSE(f.services[0].txt_records[0].strings[0].verbatim());
}

TEST(DnssdUnitTest, TxtElementsCutCleanly) {
  const std::string content =
      "[Service]\nName=a\nType=_x._tcp\nTxtText=a=1  \"b=2\" c=3\n"
      "TxtText=alone\n";
  const ServiceConfigFile f = Parse(content);
  const std::vector<ConfigValue>& s = f.services[0].txt_records[0].strings;
  EXPECT_EQ(Covered(content, *s[0].element), "a=1  ");
  EXPECT_EQ(Covered(content, *s[1].element), "  \"b=2\"");
  EXPECT_EQ(Covered(content, *s[2].element), " c=3");
  // Without its only word, `TxtText=` would reset every record.
  EXPECT_FALSE(f.services[0].txt_records[1].strings[0].element.has_value());
}

TEST(DnssdUnitTest, LaterAssignmentsWinAndEmptyResets) {
  const ServiceConfigFile f = Parse(
      "[Service]\nName=a\nName=b\nType=_x._tcp\nSubType=_one\nSubType=_two\n"
      "Port=1\nPort=\n[Service]\nType=_y._udp\n");
  const ServiceConfig& s = f.services[0];
  EXPECT_EQ(s.instance->text, "b");
  EXPECT_EQ(s.type->text, "_y._udp");
  ASSERT_EQ(s.subtypes.size(), 1u);
  EXPECT_EQ(s.subtypes[0].value.text, "_two");
  EXPECT_FALSE(s.port.has_value());
}

TEST(DnssdUnitTest, ContinuationLinesAndComments) {
  const std::string content =
      "[Service]\nName=a\nType=_x._tcp\n"
      "TxtText=a=1 \\\n"
      "# a comment inside the continuation\n"
      "  b=2\n";
  const ServiceConfigFile f = Parse(content);
  ASSERT_EQ(f.services[0].txt_records.size(), 1u);
  const ConfigTxtRecord& r = f.services[0].txt_records[0];
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"a=1", "b=2"}));
  EXPECT_EQ(r.strings[1].span, Span(6, 3, 6, 6));
  EXPECT_EQ(r.span, Span(4, 9, 6, 6));
}

TEST(DnssdUnitTest, ContinuedValueKeepsPositions) {
  const std::string content = "[Service]\nType=_x._tcp\nName=ab\\\ncd\n";
  const ServiceConfigFile f = Parse(content);
  const ConfigValue& n = *f.services[0].instance;
  EXPECT_EQ(n.text, "ab cd");
  EXPECT_FALSE(n.verbatim());
  EXPECT_EQ(SourceByte(content, n, 2), '\\');
  EXPECT_EQ(SourceByte(content, n, 3), 'c');
  EXPECT_EQ(n.span, Span(3, 6, 4, 3));
}

TEST(DnssdUnitTest, IssuesForWhatSystemdIgnores) {
  const ServiceConfigFile f = Parse(
      "Early=1\n[Unit]\nDescription=x\n[X-Mine]\nA=1\n[Service]\n"
      "Nmae=a\nX-Note=b\n");
  ASSERT_EQ(f.issues.size(), 5u);
  EXPECT_EQ(f.issues[0].field, "Early");
  EXPECT_EQ(f.issues[0].span, Span(1, 1, 1, 6));
  EXPECT_EQ(f.issues[1].field, "[Unit]");
  EXPECT_EQ(f.issues[2].field, "Nmae");
  EXPECT_EQ(f.issues[2].kind, ConfigIssue::Kind::kUnknownField);
  EXPECT_EQ(f.issues[2].suggestion, "Name");
  EXPECT_EQ(f.issues[1].suggestion, "");
  EXPECT_EQ(f.issues[3].field, "Name");
  EXPECT_EQ(f.issues[3].kind, ConfigIssue::Kind::kMissingField);
  EXPECT_EQ(f.issues[4].field, "Type");
  EXPECT_EQ(Parse("# nothing\n").issues[0].field, "[Service]");
}

TEST(DnssdUnitTest, SyntaxErrorsSayWhere) {
  EXPECT_EQ(Error("[Service\nName=a\n"),
            "h.dnssd:1:1: invalid section header: no closing ']'");
  EXPECT_EQ(Error("[Service]\n  just words\n"),
            "h.dnssd:2:3: missing '=' in assignment");
  EXPECT_EQ(Error("[Service]\n=x\n"), "h.dnssd:2:1: missing key before '='");
  EXPECT_EQ(Error("[Service]\nTxtText=a=1 \"b=2\n"),
            "h.dnssd:2:13: unterminated quote; systemd ignores the whole line");
  EXPECT_EQ(Error("[Service]\nTxtData=k=@@@@\n"),
            "h.dnssd:2:11: invalid base64 in TxtData= value");
}

TEST(DnssdUnitTest, LineEndingsBomAndHostileInput) {
  ServiceConfigFile f =
      Parse("\xEF\xBB\xBF[Service]\r\nName=a\rType=_x._tcp\r\n");
  EXPECT_EQ(f.services[0].type->text, "_x._tcp");
  EXPECT_TRUE(f.issues.empty());
  f = Parse(std::string("[Service]\0Name=a\0Type=_x._tcp", 29));
  EXPECT_EQ(f.services[0].instance->text, "a");
  EXPECT_FALSE(
      ParseDnssdUnit("h", "[Service]\nName=" + std::string(2 << 20, 'x')).ok());
  std::string garbage;
  for (int i = 0; i < 65536; ++i) garbage.push_back(static_cast<char>(i * 131));
  (void)ParseDnssdUnit("h", garbage);  // must not crash
  std::string slashes = "[Service]\nTxtText=";
  for (int i = 0; i < 100000; ++i) slashes += "\\\n";
  EXPECT_TRUE(ParseDnssdUnit("h", slashes).ok());
}

}  // namespace
}  // namespace svclint
