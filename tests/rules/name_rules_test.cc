// SN001-SN006, SN008-SN010: exact ids, columns and messages, on bare names
// and on the service label inside types.

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Hit> Name(std::string_view s) { return Hits(InputKind::kName, s); }
std::vector<Hit> Type(std::string_view s) { return Hits(InputKind::kType, s); }

TEST(NameRulesTest, CleanNamesHaveNoFinding) {
  for (std::string_view name :
       {"http", "ipp", "x11", "3com-tsmux", "acmaint-dbd", "abcdefghijklmno",
        "sftp-ssh", "airplay", "support", "transport", "proxy", "teleport",
        "aol-2", "z39-50", "icpv2", "hsrpv6", "servers"}) {
    EXPECT_THAT(Name(name), IsEmpty()) << name;
  }
}

TEST(NameRulesTest, SN001Empty) {
  EXPECT_THAT(Name(""), ElementsAre(Hit{"SN001", 1, 1}));
  EXPECT_THAT(Type("_._tcp"), ElementsAre(Hit{"SN001", 2, 2}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, ""), "SN001"),
              ElementsAre("service name is empty"));
}

TEST(NameRulesTest, SN002TooLong) {
  EXPECT_THAT(Name("toolongservicename1"), ElementsAre(Hit{"SN002", 1, 20}));
  EXPECT_THAT(Name("abcdefghijklmnop"), ElementsAre(Hit{"SN002", 1, 17}));
  EXPECT_THAT(Type("_abcdefghijklmnop._tcp"), ElementsAre(Hit{"SN002", 2, 18}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kName, "toolongservicename1"), "SN002"),
      ElementsAre("service name 'toolongservicename1' is 19 characters; the "
                  "limit is 15"));
}

TEST(NameRulesTest, SN003OneFindingPerNameNamingEveryRun) {
  EXPECT_THAT(Name("whois++"), ElementsAre(Hit{"SN003", 6, 8}));
  // One name is one thing to rename: one finding, first to last run.
  EXPECT_THAT(Name("a_b.c"), ElementsAre(Hit{"SN003", 2, 5}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "a_b.c"), "SN003"),
              ElementsAre("service name 'a_b.c' contains '_' at column 2 "
                          "and '.' at column 4; only letters, digits and "
                          "'-' are allowed"));
  EXPECT_THAT(Name("esp_zb_gw_efr"), ElementsAre(Hit{"SN003", 4, 11}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "esp_zb_gw_efr"), "SN003"),
              ElementsAre("service name 'esp_zb_gw_efr' contains '_' at "
                          "columns 4, 7 and 10; only letters, digits and "
                          "'-' are allowed"));
  EXPECT_THAT(Type("_acmaint_dbd._udp"), ElementsAre(Hit{"SN003", 9, 10}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kName, "whois++"), "SN003"),
      ElementsAre("service name 'whois++' contains '++' at column 6; only "
                  "letters, digits and '-' are allowed"));
  // Non-printable bytes are named as \xNN; UTF-8 letters as they are.
  EXPECT_THAT(Messages(RunCheck(InputKind::kName,
                                "ab\x01"
                                "c"),
                       "SN003"),
              ElementsAre("service name 'ab\\x01c' contains '\\x01' at "
                          "column 3; only letters, digits and '-' are "
                          "allowed"));
  EXPECT_THAT(Name("caf\xC3\xA9"), ElementsAre(Hit{"SN003", 4, 6}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "caf\xC3\xA9"), "SN003"),
              ElementsAre("service name 'caf\xC3\xA9' contains '\xC3\xA9' at "
                          "column 4; only letters, digits and '-' are "
                          "allowed"));
}

TEST(NameRulesTest, SN004NoLetter) {
  EXPECT_THAT(Name("6000-6063"), ElementsAre(Hit{"SN004", 1, 10}));
  EXPECT_THAT(Name("23"), ElementsAre(Hit{"SN004", 1, 3}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "23"), "SN004"),
              ElementsAre("service name '23' has no letter; it could be "
                          "mistaken for a port number or range"));
}

TEST(NameRulesTest, SN005BothEdgesAreReported) {
  EXPECT_THAT(Name("-http"), ElementsAre(Hit{"SN005", 1, 2}));
  EXPECT_THAT(Name("http-"), ElementsAre(Hit{"SN005", 5, 6}));
  EXPECT_THAT(Name("-http-"),
              ElementsAre(Hit{"SN005", 1, 2}, Hit{"SN005", 6, 7}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "-http-"), "SN005"),
              ElementsAre("service name '-http-' begins with a hyphen",
                          "service name '-http-' ends with a hyphen"));
  // A lone hyphen: one finding, and no letter.
  EXPECT_THAT(Name("-"), ElementsAre(Hit{"SN004", 1, 2}, Hit{"SN005", 1, 2}));
}

TEST(NameRulesTest, SN006OneFindingPerRun) {
  EXPECT_THAT(Name("foo--bar"), ElementsAre(Hit{"SN006", 4, 6}));
  EXPECT_THAT(Name("a---b--c"),
              ElementsAre(Hit{"SN006", 2, 5}, Hit{"SN006", 6, 8}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "foo--bar"), "SN006"),
              ElementsAre("service name 'foo--bar' has adjacent hyphens at "
                          "column 4"));
}

TEST(NameRulesTest, SN008UpperCaseWithLowerCaseFix) {
  const std::vector<Diagnostic> d =
      RunCheck(InputKind::kType, "_HTTP._tcp.local.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].rule_id, "SN008");
  EXPECT_EQ(d[0].span, (SourceSpan{1, 2, 1, 6}));
  EXPECT_EQ(d[0].message,
            "service name 'HTTP' has upper-case letters; the lower-case form "
            "is 'http'");
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(d[0].fix->title, "write 'http'");
  EXPECT_THAT(d[0].fix->edits,
              ElementsAre(Edit{SourceSpan{1, 2, 1, 6}, "http"}));
  // The protocol label's case is reported the same way (it was ignored
  // before, which issue 14 names as a bug).
  EXPECT_THAT(Type("_http._TCP"), ElementsAre(Hit{"SN008", 7, 11}));
}

TEST(NameRulesTest, SN009RedundantWords) {
  EXPECT_THAT(Name("foo-port"), ElementsAre(Hit{"SN009", 5, 9}));
  EXPECT_THAT(Name("acme-service"), ElementsAre(Hit{"SN009", 6, 13}));
  EXPECT_THAT(Name("sync-proto"), ElementsAre(Hit{"SN009", 6, 11}));
  EXPECT_THAT(Name("beacon-port-2"), ElementsAre(Hit{"SN009", 8, 12}));
  EXPECT_THAT(Name("fjippol-port1"), ElementsAre(Hit{"SN009", 9, 13}));
  EXPECT_THAT(Name("vmsvc"), ElementsAre(Hit{"SN009", 3, 6}));
  EXPECT_THAT(Name("codasrv"), ElementsAre(Hit{"SN009", 5, 8}));
  EXPECT_THAT(Name("bridgeprotocol"), ElementsAre(Hit{"SN009", 7, 15}));
  EXPECT_THAT(Name("servicetags"), ElementsAre(Hit{"SN009", 1, 8}));
  EXPECT_THAT(Name("port-svc"),
              ElementsAre(Hit{"SN009", 1, 5}, Hit{"SN009", 6, 9}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "acme-service"), "SN009"),
              ElementsAre("service name 'acme-service' contains 'service', "
                          "which is redundant in the registry"));
  // Ordinary words, too-short stems and names that are only the word.
  for (std::string_view clean :
       {"support", "transport", "airport", "report", "passport", "protonet",
        "msvc", "services", "port", "srv", "svc2", "portal"}) {
    EXPECT_THAT(Name(clean), IsEmpty()) << clean;
  }
}

TEST(NameRulesTest, SN010Versions) {
  EXPECT_THAT(Name("sync-v2"), ElementsAre(Hit{"SN010", 6, 8}));
  EXPECT_THAT(Name("v3-agent"), ElementsAre(Hit{"SN010", 1, 3}));
  EXPECT_THAT(Name("vcnet-link-v10"), ElementsAre(Hit{"SN010", 12, 15}));
  EXPECT_THAT(Name("foo-1.0"),
              ElementsAre(Hit{"SN010", 5, 8}, Hit{"SN003", 6, 7}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kName, "sync-v2"), "SN010"),
              ElementsAre("service name 'sync-v2' contains the version "
                          "number 'v2'"));
  // Not versions: instance numbers, glued letters, standard numbers.
  for (std::string_view clean : {"aol-2", "foo-2", "icpv2", "dsmipv6",
                                 "timbuktu-srv1", "x11", "v2x", "vnc"}) {
    for (const Hit& h : Name(clean)) EXPECT_NE(h.rule, "SN010") << clean;
  }
  for (const Hit& h : Name("z39.50")) EXPECT_NE(h.rule, "SN010");
}

TEST(NameRulesTest, EveryProblemOfOneNameIsReported) {
  EXPECT_THAT(
      Name("-My__Very--long_Service-"),
      ElementsAre(Hit{"SN005", 1, 2}, Hit{"SN002", 1, 25}, Hit{"SN008", 1, 25},
                  Hit{"SN003", 4, 17}, Hit{"SN006", 10, 12},
                  Hit{"SN009", 17, 24}, Hit{"SN005", 24, 25}));
}

}  // namespace
}  // namespace svclint::testing
