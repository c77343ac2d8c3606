// The CSV loader: RFC 4180 quoting, multi-line fields, row positions,
// bracketed person ids, and errors with positions.
#include "lint/parse/registry_csv.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

constexpr std::string_view kHeader =
    "Service Name,Port Number,Transport Protocol,Description,Assignee,"
    "Contact,Registration Date,Modification Date,Reference,Service Code,"
    "Unauthorized Use Reported,Assignment Notes\n";

absl::StatusOr<RegistrySource> Parse(std::string_view body) {
  return ParseRegistryCsv(
      std::string_view(std::string(kHeader) + std::string(body)), "t.csv");
}

TEST(RegistryCsvTest, SampleCutFromTheSnapshot) {
  absl::StatusOr<RegistrySource> src = ParseRegistryCsv(
      std::string_view(ReadFile(SourceDir() + "/corpus/registry/sample.csv")),
      "sample.csv");
  ASSERT_TRUE(src.ok()) << src.status();
  EXPECT_EQ(src->records.size(), 60u);
  EXPECT_EQ(src->updated, "");
  EXPECT_TRUE(src->people.empty());
  const SourceRecord& first = src->records[0];
  EXPECT_EQ(first.line, 2u);
  EXPECT_EQ(first.description, "Reserved");
  EXPECT_EQ(first.modification_date, "2024-12-20");
}

TEST(RegistryCsvTest, QuotedMultiLineFieldsAndLineNumbers) {
  absl::StatusOr<RegistrySource> src = Parse(
      "whoispp,63,tcp,\"whois++\n"
      "IANA assigned this well-formed service name as a replacement for "
      "\"\"whois++\"\".\",[Rickard_Schoultz],[Rickard_Schoultz],,,,,,\n"
      "whois++,63,tcp,whois++,[Rickard_Schoultz],[Rickard_Schoultz],,,,,,"
      "\"This entry is an alias to \"\"whoispp\"\".\n"
      "This entry is now historic.\"\n"
      "postgresql,5432,tcp,PostgreSQL Database,[Tom_Lane],[Tom_Lane],,,,,,\n");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 3u);
  EXPECT_EQ(src->records[0].line, 2u);
  EXPECT_EQ(src->records[0].description,
            "whois++\nIANA assigned this well-formed service name as a "
            "replacement for \"whois++\".");
  EXPECT_EQ(src->records[1].line, 4u);
  EXPECT_EQ(src->records[1].note,
            "This entry is an alias to \"whoispp\".\nThis entry is now "
            "historic.");
  EXPECT_EQ(src->records[2].line, 6u);
  EXPECT_EQ(src->records[2].name_line, 6u);
  EXPECT_EQ(src->records[2].name_column, 1u);
  EXPECT_EQ(src->records[2].assignee, "Tom_Lane");
}

TEST(RegistryCsvTest, CrLfAndSeveralPeople) {
  absl::StatusOr<RegistrySource> src = ParseRegistryCsv(
      std::string_view(
          "Service Name,Port Number,Transport Protocol,Description,Assignee,"
          "Contact,Assignment Notes\r\n"
          "vos,,,Virtual Object System,[Reed_Hedges][Peter_Amstutz],"
          "[Reed_Hedges],\"a\r\nb\"\r\n"),
      "crlf.csv");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 1u);
  EXPECT_EQ(src->records[0].assignee, "Reed_Hedges, Peter_Amstutz");
  EXPECT_EQ(src->records[0].contact, "Reed_Hedges");
  EXPECT_EQ(src->records[0].note, "a\nb");
  EXPECT_EQ(src->records[0].number, "");
}

TEST(RegistryCsvTest, UnterminatedQuoteSaysWhere) {
  absl::StatusOr<RegistrySource> src =
      Parse("ok,1,tcp,Fine,,,,,,,,\nbad,2,tcp,\"never closed,,,,,,,,\n");
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.status().message(), "t.csv:3:11: unterminated quoted field");
}

TEST(RegistryCsvTest, WrongFieldCount) {
  absl::StatusOr<RegistrySource> src = Parse("short,1,tcp\n");
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.status().message(),
            "t.csv:2:1: row has 3 fields; the header has 12");
}

TEST(RegistryCsvTest, NotARegistryCsv) {
  absl::StatusOr<RegistrySource> src =
      ParseRegistryCsv(std::string_view("name,port\nx,1\n"), "x.csv");
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.status().message(),
            "x.csv:1:1: not an IANA registry CSV: no 'Service Name' column in "
            "the header");
}

TEST(RegistryCsvTest, BlankLinesAreSkipped) {
  absl::StatusOr<RegistrySource> src =
      Parse("\nrje,5,tcp,Remote Job Entry,,,,,,,,\n\n");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 1u);
  EXPECT_EQ(src->records[0].line, 3u);
}

TEST(PersonIdsTest, Brackets) {
  StringArena arena;
  EXPECT_EQ(PersonIdsFromBrackets("[Tom_Lane]", arena), "Tom_Lane");
  EXPECT_EQ(PersonIdsFromBrackets(" [A][B] ", arena), "A, B");
  EXPECT_EQ(PersonIdsFromBrackets("Jon Postel", arena), "Jon Postel");
  EXPECT_EQ(PersonIdsFromBrackets("[A] tail", arena), "[A] tail");
  EXPECT_EQ(PersonIdsFromBrackets("", arena), "");
}

}  // namespace
}  // namespace svclint
