// Registry lookups as data (lint/registry/registry_query.h), without the
// printing the `registry lookup` command adds (tests/cli/).
#include "lint/registry/registry_query.h"

#include <gtest/gtest.h>

namespace svclint {
namespace {

RegistryLookup Find(std::string_view text) {
  const std::optional<RegistryQuery> query = ParseRegistryQuery(text);
  EXPECT_TRUE(query.has_value()) << text;
  return query ? LookUp(Registry::Embedded(), *query) : RegistryLookup{};
}

TEST(RegistryLookUpTest, PortAndProtocol) {
  const RegistryLookup found = Find("5432/tcp");
  ASSERT_EQ(found.records.size(), 1u);
  EXPECT_EQ(found.records[0].name, "postgresql");
  EXPECT_EQ(found.records[0].transport, Transport::kTcp);
  EXPECT_FALSE(found.replacement.has_value());
  EXPECT_EQ(found.txt, nullptr);  // port queries carry no TXT keys
  EXPECT_TRUE(found.found());
}

TEST(RegistryLookUpTest, NameFindsEveryTransportAndTxtKeys) {
  const RegistryLookup found = Find("http");
  EXPECT_GE(found.records.size(), 2u);
  ASSERT_NE(found.txt, nullptr);
  EXPECT_EQ(found.txt->keys.size(), 3u);  // u, p, path
}

TEST(RegistryLookUpTest, HistoricAliasIsFoundThroughItsReplacement) {
  const RegistryLookup found = Find("acmaint_dbd");
  ASSERT_TRUE(found.replacement.has_value());
  EXPECT_EQ(*found.replacement, "acmaint-dbd");
  EXPECT_TRUE(found.found());
}

TEST(RegistryLookUpTest, UnknownNameIsNotFound) {
  const RegistryLookup found = Find("no-such-service-here");
  EXPECT_TRUE(found.records.empty());
  EXPECT_FALSE(found.found());
}

}  // namespace
}  // namespace svclint
