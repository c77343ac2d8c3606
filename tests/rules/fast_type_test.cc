// The fast path's contract: whenever IsCleanCommonType() says a type is
// clean, the full parser and every rule agree, with and without the
// registry. Checked over every registry name as _name._tcp and _name._udp,
// with domains, and over generated near-misses.

#include "lint/rules/fast_type.h"

#include <algorithm>
#include <string>
#include <vector>

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

// NameFlags answers the first lookups with binary searches and the rest
// from a table: both must give the same bits for every name and alias.
TEST(NameFlagsTest, SearchesAndTableAgree) {
  const std::string xml = ::svclint::testing::SourceDir() +
                          "/corpus/iana/service-names-port-numbers.xml";
  absl::StatusOr<Registry> probe = LoadRegistryFile(xml);
  ASSERT_TRUE(probe.ok()) << probe.status();
  std::vector<std::string> names;
  for (size_t k = 0; k < probe->NameCount(); ++k) {
    names.push_back(AsciiLower(probe->record(probe->NameRecords(k)[0]).name));
  }
  names.insert(names.end(), {"www", "www-http", "acmaint_dbd", "whois++",
                             "notregistered", "", "abcdefghijklmnop"});
  constexpr size_t kBatch = 256;  // lookups answered by searching
  for (size_t begin = 0; begin < names.size(); begin += 4 * kBatch) {
    absl::StatusOr<Registry> r = LoadRegistryFile(xml);
    ASSERT_TRUE(r.ok());
    const size_t end = std::min(names.size(), begin + kBatch);
    std::vector<uint8_t> searched;
    for (size_t i = begin; i < end; ++i) {
      searched.push_back(r->NameFlags(names[i]));
    }
    for (size_t i = begin; i < end; ++i) {
      EXPECT_EQ(r->NameFlags(names[i]), searched[i - begin]) << names[i];
    }
  }
  EXPECT_EQ(probe->NameFlags("www") & Registry::kNameHistoric,
            Registry::kNameHistoric);
}

}  // namespace
}  // namespace svclint
