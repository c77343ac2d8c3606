// ST007 on the embedded registry: exact spans and messages, and the
// registered name it suggests for a near miss (a version number, the
// daemon's name or a plural of a registered name).

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lint/registry/registry.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> ST007(std::string_view type) {
  return Messages(RunCheck(InputKind::kType, type, &Registry::Embedded()),
                  "ST007");
}

constexpr std::string_view kNotIn =
    " is not in the IANA Service Name and Transport Protocol Port Number "
    "Registry";

std::string Message(std::string_view name, std::string_view suggestion = {}) {
  std::string m = "service name '";
  m.append(name).append("'").append(kNotIn);
  if (!suggestion.empty()) {
    m.append("; did you mean '").append(suggestion).append("'?");
  }
  return m;
}

TEST(TypeUnregisteredTest, NamesTheRegisteredNameOfANearMiss) {
  EXPECT_THAT(ST007("_kpasswd5._tcp"),
              ElementsAre(Message("kpasswd5", "kpasswd")));
  EXPECT_THAT(ST007("_kpasswd5._udp"),
              ElementsAre(Message("kpasswd5", "kpasswd")));
  EXPECT_THAT(ST007("_memcached._tcp"),
              ElementsAre(Message("memcached", "memcache")));
  EXPECT_THAT(ST007("_ipp22._tcp"), ElementsAre(Message("ipp22", "ipp")));
  EXPECT_THAT(ST007("_sshd._tcp"), ElementsAre(Message("sshd", "ssh")));
  EXPECT_THAT(ST007("_printers._tcp"),
              ElementsAre(Message("printers", "printer")));
  // The span is the whole name the user wrote.
  EXPECT_THAT(Hits(InputKind::kType, "_memcached._tcp"),
              IsEmpty());  // no registry
  const std::vector<Diagnostic> found =
      RunCheck(InputKind::kType, "_memcached._tcp", &Registry::Embedded());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.column, 2u);
  EXPECT_EQ(found[0].span.end_column, 11u);
}

TEST(TypeUnregisteredTest, NoSuggestionWithoutARegisteredNearMiss) {
  EXPECT_THAT(ST007("_myapp._tcp"), ElementsAre(Message("myapp")));
  // Only trailing digits go ("x" would be too short to mean anything).
  EXPECT_THAT(ST007("_x11zz9._tcp"), ElementsAre(Message("x11zz9")));
  // A trailing d or s only, one letter, and never a stem ending in '-'.
  EXPECT_THAT(ST007("_memcachedd._tcp"), ElementsAre(Message("memcachedd")));
  EXPECT_THAT(ST007("_sshx._tcp"), ElementsAre(Message("sshx")));
  EXPECT_THAT(ST007("_kpasswd-5._tcp"), ElementsAre(Message("kpasswd-5")));
  // Registered names are not reported at all.
  EXPECT_THAT(ST007("_kpasswd._tcp"), IsEmpty());
  EXPECT_THAT(ST007("_memcache._udp"), IsEmpty());
}

}  // namespace
}  // namespace svclint::testing
