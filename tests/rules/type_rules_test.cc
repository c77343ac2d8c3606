// ST001-ST006, ST009: exact ids, columns and messages on service types,
// subtypes and the type part of instance names.

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lint/catalog/severity.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Hit> Type(std::string_view s) { return Hits(InputKind::kType, s); }

TEST(TypeRulesTest, CleanTypesHaveNoFinding) {
  for (std::string_view type :
       {"_http._tcp", "_http._tcp.local.", "_http._tcp.local",
        "_ipp._tcp.example.com", "_airplay._tcp", "_raop._tcp",
        "_sftp-ssh._tcp", "_foo._udp", "_dns-sd._udp"}) {
    EXPECT_THAT(Type(type), IsEmpty()) << type;
  }
  // Subtypes are clean read as subtypes (as a type, they are not one:
  // ForcedReadingIsChecked). `_sub._sub._http._tcp` is the subtype `_sub`.
  for (std::string_view subtype :
       {"_printer._sub._http._tcp", "_printer._sub._ipp._tcp.local.",
        "ColorPrinter._sub._ipp._tcp", "_sub._sub._http._tcp"}) {
    EXPECT_THAT(Hits(InputKind::kSubtype, subtype), IsEmpty()) << subtype;
  }
}

TEST(TypeRulesTest, ForcedReadingIsChecked) {
  // --as subtype on a type: no `_sub`, so it is not a subtype.
  EXPECT_THAT(Hits(InputKind::kSubtype, "_http._tcp"),
              ElementsAre(Hit{"ST004", 1, 11}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kSubtype, "_http._tcp"), "ST004"),
              ElementsAre("'_http._tcp' is not a subtype: it has no '_sub' "
                          "label; --as subtype expects "
                          "<subtype>._sub._<service>._tcp (or ._udp)"));
  // --as type on a subtype.
  EXPECT_THAT(Hits(InputKind::kType, "_foo._sub._http._tcp"),
              ElementsAre(Hit{"ST003", 1, 21}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kType, "_foo._sub._http._tcp"), "ST003"),
      ElementsAre("'_foo._sub._http._tcp' is a subtype ('_foo' of "
                  "'_http._tcp'), not a service type; --as type expects "
                  "_<service>._tcp or ._udp"));
  // No labels at all.
  EXPECT_THAT(Type("."), ElementsAre(Hit{"ST003", 1, 2}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "."), "ST003"),
              ElementsAre("'.' has no labels; a service type is "
                          "_<service>._tcp or ._udp"));
  EXPECT_THAT(Hits(InputKind::kInstance, "."), ElementsAre(Hit{"ST003", 1, 2}));
  EXPECT_THAT(Hits(InputKind::kInstance, ""), ElementsAre(Hit{"ST003", 1, 1}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kInstance, ""), "ST003"),
              ElementsAre("'' has no labels; an instance name is "
                          "<Instance>._<service>._tcp"));
  EXPECT_THAT(Hits(InputKind::kType, ""), ElementsAre(Hit{"SN001", 1, 1}));
  // A bare instance label: it needs its type, not "add ._tcp".
  EXPECT_THAT(Hits(InputKind::kInstance, "Jane’s MacBook Pro"),
              ElementsAre(Hit{"ST003", 1, 21}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kInstance, "Jane’s MacBook Pro"), "ST003"),
      ElementsAre("instance name 'Jane’s MacBook Pro' has no service type "
                  "after it; an instance name is <Instance>._<service>._tcp "
                  "(or ._udp), so add the type it is an instance of"));
}

TEST(TypeRulesTest, UpperCaseProtocolIsReportedWithAFix) {
  for (std::string_view type : {"_http._TCP", "_http._Udp.local."}) {
    const std::vector<Diagnostic> found = RunCheck(InputKind::kType, type);
    ASSERT_EQ(found.size(), 1u) << type;
    EXPECT_EQ(found[0].rule_id, "SN008");
    EXPECT_EQ(found[0].severity, Severity::kInfo);
    EXPECT_EQ(found[0].span.column, 7u);
    EXPECT_EQ(found[0].span.end_column, 11u);
    ASSERT_TRUE(found[0].fix.has_value());
    ASSERT_EQ(found[0].fix->edits.size(), 1u);
    EXPECT_EQ(found[0].fix->edits[0].replacement,
              type == "_http._TCP" ? "_tcp" : "_udp");
  }
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_http._TCP"), "SN008"),
              ElementsAre("protocol label '_TCP' has upper-case letters; the "
                          "lower-case form is '_tcp'"));
  // The service label and the protocol label are two findings.
  EXPECT_THAT(Type("_HTTP._TCP"),
              ElementsAre(Hit{"SN008", 2, 6}, Hit{"SN008", 7, 11}));
}

TEST(TypeRulesTest, ST001MissingUnderscore) {
  EXPECT_THAT(Type("http._tcp"), ElementsAre(Hit{"ST001", 1, 5}));
  EXPECT_THAT(Type("_http.tcp"), ElementsAre(Hit{"ST001", 7, 10}));
  EXPECT_THAT(Type("http.udp.local."),
              ElementsAre(Hit{"ST001", 1, 5}, Hit{"ST001", 6, 9}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "http._tcp"), "ST001"),
              ElementsAre("service label 'http' lacks its leading "
                          "underscore; write '_http'"));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_http.tcp"), "ST001"),
              ElementsAre("protocol label 'tcp' lacks its leading "
                          "underscore; write '_tcp'"));
}

TEST(TypeRulesTest, ST002BadProtocol) {
  EXPECT_THAT(Type("_foo._sctp"), ElementsAre(Hit{"ST002", 6, 11}));
  EXPECT_THAT(Type("_ipp._dccp.local."), ElementsAre(Hit{"ST002", 6, 11}));
  EXPECT_THAT(Hits(InputKind::kSubtype, "_printer._sub._http._quic"),
              ElementsAre(Hit{"ST002", 21, 26}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_foo._sctp"), "ST002"),
              ElementsAre("protocol label '_sctp' is not _tcp or _udp; "
                          "DNS-SD uses _udp for every transport other than "
                          "TCP"));
}

TEST(TypeRulesTest, ST003NestedProtocols) {
  EXPECT_THAT(Type("_daap._http._tcp"), ElementsAre(Hit{"ST003", 1, 6}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_daap._http._tcp"), "ST003"),
              ElementsAre("'_daap' comes before the service label '_http': "
                          "a service type is one service label and _tcp or "
                          "_udp, protocols do not nest"));
  EXPECT_THAT(Type("_a._b._http._tcp"),
              ElementsAre(Hit{"ST003", 1, 3}, Hit{"ST003", 4, 6}));
}

TEST(TypeRulesTest, ST003MissingOrExtraLabels) {
  EXPECT_THAT(Type("_http"), ElementsAre(Hit{"ST003", 1, 6}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_http"), "ST003"),
              ElementsAre("no protocol label after '_http'; add ._tcp or "
                          "._udp"));
  EXPECT_THAT(Type("_tcp.local."), ElementsAre(Hit{"ST003", 1, 5}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_tcp"), "ST003"),
              ElementsAre("no service label before the protocol label "
                          "'_tcp'"));
  EXPECT_THAT(Type("_http._tcp._udp"), ElementsAre(Hit{"ST003", 12, 16}));
  EXPECT_THAT(Type("Printer._ipp._tcp"), ElementsAre(Hit{"ST003", 1, 8}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kType, "Printer._ipp._tcp"), "ST003"),
      ElementsAre("unexpected label 'Printer' before the service "
                  "type; if it is an instance name, check it with "
                  "--as instance"));
}

TEST(TypeRulesTest, ST003EmptyLabelsPointAtTheirDot) {
  EXPECT_THAT(Type("_http.._tcp"), ElementsAre(Hit{"ST003", 7, 8}));
  EXPECT_THAT(Type("_http._tcp..local"), ElementsAre(Hit{"ST003", 12, 13}));
  EXPECT_THAT(Type("._http._tcp"), ElementsAre(Hit{"ST003", 1, 2}));
  EXPECT_THAT(Type("_http._tcp.."), ElementsAre(Hit{"ST003", 12, 13}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, "_http.._tcp"), "ST003"),
              ElementsAre("empty label at column 7: two dots in a row, or a "
                          "leading dot"));
}

TEST(TypeRulesTest, ST003BadEscapeOutsideTheInstance) {
  EXPECT_THAT(Type(R"(_http._tcp.lo\cal)"), ElementsAre(Hit{"ST003", 14, 16}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kType, R"(_http._tcp.lo\cal)"), "ST003"),
      ElementsAre(
          R"(invalid escape '\c' at column 14; the escapes are \., \\ and \DDD (000-255))"));
  // Valid escapes are fine in a domain.
  EXPECT_THAT(Type(R"(_http._tcp.my\032domain)"), IsEmpty());
}

TEST(TypeRulesTest, ST004Subtypes) {
  EXPECT_THAT(Hits(InputKind::kSubtype, "_sub._http._tcp"),
              ElementsAre(Hit{"ST004", 1, 5}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kSubtype, "_sub._http._tcp"), "ST004"),
      ElementsAre("subtype has no label before '_sub'"));
  EXPECT_THAT(Hits(InputKind::kSubtype, "_a._b._sub._http._tcp"),
              ElementsAre(Hit{"ST004", 1, 6}));
  // Read from the right (RFC 6763 §7.1): the `_sub` before `_http` marks
  // the subtype, so `_a._sub._b` is one subtype of several labels. (This
  // expectation was '_sub' at column 12 misplaced: the parse went left to
  // right and took the first `_sub`.)
  EXPECT_THAT(Hits(InputKind::kSubtype, "_a._sub._b._sub._http._tcp"),
              ElementsAre(Hit{"ST004", 1, 11}));
  EXPECT_THAT(Hits(InputKind::kSubtype, "_http._tcp._sub"),
              ElementsAre(Hit{"ST004", 12, 16}));
  EXPECT_THAT(Hits(InputKind::kSubtype, "_printer._sub"),
              ElementsAre(Hit{"ST003", 1, 14}, Hit{"ST004", 10, 14}));
  const std::string long_sub = absl::StrCat("_", std::string(63, 'a'));
  EXPECT_THAT(Hits(InputKind::kSubtype, long_sub + "._sub._http._tcp"),
              ElementsAre(Hit{"ST004", 1, 65}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kSubtype, long_sub + "._sub._http._tcp"),
               "ST004"),
      ElementsAre("subtype label is 64 bytes; the limit is 63"));
  // 63 bytes is fine, and the subtype is not bound by RFC 6335.
  EXPECT_THAT(
      Hits(InputKind::kSubtype, std::string(63, 'a') + "._sub._http._tcp"),
      IsEmpty());
}

TEST(TypeRulesTest, ST005LabelTooLong) {
  const std::string label(64, 'a');
  EXPECT_THAT(Type("_http._tcp." + label + ".com"),
              ElementsAre(Hit{"ST005", 12, 76}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kType, "_http._tcp." + label), "ST005"),
      ElementsAre("label '" + label +
                  "' is 64 bytes; a DNS label holds at most 63"));
  // Counted on the wire: 62 bytes and one escape is 63.
  EXPECT_THAT(Type(absl::StrCat("_http._tcp.", std::string(62, 'a'), "\\.")),
              IsEmpty());
}

TEST(TypeRulesTest, ST006NameTooLong) {
  const std::string l(63, 'a');
  const std::string name = "_http._tcp." + l + "." + l + "." + l + "." + l;
  EXPECT_THAT(
      Type(name),
      ElementsAre(Hit{"ST006", 1, static_cast<uint32_t>(name.size() + 1)}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kType, name), "ST006"),
              ElementsAre("name is 268 bytes in wire form; a DNS name holds "
                          "at most 255"));
  // 255 exactly is fine: 1+5 + 1+4 + 3*64 + 1+50 + 1 = 255.
  const std::string fits =
      absl::StrCat("_http._tcp.", l, ".", l, ".", l, ".", std::string(50, 'b'));
  EXPECT_THAT(Type(fits), IsEmpty());
}

TEST(TypeRulesTest, ST009MetaQueries) {
  EXPECT_THAT(Type("_services._dns-sd._udp"), ElementsAre(Hit{"ST009", 1, 23}));
  EXPECT_THAT(Type("_services._dns-sd._udp.local."),
              ElementsAre(Hit{"ST009", 1, 23}));
  for (std::string_view q : {"b", "db", "r", "dr", "lb"}) {
    const std::string query = std::string(q) + "._dns-sd._udp";
    EXPECT_THAT(
        Type(query),
        ElementsAre(Hit{"ST009", 1, static_cast<uint32_t>(query.size() + 1)}))
        << query;
  }
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kType, "lb._dns-sd._udp.example.com"),
               "ST009"),
      ElementsAre("'lb._dns-sd._udp' is a DNS-SD meta-query name, "
                  "not a service type"));
  EXPECT_THAT(Type("_services._dns-sd._tcp"), ElementsAre(Hit{"ST003", 1, 10}));
}

TEST(TypeRulesTest, ServiceNameRulesRunAtTheLabelsColumns) {
  EXPECT_THAT(Type("_my--Svc_._tcp"),
              ElementsAre(Hit{"SN008", 2, 10}, Hit{"SN006", 4, 6},
                          Hit{"SN009", 6, 9}, Hit{"SN003", 9, 10}));
  EXPECT_THAT(Type("_toolongservicename1._udp.local"),
              ElementsAre(Hit{"SN002", 2, 21}));
  EXPECT_THAT(Hits(InputKind::kSubtype, "_printer._sub._6000._tcp"),
              ElementsAre(Hit{"SN004", 16, 20}));
}

TEST(TypeRulesTest, EveryProblemInOneType) {
  EXPECT_THAT(Type("_daap._ht_tp._sctp..local"),
              ElementsAre(Hit{"ST003", 1, 6}, Hit{"SN003", 10, 11},
                          Hit{"ST002", 14, 19}, Hit{"ST003", 20, 21}));
}

}  // namespace
}  // namespace svclint::testing
