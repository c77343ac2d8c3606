// ST007 and the types in use that nobody registered (types_in_use.cc): the
// table's rows are quiet on their own transport only, every row is really
// missing from the registry, and other unregistered names still warn.

#include "lint/rules/type/types_in_use.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lint/registry/registry.h"
#include "tests/rules/rules_test_util.h"
#include "tests/test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Hit> TypeHits(std::string_view type) {
  std::vector<Hit> hits;
  for (const Diagnostic& d :
       RunCheck(InputKind::kType, type, &Registry::Embedded())) {
    hits.push_back({d.rule_id, d.span.column, d.span.end_column});
  }
  return hits;
}

TEST(TypesInUseTest, FoundOnTheirTransportOnly) {
  ASSERT_NE(FindTypeInUse("uscan", Transport::kTcp), nullptr);
  EXPECT_EQ(FindTypeInUse("uscan", Transport::kTcp)->defined_by,
            "Mopria eSCL Scan Technical Specification");
  EXPECT_NE(FindTypeInUse("USCAN", Transport::kTcp), nullptr);
  EXPECT_EQ(FindTypeInUse("uscan", Transport::kUdp), nullptr);
  EXPECT_EQ(FindTypeInUse("uscan", Transport::kSctp), nullptr);
  EXPECT_EQ(FindTypeInUse("uscan", Transport::kNone), nullptr);
  EXPECT_EQ(FindTypeInUse("uscanx", Transport::kTcp), nullptr);
  EXPECT_EQ(FindTypeInUse("", Transport::kTcp), nullptr);
}

TEST(TypesInUseTest, EveryRowIsAWellFormedNameTheRegistryLacks) {
  // A row IANA has since registered is dead: ST007 no longer needs it.
  const Registry& registry = Registry::Embedded();
  for (const TypeInUse& type : TypesInUse()) {
    EXPECT_FALSE(registry.ContainsName(type.name)) << type.name;
    EXPECT_LE(type.name.size(), 15u) << type.name;
    EXPECT_FALSE(type.defined_by.empty()) << type.name;
    std::string dnssd(1, '_');
    dnssd.append(type.name).append(type.transport == Transport::kTcp ? "._tcp"
                                                                     : "._udp");
    EXPECT_THAT(TypeHits(dnssd), IsEmpty()) << dnssd;
  }
}

TEST(TypesInUseTest, ST007StillReportsOtherUnregisteredNames) {
  EXPECT_THAT(TypeHits("_uscan._udp"), ElementsAre(Hit{"ST007", 2, 7}));
  EXPECT_THAT(TypeHits("_octoprint._udp"), ElementsAre(Hit{"ST007", 2, 11}));
  EXPECT_THAT(TypeHits("_kpasswd5._tcp"), ElementsAre(Hit{"ST007", 2, 10}));
  EXPECT_THAT(RunCheck(InputKind::kSubtype, "_scanner._sub._uscan._tcp",
                       &Registry::Embedded()),
              IsEmpty());
  EXPECT_THAT(TypeHits("_http._tcp"), IsEmpty());
}

TEST(TypesInUseTest, ExplainNamesEveryRow) {
  const RunResult explain = RunSvclint({"explain", "ST007"});
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  for (const TypeInUse& type : TypesInUse()) {
    std::string label(1, '_');
    label.append(type.name);
    EXPECT_THAT(explain.out, ::testing::HasSubstr(label)) << type.name;
  }
}

}  // namespace
}  // namespace svclint::testing
