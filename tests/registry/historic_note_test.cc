// The alias/duplicate/former-name notes that map historic names to their
// replacements (RFC 6335 §10.1).
#include "lint/registry/historic_note.h"

#include <gtest/gtest.h>

namespace svclint {
namespace {

using Kind = HistoricNote::Kind;

TEST(HistoricNoteTest, AliasAcrossLines) {
  const auto h = ParseHistoricNote(
      "This entry is an alias to \"acmaint-dbd\".\nThis entry is now "
      "historic, not usable for use with many\ncommon service discovery "
      "mechanisms.");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->kind, Kind::kAliasTo);
  EXPECT_EQ(h->other, "acmaint-dbd");
}

TEST(HistoricNoteTest, AliasAfterOtherText) {
  const auto h = ParseHistoricNote(
      "New contact added for port 2222 on 2008-02-01\nThis entry is an "
      "alias to \"EtherNet-IP-1\".");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->other, "EtherNet-IP-1");
}

TEST(HistoricNoteTest, DuplicateOfAService) {
  const auto h = ParseHistoricNote(
      "This is a duplicate of the \"http\" service and should not be used "
      "for discovery purposes.\n      u=<username> p=<password>");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->kind, Kind::kDuplicateOf);
  EXPECT_EQ(h->other, "http");
  EXPECT_FALSE(ParseHistoricNote("This is a duplicate of the \"x\" port."));
}

TEST(HistoricNoteTest, FormerName) {
  const auto h = ParseHistoricNote(
      "Historically, this service has been referred to as \"kca_service\", "
      "but this service name does not meet the registry requirements.");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->kind, Kind::kFormerName);
  EXPECT_EQ(h->other, "kca_service");
}

TEST(HistoricNoteTest, Others) {
  EXPECT_FALSE(ParseHistoricNote(""));
  EXPECT_FALSE(ParseHistoricNote("Historic usage was surfpass."));
  EXPECT_FALSE(ParseHistoricNote("This entry is an alias to nothing"));
  EXPECT_FALSE(ParseHistoricNote("This entry is an alias to \"\"."));
}

TEST(FindPhraseTest, WhitespaceAndCase) {
  EXPECT_EQ(FindPhrase("a  DEFINED\n txt keys:", "defined txt keys"), 20u);
  EXPECT_EQ(FindPhrase("defined txt", "defined txt keys"),
            std::string_view::npos);
}

}  // namespace
}  // namespace svclint
