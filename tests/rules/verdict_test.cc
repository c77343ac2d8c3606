// The yes/no checks' contract: IsValidServiceType(t) is true exactly when
// the full checks report no error on t, and IsValidServiceName(n) exactly
// when CheckServiceName reports none. Checked over the registry's names in
// every shape, the corpus, hand-picked edge cases and 200,000 strings
// generated from the pieces the parser cares about.

#include "lint/rules/verdict.h"

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/rules/checks.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

// The first error the full checks report, or "" when there is none. The
// registry is loaded: its rules only warn, so the verdict must not change.
std::string FirstError(std::string_view input, bool as_type) {
  static const RulePolicy policy;
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, &Registry::Embedded()};
  if (as_type) {
    CheckServiceType(input, Anchor{1, 1}, ctx);
  } else {
    CheckServiceName(input, Anchor{1, 1}, ctx);
  }
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.severity == Severity::kError) {
      return absl::StrCat(d.rule_id, " ", d.message);
    }
  }
  return "";
}

void ExpectAgree(std::string_view input) {
  const std::string type_error = FirstError(input, /*as_type=*/true);
  EXPECT_EQ(IsValidServiceType(input), type_error.empty())
      << "type '" << input << "': " << type_error;
  const std::string name_error = FirstError(input, /*as_type=*/false);
  EXPECT_EQ(IsValidServiceName(input), name_error.empty())
      << "name '" << input << "': " << name_error;
}

TEST(VerdictTest, DecidesTheObviousCases) {
  EXPECT_TRUE(IsValidServiceType("_http._tcp"));
  EXPECT_TRUE(IsValidServiceType("_ipp._tcp.local."));
  EXPECT_TRUE(IsValidServiceType("_printer._sub._http._tcp"));
  EXPECT_TRUE(IsValidServiceType("_HTTP._TCP"));           // SN008 is a note
  EXPECT_TRUE(IsValidServiceType("_ssh._udp"));            // ST008 warns
  EXPECT_TRUE(IsValidServiceType("_www._tcp"));            // SN007 warns
  EXPECT_TRUE(IsValidServiceType("_http._tcp.lo\\.cal"));  // escaped dot
  EXPECT_FALSE(IsValidServiceType(""));
  EXPECT_FALSE(IsValidServiceType("_acmaint_dbd._udp"));          // SN003
  EXPECT_FALSE(IsValidServiceType("_toolongservicename1._tcp"));  // SN002
  EXPECT_FALSE(IsValidServiceType("_foo._sctp"));                 // ST002
  EXPECT_FALSE(IsValidServiceType("http._tcp"));                  // ST001
  EXPECT_FALSE(IsValidServiceType("_http"));                      // ST003
  EXPECT_FALSE(IsValidServiceType("_daap._http._tcp"));           // ST003
  EXPECT_FALSE(IsValidServiceType("_http.._tcp"));                // ST003
  EXPECT_FALSE(IsValidServiceType("_services._dns-sd._udp"));     // ST009
  EXPECT_FALSE(IsValidServiceType("_sub._http._tcp"));            // ST004
  EXPECT_FALSE(IsValidServiceType("_http._tcp.lo\\cal"));         // ST003
  EXPECT_TRUE(IsValidServiceName("http"));
  EXPECT_TRUE(IsValidServiceName("3com-tsmux"));
  EXPECT_FALSE(IsValidServiceName("whois++"));
  EXPECT_FALSE(IsValidServiceName("6000-6063"));
  EXPECT_FALSE(IsValidServiceName("a--b"));
  EXPECT_FALSE(IsValidServiceName("-a"));
}

TEST(VerdictTest, AgreesWithTheFullChecksOnTheRegistry) {
  const Registry& r = Registry::Embedded();
  for (size_t k = 0; k < r.NameCount(); ++k) {
    const std::string name(r.record(r.NameRecords(k)[0]).name);
    ExpectAgree(name);
    for (const char* proto : {"_tcp", "_udp", "_sctp", "tcp"}) {
      for (const char* domain : {"", ".", ".local.", ".Example.com", ".."}) {
        ExpectAgree(absl::StrCat("_", name, ".", proto, domain));
      }
    }
    ExpectAgree(absl::StrCat("_", name, "._sub._http._tcp"));
    ExpectAgree(absl::StrCat("_printer._sub._", name, "._udp.local"));
  }
}

TEST(VerdictTest, AgreesWithTheFullChecksOnTheCorpus) {
  for (const char* file :
       {"instances", "issue-2", "service-names", "subtypes", "types"}) {
    std::ifstream in(absl::StrCat(::svclint::testing::SourceDir(),
                                  "/corpus/names/", file, ".txt"));
    ASSERT_TRUE(in) << file;
    std::string line;
    size_t lines = 0;
    while (std::getline(in, line)) {
      ExpectAgree(line);
      ++lines;
    }
    EXPECT_GT(lines, 4u) << file;
  }
}

TEST(VerdictTest, AgreesWithTheFullChecksOnEdgeCases) {
  const std::string l63(63, 'a'), l64(64, 'a');
  std::string long_domain = "_http._tcp";
  for (int i = 0; i < 5; ++i) absl::StrAppend(&long_domain, ".", l63);
  std::string just_fits = "_http._tcp";  // 12 + 3 * 64 + 50 = 254 bytes
  for (int i = 0; i < 3; ++i) absl::StrAppend(&just_fits, ".", l63);
  absl::StrAppend(&just_fits, ".", std::string(49, 'b'));
  for (const std::string& s :
       std::vector<std::string>{".",
                                "..",
                                "...",
                                "_",
                                "_.",
                                "._tcp",
                                "_tcp",
                                "_tcp.",
                                "_tcp._tcp",
                                "_udp._tcp",
                                "_sub._tcp",
                                "_._tcp",
                                "_-._tcp",
                                "_a._tcp",
                                "_1._tcp",
                                "_a-1._tcp",
                                "_http._tcp._udp",
                                "_http._tcp._sub",
                                "_http._tcp.local._sub",
                                "_http._tcp.a..b",
                                "_http._tcp..",
                                "_http.tcp",
                                "_http.udp.local",
                                "_http._TcP",
                                "_http._Udp.",
                                "_x._sub._http._tcp",
                                "x._sub._http._tcp",
                                "._sub._http._tcp",
                                "_sub._sub._http._tcp",
                                "_a._b._sub._http._tcp",
                                "_a._sub._b._sub._http._tcp",
                                "_a._sub._http._tcp._sub",
                                "_a._SUB._http._tcp",
                                "_a._sub._sub._tcp",
                                "_a._sub.._tcp",
                                "b._dns-sd._udp",
                                "lb._dns-sd._udp.local",
                                "_services._dns-sd._tcp",
                                "_dns-sd._udp",
                                "_b._dns-sd._udp",
                                "Printer._ipp._tcp",
                                "_http._tcp.local\\",
                                "_ht\\.tp._tcp",
                                "_http\\._tcp",
                                "_http._tcp.\\065bc",
                                "_http._tcp.\\999",
                                "\\._tcp",
                                "_http._tcp.\xC3\xA9",
                                "_caf\xC3\xA9._tcp",
                                "_http._tcp.a b",
                                "_http\t._tcp",
                                absl::StrCat("_", l63, "._tcp"),
                                absl::StrCat("_http._tcp.", l63),
                                absl::StrCat("_http._tcp.", l64),
                                absl::StrCat(l63, "._sub._http._tcp"),
                                absl::StrCat(l64, "._sub._http._tcp"),
                                long_domain,
                                just_fits,
                                absl::StrCat(just_fits, "b"),
                                absl::StrCat(just_fits, "."),
                                std::string("_http._tcp\0", 11),
                                std::string("_a\0b._tcp", 9)}) {
    ExpectAgree(s);
  }
}

// Strings glued from the pieces the parser and the rules react to.
TEST(VerdictTest, AgreesWithTheFullChecksOnGeneratedStrings) {
  static const std::vector<std::string> kPieces = {"_",
                                                   ".",
                                                   "_tcp",
                                                   "_udp",
                                                   "tcp",
                                                   "_sub",
                                                   "_SUB",
                                                   "_TCP",
                                                   "http",
                                                   "a",
                                                   "Z",
                                                   "0",
                                                   "9",
                                                   "-",
                                                   "--",
                                                   "\\",
                                                   "\\.",
                                                   "\\0",
                                                   "\\065",
                                                   "_dns-sd",
                                                   "b",
                                                   "lb",
                                                   "_services",
                                                   "local",
                                                   " ",
                                                   "\xC3",
                                                   "\xA9",
                                                   "+",
                                                   "*",
                                                   std::string(20, 'x'),
                                                   std::string(60, 'y')};
  std::mt19937 rng(20261128);
  std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 12);
  for (int i = 0; i < 200'000; ++i) {
    std::string s;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) s += kPieces[piece(rng)];
    ExpectAgree(s);
    if (HasFailure()) break;  // one counterexample is enough to read
  }
}

}  // namespace
}  // namespace svclint
