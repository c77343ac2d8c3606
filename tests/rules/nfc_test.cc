// Unicode NFC against known strings, and ClassifyInput's heuristic.

#include "lint/unicode/nfc.h"

#include <string>

#include "gtest/gtest.h"
#include "lint/rules/checks.h"
#include "lint/unicode/utf8.h"

namespace svclint {
namespace {

TEST(NfcTest, KnownStrings) {
  EXPECT_TRUE(IsNfc(U""));
  EXPECT_TRUE(IsNfc(U"Office Printer"));
  EXPECT_TRUE(IsNfc(U"Caf\u00e9"));
  EXPECT_FALSE(IsNfc(U"Cafe\u0301"));
  EXPECT_FALSE(IsNfc(U"\u212b"));              // ANGSTROM SIGN -> U+00C5
  EXPECT_FALSE(IsNfc(U"a\u0301\u0323"));       // marks out of canonical order
  EXPECT_TRUE(IsNfc(U"\u1ea1\u0301"));         // ạ + acute: no composite
  EXPECT_FALSE(IsNfc(U"\u00e9\u0323"));        // é + dot below -> ẹ + acute
  EXPECT_TRUE(IsNfc(U"\ud55c\uad6d\uc5b4"));   // Hangul syllables
  EXPECT_FALSE(IsNfc(U"\u1112\u1161\u11ab"));  // conjoining jamo -> 한
  EXPECT_TRUE(IsNfc(U"\u0b47\u0300"));         // no composite of the pair
  EXPECT_FALSE(IsNfc(U"\u0b47\u0b56"));        // -> U+0B48
  EXPECT_FALSE(IsNfc(U"\u0958"));  // a composition exclusion: NFC splits it
  EXPECT_TRUE(IsNfc(U"\u0915\u093c"));
}

TEST(NfcTest, ToNfc) {
  EXPECT_EQ(ToNfc(U"Cafe\u0301"), U"Caf\u00e9");
  EXPECT_EQ(ToNfc(U"\u212b"), U"\u00c5");
  EXPECT_EQ(ToNfc(U"\u1112\u1161\u11ab"), U"\ud55c");
  EXPECT_EQ(ToNfc(U"\u00e9\u0323"), U"\u1eb9\u0301");
  EXPECT_EQ(ToNfc(U"\u0958"), U"\u0915\u093c");
  EXPECT_EQ(CanonicalCombiningClass(U'\u0301'), 230);
  EXPECT_EQ(CanonicalCombiningClass(U'a'), 0);
  EXPECT_FALSE(NfcUnicodeVersion().empty());
}

TEST(Utf8Test, StrictDecoding) {
  char32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("\xC3\xA9", 0, cp), 2u);
  EXPECT_EQ(cp, U'\u00e9');
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, cp), 4u);
  EXPECT_EQ(cp, U'\U0001F600');
  EXPECT_EQ(DecodeUtf8("\xE9", 0, cp), 0u);              // Latin-1
  EXPECT_EQ(DecodeUtf8("\xC0\x80", 0, cp), 0u);          // overlong
  EXPECT_EQ(DecodeUtf8("\xE0\x80\x80", 0, cp), 0u);      // overlong
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, cp), 0u);      // surrogate
  EXPECT_EQ(DecodeUtf8("\xF4\x90\x80\x80", 0, cp), 0u);  // > U+10FFFF
  EXPECT_EQ(DecodeUtf8("\xE2\x82", 0, cp), 0u);          // truncated
}

TEST(ClassifyInputTest, Heuristic) {
  struct Case {
    std::string_view in;
    InputKind kind;
  } cases[] = {
      {"", InputKind::kName},
      {"http", InputKind::kName},
      {"whois++", InputKind::kName},
      {"toolongservicename1", InputKind::kName},
      {"foo.bar", InputKind::kName},
      {"1.0", InputKind::kName},
      {"_http", InputKind::kType},
      {"_http._tcp", InputKind::kType},
      {"_http._tcp.local.", InputKind::kType},
      {"_ipp._tcp.example.com", InputKind::kType},
      {"_foo._sctp", InputKind::kType},
      {"_daap._http._tcp", InputKind::kType},
      {"_acmaint_dbd._udp", InputKind::kType},
      {"_services._dns-sd._udp", InputKind::kType},
      {"b._dns-sd._udp.local", InputKind::kType},
      {"http._tcp", InputKind::kType},
      {"http.tcp", InputKind::kType},
      {"_printer._sub._http._tcp", InputKind::kSubtype},
      {"Color._SUB._ipp._tcp", InputKind::kSubtype},
      {"_sub._sub._http._tcp", InputKind::kSubtype},
      {"_sub._http._tcp", InputKind::kSubtype},
      {"_sub", InputKind::kType},
      {R"(My\.Printer._ipp._tcp.local.)", InputKind::kInstance},
      {"Office Printer._ipp._tcp", InputKind::kInstance},
      {"Printer\x01._ipp._tcp", InputKind::kInstance},
      {"Printer._ipp._sctp", InputKind::kInstance},
      {"Two.Labels._ipp._tcp", InputKind::kInstance},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ClassifyInput(c.in), c.kind) << c.in;
  }
}

}  // namespace
}  // namespace svclint
