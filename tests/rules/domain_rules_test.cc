// ST010 (with ST005, ST006) on Avahi domain and host names.

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Diagnostic> RunDomain(std::string_view name, DomainKind kind) {
  static const RulePolicy policy;
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, nullptr};
  CheckDomainName(name, Anchor{1, 1}, kind, ctx);
  std::vector<Diagnostic> out = sink.TakeDiagnostics();
  SortDiagnostics(out);
  return out;
}

std::vector<Hit> Domain(std::string_view s,
                        DomainKind k = DomainKind::kDomain) {
  std::vector<Hit> hits;
  for (const Diagnostic& d : RunDomain(s, k)) {
    hits.push_back({d.rule_id, d.span.column, d.span.end_column});
  }
  return hits;
}

TEST(DomainRulesTest, ValidNames) {
  for (std::string_view name :
       {"local", "local.", "example.com", "_dns-sd._udp.example.com",
        R"(my\.domain.example)", R"(caf\195\169.example)"}) {
    EXPECT_THAT(Domain(name), IsEmpty()) << name;
  }
  for (std::string_view host : {"printer.local", "printer-2.local.", "a"}) {
    EXPECT_THAT(Domain(host, DomainKind::kHost), IsEmpty()) << host;
  }
}

TEST(DomainRulesTest, EmptyLabelsAndBadEscapes) {
  EXPECT_THAT(Domain("office..example.com"), ElementsAre(Hit{"ST010", 8, 9}));
  EXPECT_THAT(Domain(".local"), ElementsAre(Hit{"ST010", 1, 2}));
  EXPECT_THAT(Domain(R"(lo\cal)"), ElementsAre(Hit{"ST010", 3, 5}));
  EXPECT_THAT(Messages(RunDomain("a..b", DomainKind::kDomain), "ST010"),
              ElementsAre("empty label at column 3 in domain 'a..b': two "
                          "dots in a row, or a leading dot"));
  EXPECT_THAT(Messages(RunDomain(R"(lo\cal)", DomainKind::kHost), "ST010"),
              ElementsAre("invalid escape '\\c' at column 3 in host name "
                          "'lo\\cal'; the escapes are \\., \\\\ and \\DDD "
                          "(000-255)"));
}

TEST(DomainRulesTest, HostNameSyntaxIsAWarning) {
  const std::vector<Diagnostic> d =
      RunDomain("office printer_1.local", DomainKind::kHost);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].span, (SourceSpan{1, 7, 1, 8}));
  EXPECT_EQ(d[0].severity, Severity::kWarning);
  EXPECT_EQ(d[1].span, (SourceSpan{1, 15, 1, 16}));
  EXPECT_THAT(Domain("-printer.local", DomainKind::kHost),
              ElementsAre(Hit{"ST010", 1, 9}));
  // Underscores are fine in a domain: DNS-SD lives on them.
  EXPECT_THAT(Domain("_tcp.example.com"), IsEmpty());
}

TEST(DomainRulesTest, LengthLimits) {
  const std::string label(64, 'a');
  EXPECT_THAT(Domain(label + ".com"), ElementsAre(Hit{"ST005", 1, 65}));
  std::string name;
  for (int i = 0; i < 5; ++i) name += std::string(60, 'b') + ".";
  EXPECT_THAT(Domain(name), ElementsAre(Hit{"ST006", 1, 306}));
}

}  // namespace
}  // namespace svclint::testing
