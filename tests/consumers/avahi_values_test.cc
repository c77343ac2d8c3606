// Avahi's readings of values (lint/parse/avahi_values.h) and what the
// Expat-based loader makes of encodings, against static-services.c.
#include "lint/parse/avahi_values.h"

#include <string>

#include "gtest/gtest.h"
#include "lint/parse/avahi_service.h"

namespace svclint {
namespace {

TEST(AvahiAtoi, ReadsAsGlibcAtoi) {
  EXPECT_EQ(AvahiAtoi("80"), 80);
  EXPECT_EQ(AvahiAtoi(" 8080 "), 8080);
  EXPECT_EQ(AvahiAtoi("8080/tcp"), 8080);
  EXPECT_EQ(AvahiAtoi("http"), 0);
  EXPECT_EQ(AvahiAtoi(""), 0);
  EXPECT_EQ(AvahiAtoi("-1"), -1);
  EXPECT_EQ(AvahiAtoi("+22"), 22);
  EXPECT_EQ(AvahiAtoi("70000"), 70000);
  // strtol saturates at LONG_MAX, whose low 32 bits are -1.
  EXPECT_EQ(AvahiAtoi("99999999999999999999999"), -1);
  // 4294967376 = 2^32 + 80: the int conversion keeps 80.
  EXPECT_EQ(AvahiAtoi("4294967376"), 80);
}

TEST(AvahiAtoi, PlainPorts) {
  EXPECT_TRUE(IsPlainAvahiPort("631"));
  EXPECT_TRUE(IsPlainAvahiPort(" 631\n"));
  EXPECT_FALSE(IsPlainAvahiPort("631/tcp"));
  EXPECT_FALSE(IsPlainAvahiPort("+631"));
  EXPECT_FALSE(IsPlainAvahiPort(""));
}

ConfigValue Text(std::string_view text) {
  ConfigValue v;
  v.text = std::string(text);
  return v;
}

TEST(DecodeAvahiTxt, HexAndBase64AsStaticServicesC) {
  const std::string content(64, ' ');
  const TextPositions positions(content);
  AvahiValueError error;
  std::optional<ConfigValue> v =
      DecodeAvahiTxt("binary-hex", Text("k=00fF"), content, positions, error);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->text, std::string("k=\x00\xff", 4));
  EXPECT_FALSE(
      DecodeAvahiTxt("binary-hex", Text("k=0ff"), content, positions, error));
  EXPECT_EQ(error.reason,
            "invalid binary-hex TXT value: it needs an even number of hex "
            "digits");
  EXPECT_FALSE(
      DecodeAvahiTxt("binary-hex", Text("k=zz"), content, positions, error));
  EXPECT_EQ(error.reason,
            "invalid binary-hex TXT value: a character is not a hex digit");
  v = DecodeAvahiTxt("binary-base64", Text("k=AAE="), content, positions,
                     error);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->text, std::string("k=\x00\x01", 4));
  // Avahi keeps the stray low bits of a padded group (RFC 4648 decoders
  // may refuse "AB==").
  v = DecodeAvahiTxt("binary-base64", Text("k=AB=="), content, positions,
                     error);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->text, std::string("k=\x00", 3));
  EXPECT_FALSE(DecodeAvahiTxt("binary-base64", Text("k=AAE"), content,
                              positions, error));
  EXPECT_EQ(error.reason,
            "invalid binary-base64 TXT value: it needs base64 in groups of "
            "four characters");
  EXPECT_FALSE(DecodeAvahiTxt("binary-base64", Text("k=A=B="), content,
                              positions, error));
  EXPECT_EQ(error.reason,
            "invalid binary-base64 TXT value: a character outside the base64 "
            "alphabet");
  // Without '=' the text is kept verbatim, whatever the format.
  v = DecodeAvahiTxt("binary-hex", Text("flag"), content, positions, error);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->text, "flag");
}

std::string Group(std::string_view declaration, std::string_view name) {
  return std::string(declaration) + "<service-group><name>" +
         std::string(name) +
         "</name><service><type>_smb._tcp</type></service></service-group>\n";
}

TEST(AvahiExpat, DecodesADeclaredLatin1Name) {
  const std::string file = Group(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "Caf\xe9 share");
  absl::StatusOr<ServiceConfigFile> f = ParseAvahiService("x.service", file);
  ASSERT_TRUE(f.ok()) << f.status();
  ASSERT_EQ(f->services.size(), 1u);
  EXPECT_EQ(f->services[0].instance->text, "Caf\xc3\xa9 share");
  // Each decoded byte points at the file byte it came from: the space
  // after the 'é' is file column 5 of the name.
  const ConfigValue& name = f->services[0].instance.value();
  EXPECT_EQ(name.OffsetOfByte(5) - name.OffsetOfByte(0), 4u);
}

TEST(AvahiExpat, RefusesUndeclaredLatin1AsExpatDoes) {
  const absl::StatusOr<ServiceConfigFile> f = ParseAvahiService(
      "x.service", Group("<?xml version=\"1.0\"?>\n", "Caf\xe9"));
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(),
            "x.service:2:25: not well-formed (invalid token)");
}

TEST(AvahiExpat, AcceptsAByteOrderMarkAndCrLf) {
  std::string file =
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n" + Group("", "Files");
  absl::StatusOr<ServiceConfigFile> f = ParseAvahiService("x.service", file);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(f->services[0].instance->text, "Files");
  EXPECT_EQ(f->services[0].instance->span.line, 2u);
}

TEST(AvahiExpat, RefusesWhatComesBeforeTheDeclaration) {
  // Built in two steps: GCC 12 warns (-Wrestrict) on "\n" + std::string.
  std::string file(1, '\n');
  file.append(Group("<?xml version=\"1.0\"?>\n", "Files"));
  const absl::StatusOr<ServiceConfigFile> f =
      ParseAvahiService("x.service", file);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(),
            "x.service:2:1: XML or text declaration not at start of entity");
}

TEST(AvahiExpat, RefusesTheInterfaceElementAsUpstreamAvahi) {
  const absl::StatusOr<ServiceConfigFile> f = ParseAvahiService(
      "x.service",
      "<service-group><name>A</name><service><type>_ssh._tcp</type>"
      "<interface>eth0</interface></service></service-group>");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(),
            "x.service:1:61: didn't expect element <interface>: it is a "
            "downstream patch, avahi-daemon 0.8 refuses the file");
}

}  // namespace
}  // namespace svclint
