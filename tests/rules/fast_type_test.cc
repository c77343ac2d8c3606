// The fast path's contract: whenever IsCleanCommonType() says a type is
// clean, the full parser and every rule agree, with and without the
// registry. Checked over every registry name as _name._tcp and _name._udp,
// with domains, and over generated near-misses.

#include "lint/rules/fast_type.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "lint/base/strings.h"
#include "lint/config/custom_rule.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_loader.h"
#include "lint/rules/checks.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

// The full checks: an (empty) custom rule set turns the fast path off.
std::vector<Diagnostic> FullCheck(std::string_view type,
                                  const Registry* registry) {
  static const RulePolicy policy;
  static const CustomRules no_custom_rules;
  DiagnosticSink sink("<test>", policy);
  sink.set_custom_rules(&no_custom_rules);
  CheckContext ctx{sink, registry};
  CheckServiceType(type, Anchor{1, 1}, ctx);
  return sink.TakeDiagnostics();
}

std::vector<std::string> Inputs() {
  std::vector<std::string> out;
  const Registry& r = Registry::Embedded();
  for (size_t k = 0; k < r.NameCount(); ++k) {
    const std::string name(r.record(r.NameRecords(k)[0]).name);
    for (const char* proto : {"_tcp", "_udp"}) {
      for (const char* domain : {"", ".", ".local.", ".Example.com"}) {
        out.push_back(absl::StrCat("_", name, ".", proto, domain));
      }
    }
  }
  // Near-misses of each condition the fast path tests.
  for (const char* s : {"_http._tcp..",
                        "_http._tcp.a..b",
                        "_http._tcp.local..",
                        "_http._tcpx",
                        "_http._TCP",
                        "_HTTP._tcp",
                        "_http-._tcp",
                        "_-http._tcp",
                        "_ht--tp._tcp",
                        "_1234._tcp",
                        "_abcdefghijklmnop._tcp",
                        "_abcdefghijklmno._tcp",
                        "_a._b._tcp",
                        "_http._tcp._udp",
                        "_http._tcp.lo_cal",
                        "_http._tcp.lo\\.cal",
                        "_sync-v2._tcp",
                        "_foo-port._tcp",
                        "_acmesvc._udp",
                        "_www._tcp",
                        "_www-http._tcp",
                        "_ssh._udp",
                        "_imap._udp",
                        "_printer._sub._http._tcp",
                        "_services._dns-sd._udp",
                        "_dns-sd._udp",
                        "_http._tcp.\xC3\xA9",
                        "_http._tcp.",
                        "_x._tcp",
                        "_xx._udp.local"}) {
    out.emplace_back(s);
  }
  out.push_back(absl::StrCat("_http._tcp.", std::string(64, 'a')));
  out.push_back(absl::StrCat("_http._tcp.", std::string(63, 'a')));
  std::string long_domain = "_http._tcp";
  for (int i = 0; i < 5; ++i)
    absl::StrAppend(&long_domain, ".", std::string(50, 'b'));
  out.push_back(long_domain);
  return out;
}

TEST(FastTypeTest, CleanMeansTheFullChecksFindNothing) {
  size_t fast = 0, total = 0;
  for (const Registry* registry :
       {static_cast<const Registry*>(nullptr), &Registry::Embedded()}) {
    for (const std::string& type : Inputs()) {
      ++total;
      if (!IsCleanCommonType(type, registry)) continue;
      ++fast;
      const std::vector<Diagnostic> d = FullCheck(type, registry);
      EXPECT_TRUE(d.empty()) << type << (registry ? " (registry)" : "") << ": "
                             << d[0].rule_id << " " << d[0].message;
    }
  }
  // Most real types take the fast path, or it buys nothing.
  EXPECT_GT(fast * 10, total * 7) << fast << " of " << total;
}

TEST(FastTypeTest, TheObviousCases) {
  const Registry* r = &Registry::Embedded();
  EXPECT_TRUE(IsCleanCommonType("_http._tcp", r));
  EXPECT_TRUE(IsCleanCommonType("_ipp._tcp.local.", r));
  EXPECT_TRUE(IsCleanCommonType("_airplay._udp", r));
  EXPECT_FALSE(IsCleanCommonType("_ssh._udp", r));            // ST008
  EXPECT_FALSE(IsCleanCommonType("_notregistered._tcp", r));  // ST007
  EXPECT_TRUE(IsCleanCommonType("_notregistered._tcp", nullptr));
  EXPECT_FALSE(IsCleanCommonType("_www._tcp", r));  // SN007
  EXPECT_FALSE(IsCleanCommonType("_http._tcp..", r));
}

}  // namespace
}  // namespace svclint

namespace svclint {
namespace {

// NameFlags, FindByName and HistoricReplacement answer the first lookups
// with binary searches and the rest from a hash table: both must give the
// same answers for every name and alias, in any case.
TEST(NameTableTest, SearchesAndTableAgree) {
  const std::string xml = ::svclint::testing::SourceDir() +
                          "/corpus/iana/service-names-port-numbers.xml";
  absl::StatusOr<Registry> probe = LoadRegistryFile(xml);
  ASSERT_TRUE(probe.ok()) << probe.status();
  std::vector<std::string> names;
  for (size_t k = 0; k < probe->NameCount(); ++k) {
    const std::string name(probe->record(probe->NameRecords(k)[0]).name);
    names.push_back(AsciiLower(name));
    if (k % 7 == 0) names.push_back(absl::AsciiStrToUpper(name));
  }
  names.insert(names.end(),
               {"www", "WWW-Http", "acmaint_dbd", "whois++", "Whois++",
                "notregistered", "", "abcdefghijklmnop", "abcdefghijklmno"});
  struct Answer {
    uint8_t flags;
    std::vector<uint32_t> records;
    std::optional<std::string_view> replacement;
    bool operator==(const Answer&) const = default;
  };
  auto ask = [](const Registry& r, const std::string& name) {
    const std::span<const uint32_t> found = r.FindByName(name);
    return Answer{r.NameFlags(name),
                  {found.begin(), found.end()},
                  r.HistoricReplacement(name)};
  };
  // Each query below makes up to three lookups; the first 256 search.
  constexpr size_t kBatch = 80;
  size_t historic = 0, known = 0;
  for (size_t begin = 0; begin < names.size(); begin += 8 * kBatch) {
    absl::StatusOr<Registry> r = LoadRegistryFile(xml);
    ASSERT_TRUE(r.ok());
    const size_t end = std::min(names.size(), begin + kBatch);
    std::vector<Answer> searched;
    for (size_t i = begin; i < end; ++i) searched.push_back(ask(*r, names[i]));
    for (int i = 0; i < 256; ++i) r->NameFlags("http");  // build the table
    for (size_t i = begin; i < end; ++i) {
      const Answer& a = searched[i - begin];
      EXPECT_EQ(ask(*r, names[i]), a) << names[i];
      historic += a.replacement.has_value();
      known += !a.records.empty();
    }
  }
  EXPECT_GT(historic, 0u);
  EXPECT_GT(known, 100u);
  EXPECT_EQ(probe->NameFlags("www") & Registry::kNameHistoric,
            Registry::kNameHistoric);
  EXPECT_EQ(*probe->HistoricReplacement("WHOIS++"), "whoispp");
}

}  // namespace
}  // namespace svclint
