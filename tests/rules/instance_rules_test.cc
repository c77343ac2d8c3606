// SI001-SI005: exact ids, columns and messages on instance names in
// presentation form and on bare instance labels.

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Hit> Instance(std::string_view s) {
  return Hits(InputKind::kInstance, s);
}

// A bare label as a config file holds it.
std::vector<Hit> Label(std::string_view s) {
  static const RulePolicy policy;
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, nullptr};
  CheckInstanceLabel(s, Anchor{1, 1}, ctx);
  std::vector<Diagnostic> d = sink.TakeDiagnostics();
  SortDiagnostics(d);
  std::vector<Hit> hits;
  for (const Diagnostic& x : d) {
    hits.push_back({x.rule_id, x.span.column, x.span.end_column});
  }
  return hits;
}

TEST(InstanceRulesTest, CleanInstancesHaveNoFinding) {
  for (std::string_view name :
       {R"(My\.Printer._ipp._tcp.local.)", "Office Printer._ipp._tcp",
        R"(Back\\slash._ipp._tcp)", R"(Space\032Here._ipp._tcp)",
        "Caf\xC3\xA9._ipp._tcp", R"(Caf\195\169._ipp._tcp)",
        "\xE6\x97\xA5\xE6\x9C\xAC._http._tcp.local.",
        "_odd but fine._http._tcp"}) {
    EXPECT_THAT(Instance(name), IsEmpty()) << name;
  }
  EXPECT_THAT(Label("SSH on host.example (v2)"), IsEmpty());
  EXPECT_THAT(Label(R"(a\b)"), IsEmpty());  // literal in a config
}

TEST(InstanceRulesTest, SI001ControlCharacters) {
  EXPECT_THAT(Instance("Printer\x01._ipp._tcp"),
              ElementsAre(Hit{"SI001", 8, 9}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kInstance, "Printer\x01._ipp._tcp"),
                       "SI001"),
              ElementsAre("instance name contains the control character "
                          "\\x01 at column 8"));
  // One finding per run; escapes that decode to a control character count.
  EXPECT_THAT(Instance("A\t\r\nB\x7F._ipp._tcp"),
              ElementsAre(Hit{"SI001", 2, 5}, Hit{"SI001", 6, 7}));
  EXPECT_THAT(Instance(R"(Tab\009Here._ipp._tcp)"),
              ElementsAre(Hit{"SI001", 4, 8}));
  EXPECT_THAT(Label("Printer\x01"), ElementsAre(Hit{"SI001", 8, 9}));
}

TEST(InstanceRulesTest, SI002TooLong) {
  const std::string name(64, 'x');
  EXPECT_THAT(Instance(name + "._ipp._tcp"), ElementsAre(Hit{"SI002", 1, 65}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kInstance, name + "._ipp._tcp"), "SI002"),
      ElementsAre("instance name is 64 bytes; a DNS label holds at "
                  "most 63"));
  // Counted after decoding: 61 bytes and two escapes are 63.
  EXPECT_THAT(Instance(std::string(61, 'x') + R"(\.\\._ipp._tcp)"), IsEmpty());
  // Counted in bytes: 32 two-byte letters are 64.
  std::string accents;
  for (int i = 0; i < 32; ++i) accents += "\xC3\xA9";
  EXPECT_THAT(Label(accents), ElementsAre(Hit{"SI002", 1, 65}));
}

TEST(InstanceRulesTest, SI003InvalidUtf8) {
  EXPECT_THAT(Instance(R"(Caf\233._ipp._tcp)"),
              ElementsAre(Hit{"SI003", 4, 8}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kInstance, R"(Caf\233._ipp._tcp)"), "SI003"),
      ElementsAre("instance name has invalid UTF-8 \\xE9 at column 4"));
  EXPECT_THAT(Label("a\xE9"
                    "b\xFF\xFE"),
              ElementsAre(Hit{"SI003", 2, 3}, Hit{"SI003", 4, 6}));
  // A truncated sequence, an overlong form, a surrogate.
  EXPECT_THAT(Label("ab\xE2\x82"), ElementsAre(Hit{"SI003", 3, 5}));
  EXPECT_THAT(Label("\xC0\xAF"), ElementsAre(Hit{"SI003", 1, 3}));
  EXPECT_THAT(Label("\xED\xA0\x80"), ElementsAre(Hit{"SI003", 1, 4}));
}

TEST(InstanceRulesTest, SI004NotNfc) {
  EXPECT_THAT(Instance("Cafe\xCC\x81._ipp._tcp"),
              ElementsAre(Hit{"SI004", 1, 7}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kInstance, "Cafe\xCC\x81._ipp._tcp"),
                       "SI004"),
              ElementsAre("instance name 'Cafe\xCC\x81' is not in Unicode "
                          "Normalization Form C"));
  EXPECT_THAT(Label("\xE2\x84\xAB"), ElementsAre(Hit{"SI004", 1, 4}));  // Å
  EXPECT_THAT(Label("Caf\xC3\xA9"), IsEmpty());
  EXPECT_THAT(Label("\xED\x95\x9C"), IsEmpty());  // 한, a Hangul syllable
  // Invalid UTF-8 is SI003's alone.
  EXPECT_THAT(Label("e\xCC"), ElementsAre(Hit{"SI003", 2, 3}));
}

TEST(InstanceRulesTest, SI005BadEscapes) {
  EXPECT_THAT(Instance(R"(Bad\q._ipp._tcp)"), ElementsAre(Hit{"SI005", 4, 6}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kInstance, R"(Bad\q._ipp._tcp)"), "SI005"),
      ElementsAre(
          R"(invalid escape '\q' at column 4; the escapes are \., \\ and \DDD (000-255))"));
  EXPECT_THAT(Instance(R"(Bad\256._ipp._tcp)"),
              ElementsAre(Hit{"SI005", 4, 8}));
  EXPECT_THAT(Instance(R"(A\1B._ipp._tcp)"), ElementsAre(Hit{"SI005", 2, 4}));
  EXPECT_THAT(Instance(R"(Printer\)"),
              ElementsAre(Hit{"ST003", 1, 9}, Hit{"SI005", 8, 9}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kInstance, R"(Printer\)"), "SI005"),
              ElementsAre("instance name ends with a lone backslash at "
                          "column 8"));
}

TEST(InstanceRulesTest, SI005UnescapedDots) {
  EXPECT_THAT(Instance("Two.Labels._ipp._tcp"),
              ElementsAre(Hit{"SI005", 4, 5}));
  EXPECT_THAT(
      Messages(RunCheck(InputKind::kInstance, "Two.Labels._ipp._tcp"), "SI005"),
      ElementsAre("'.' at column 4 splits the instance name into "
                  "labels; write '\\.' for a literal dot"));
  EXPECT_THAT(Instance("a.b.c._http._tcp.local."),
              ElementsAre(Hit{"SI005", 2, 3}, Hit{"SI005", 4, 5}));
}

TEST(InstanceRulesTest, TypeRulesRunOnTheRest) {
  EXPECT_THAT(Instance("Printer._ipp._sctp"),
              ElementsAre(Hit{"ST002", 14, 19}));
  EXPECT_THAT(Instance("Printer._IPP._tcp.local."),
              ElementsAre(Hit{"SN008", 10, 13}));
  EXPECT_THAT(Instance("_ipp._tcp"), ElementsAre(Hit{"ST003", 1, 1}));
  EXPECT_THAT(Messages(RunCheck(InputKind::kInstance, "_ipp._tcp"), "ST003"),
              ElementsAre("instance name has no instance label before the "
                          "service type"));
  EXPECT_THAT(Instance("b._dns-sd._udp.local"),
              ElementsAre(Hit{"ST009", 1, 15}));
  EXPECT_THAT(Instance("Printer._ipp._tcp.lo\\x"),
              ElementsAre(Hit{"ST003", 21, 23}));
}

TEST(InstanceRulesTest, EveryProblemOfOneInstance) {
  EXPECT_THAT(
      Instance("Dot.Ctl\x01\\q\\233._My_Svc._tcp"),
      ElementsAre(Hit{"SI005", 4, 5}, Hit{"SI001", 8, 9}, Hit{"SI005", 9, 11},
                  Hit{"SI003", 11, 15}, Hit{"SN008", 17, 23},
                  Hit{"SN003", 19, 20}, Hit{"SN009", 20, 23}));
}

}  // namespace
}  // namespace svclint::testing
