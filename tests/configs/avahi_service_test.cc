#include "lint/parse/avahi_service.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/configs/config_test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::Covered;
using ::svclint::testing::SourceByte;
using ::svclint::testing::Span;

constexpr std::string_view kSsh =
    "<?xml version=\"1.0\" standalone='no'?><!--*-nxml-*-->\n"
    "<!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">\n"
    "<service-group>\n"
    "  <name replace-wildcards=\"yes\">%h</name>\n"
    "  <service>\n"
    "    <type>_ssh._tcp</type>\n"
    "    <port>22</port>\n"
    "  </service>\n"
    "</service-group>\n";

ServiceConfigFile Parse(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseAvahiService("a.service", content);
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? *std::move(f) : ServiceConfigFile();
}

std::string Error(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseAvahiService("a.service", content);
  EXPECT_FALSE(f.ok());
  return f.ok() ? "" : std::string(f.status().message());
}

std::string Group(std::string_view services) {
  return "<service-group><name>N</name>" + std::string(services) +
         "</service-group>";
}

TEST(AvahiServiceTest, StockSshService) {
  const ServiceConfigFile f = Parse(kSsh);
  ASSERT_EQ(f.services.size(), 1u);
  EXPECT_TRUE(f.issues.empty());
  const ServiceConfig& s = f.services[0];
  ASSERT_TRUE(s.instance && s.type && s.port);
  EXPECT_EQ(s.instance->text, "%h");
  EXPECT_TRUE(s.instance_templated);
  EXPECT_TRUE(s.instance_literals.empty());
  EXPECT_EQ(s.type->text, "_ssh._tcp");
  EXPECT_EQ(s.type->span, Span(6, 11, 6, 20));
  EXPECT_TRUE(s.type->verbatim());
  EXPECT_EQ(s.port_number, 22);
  EXPECT_EQ(s.port->span, Span(7, 11, 7, 13));
  EXPECT_EQ(s.span, Span(5, 3, 5, 11));
  EXPECT_TRUE(s.txt_records.empty());
}

TEST(AvahiServiceTest, ByteOrderMarkKeepsColumns) {
  const std::string content =
      "\xEF\xBB\xBF" + Group("<service><type>_ssh._tcp</type></service>");
  const ServiceConfigFile f = Parse(content);
  EXPECT_EQ(Covered(content, f.services[0].type->span), "_ssh._tcp");
}

TEST(AvahiServiceTest, WildcardsOnlyWithReplaceWildcards) {
  ServiceConfigFile f = Parse(
      "<service-group><name replace-wildcards=\"yes\">SSH on %h!</name>"
      "<service><type>_ssh._tcp</type></service></service-group>");
  ASSERT_EQ(f.services.size(), 1u);
  EXPECT_TRUE(f.services[0].instance_templated);
  EXPECT_EQ(f.services[0].instance_literals,
            (std::vector<TextRange>{{0, 7}, {9, 10}}));
  f = Parse(
      "<service-group><name>100%h</name>"
      "<service><type>_ssh._tcp</type></service></service-group>");
  EXPECT_FALSE(f.services[0].instance_templated);
}

TEST(AvahiServiceTest, EntitiesKeepEachBytesPosition) {
  const std::string content = Group(
      "<service><type>_http._tcp</type>\n"
      "<txt-record>a=b&amp;c&#233;d</txt-record></service>");
  const ServiceConfigFile f = Parse(content);
  ASSERT_EQ(f.services[0].txt_records.size(), 1u);
  const ConfigValue& v = f.services[0].txt_records[0].strings[0];
  EXPECT_EQ(v.text,
            "a=b&c\xC3\xA9"
            "d");
  EXPECT_FALSE(v.verbatim());
  EXPECT_EQ(SourceByte(content, v, 3), '&');  // "&amp;"
  EXPECT_EQ(SourceByte(content, v, 4), 'c');
  EXPECT_EQ(SourceByte(content, v, 5), '&');  // both bytes of "&#233;"
  EXPECT_EQ(SourceByte(content, v, 6), '&');
  EXPECT_EQ(SourceByte(content, v, 7), 'd');
  EXPECT_EQ(Covered(content, v.span), "a=b&amp;c&#233;d");
}

TEST(AvahiServiceTest, TextIsVerbatimIncludingBlanksCdataAndComments) {
  const std::string content = Group(
      "<service><type> _http<!-- x --><![CDATA[._tcp]]>\n</type>"
      "</service>");
  const ServiceConfigFile f = Parse(content);
  const ConfigValue& t = *f.services[0].type;
  EXPECT_EQ(t.text, " _http._tcp\n");
  EXPECT_EQ(SourceByte(content, t, 6), '.');  // inside the CDATA section
  EXPECT_EQ(SourceByte(content, t, 11), '\n');
}

TEST(AvahiServiceTest, CrLfReadsAsLf) {
  const std::string content =
      Group("<service><type>_a\r\n._tcp</type></service>");
  const ServiceConfigFile f = Parse(content);
  const ConfigValue& t = *f.services[0].type;
  EXPECT_EQ(t.text, "_a\n._tcp");
  EXPECT_EQ(SourceByte(content, t, 3), '.');
}

TEST(AvahiServiceTest, ServicesShareTheGroupName) {
  const ServiceConfigFile f = Parse(
      "<service-group><name>Printer</name>"
      "<service protocol=\"ipv4\"><type>_ipp._tcp</type>"
      "<subtype>_universal._sub._ipp._tcp</subtype><port>631</port>"
      "<domain-name>local</domain-name><host-name>p.local</host-name>"
      "</service>"
      "<service><type>_printer._tcp</type><port>0</port></service>"
      "</service-group>");
  ASSERT_EQ(f.services.size(), 2u);
  EXPECT_EQ(f.services[1].instance->text, "Printer");
  const ServiceConfig& s = f.services[0];
  EXPECT_EQ(s.protocol->text, "ipv4");
  ASSERT_EQ(s.subtypes.size(), 1u);
  EXPECT_TRUE(s.subtypes[0].full);
  EXPECT_EQ(s.subtypes[0].value.text, "_universal._sub._ipp._tcp");
  EXPECT_EQ(s.domain->text, "local");
  EXPECT_EQ(s.host->text, "p.local");
  EXPECT_EQ(f.services[1].port_number, 0);
}

TEST(AvahiServiceTest, EmptyElementsAndMalformedPort) {
  const std::string content = Group(
      "<service><type/><port>8O</port><txt-record></txt-record>"
      "</service>");
  const ServiceConfigFile f = Parse(content);
  const ServiceConfig& s = f.services[0];
  EXPECT_EQ(s.type->text, "");
  EXPECT_EQ(s.port->text, "8O");
  // The number avahi-daemon reads: atoi("8O") is 8 (AV006 says so).
  EXPECT_EQ(s.port_number, 8);
  ASSERT_EQ(s.txt_records[0].strings.size(), 1u);
  EXPECT_EQ(s.txt_records[0].strings[0].text, "");
}

TEST(AvahiServiceTest, BinaryTxtValues) {
  const std::string content = Group(
      "<service><type>_x._tcp</type>"
      "<txt-record value-format=\"binary-hex\">k=00fF41</txt-record>"
      "<txt-record value-format=\"binary-base64\">b=QUJD</txt-record>"
      "<txt-record value-format=\"binary-hex\">nokey</txt-record>"
      "<txt-record value-format=\"text\">t=00</txt-record></service>");
  const ServiceConfigFile f = Parse(content);
  const ConfigTxtRecord& r = f.services[0].txt_records[0];
  ASSERT_EQ(r.strings.size(), 4u);
  EXPECT_EQ(r.strings[0].text, std::string("k=\x00\xff"
                                           "A",
                                           5));
  EXPECT_EQ(SourceByte(content, r.strings[0], 4), '4');  // "41" -> 'A'
  EXPECT_EQ(r.strings[1].text, "b=ABC");
  EXPECT_EQ(r.strings[2].text, "nokey");
  EXPECT_EQ(r.strings[3].text, "t=00");
  EXPECT_EQ(Error(Group("<service><type>_x._tcp</type>\n<txt-record "
                        "value-format=\"binary-hex\">k=0</txt-record>"
                        "</service>")),
            "a.service:2:41: invalid binary-hex TXT value: it needs an even "
            "number of hex digits");
  EXPECT_NE(Error(Group("<service><txt-record value-format=\"binary-base64\">"
                        "k=QUJ</txt-record></service>"))
                .find("binary-base64"),
            std::string::npos);
}

TEST(AvahiServiceTest, TxtElementsCutCleanly) {
  const std::string content = Group(
      "<service><type>_x._tcp</type>\n"
      "    <txt-record>a=1</txt-record>\n"
      "    <txt-record><![CDATA[b=2]]></txt-record> <!-- c -->\n"
      "<txt-record>c=3</txt-record><txt-record/>"
      "<txt-record>d<!-- x --></txt-record></service>");
  const ServiceConfigFile f = Parse(content);
  const std::vector<ConfigValue>& s = f.services[0].txt_records[0].strings;
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(Covered(content, *s[0].element),
            "    <txt-record>a=1</txt-record>\n");
  EXPECT_EQ(Covered(content, *s[1].element),
            "<txt-record><![CDATA[b=2]]></txt-record> ");
  EXPECT_EQ(Covered(content, *s[2].element), "<txt-record>c=3</txt-record>");
  EXPECT_EQ(Covered(content, *s[3].element), "<txt-record/>");
  EXPECT_FALSE(s[4].element.has_value());  // a comment inside: no clean cut
}

TEST(AvahiServiceTest, MissingPiecesAreIssues) {
  const ServiceConfigFile f = Parse(
      "<service-group>\n<service><port>1</port></service>"
      "</service-group>");
  ASSERT_EQ(f.issues.size(), 2u);
  EXPECT_EQ(f.issues[0].field, "<type>");
  EXPECT_EQ(f.issues[0].span, Span(2, 1, 2, 9));
  EXPECT_EQ(f.issues[1].field, "<name>");
  EXPECT_EQ(
      Parse("<service-group><name>x</name></service-group>").issues[0].field,
      "<service>");
}

TEST(AvahiServiceTest, MalformedXmlSaysWhere) {
  EXPECT_EQ(Error("<service-group>\n  <name>x</nam>\n</service-group>"),
            "a.service:2:12: mismatched tag");
  EXPECT_EQ(Error(""), "a.service:1:1: no element found");
  EXPECT_EQ(Error("<a/>"),
            "a.service:1:1: the document element is <a>; Avahi expects "
            "<service-group>");
  EXPECT_EQ(Error("<service-group/><x/>"),
            "a.service:1:17: junk after document element");
  EXPECT_EQ(Error(std::string("<service-group>\0</service-group>", 32)),
            "a.service:1:16: not well-formed (invalid token)");
}

TEST(AvahiServiceTest, RejectsWhatAvahiRejects) {
  EXPECT_EQ(Error(Group("<service>\n  <typo>x</typo></service>")),
            "a.service:2:3: didn't expect element <typo> in <service>");
  EXPECT_EQ(Error(Group("<service><type>_a._tcp</type><type>_b._tcp</type>"
                        "</service>")),
            "a.service:1:59: more than one <type> in one <service> (Avahi "
            "would join their texts)");
  EXPECT_EQ(Error(Group("<service protocol=\"ipv5\"/>")),
            "a.service:1:30: invalid protocol 'ipv5'; expected ipv4, ipv6 or "
            "any");
  EXPECT_EQ(Error(Group("<service><port a=\"1\">1</port></service>")),
            "a.service:1:39: invalid attribute 'a' for element <port>");
  EXPECT_EQ(Error(Group("<service><type>_a<b/>._tcp</type></service>")),
            "a.service:1:47: didn't expect element <b> inside <type>");
  EXPECT_NE(Error(Group("<service><txt-record value-format=\"rot13\">a"
                        "</txt-record></service>"))
                .find("invalid value-format 'rot13'"),
            std::string::npos);
}

TEST(AvahiServiceTest, HostileInputNeverCrashes) {
  std::string deep = "<service-group><name>x</name><service>";
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  EXPECT_FALSE(ParseAvahiService("a", deep).ok());
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>(i * 37));
  EXPECT_FALSE(ParseAvahiService("a", garbage).ok());
  const std::string long_type(1 << 20, 'x');
  const ServiceConfigFile f =
      Parse(Group("<service><type>" + long_type + "</type></service>"));
  EXPECT_EQ(f.services[0].type->text.size(), long_type.size());
}

}  // namespace
}  // namespace svclint
