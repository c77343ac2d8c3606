// TX001-TX007, TX009-TX012: exact ids, positions and messages on whole TXT
// records (string i is on line i + 1, column 1).

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Strings = std::vector<std::string>;

TEST(TxtRulesTest, CleanRecordsHaveNoFinding) {
  for (const Strings& record :
       {Strings{"txtvers=1", "rp=printers/office", "Color=T", "duplex"},
        Strings{""}, Strings{"path=/caf\xC3\xA9"}, Strings{"key=a b"},
        Strings{"note=say \"hi\""}, Strings{"papersize=A4"},
        Strings{"key=", "other=\x01\x02"}}) {
    EXPECT_THAT(TxtHits(record), IsEmpty()) << record[0];
  }
}

TEST(TxtRulesTest, IssueExample) {
  EXPECT_THAT(TxtHits({"txtvers=1", "=bad", "ke=y", "Path=/", "path=/x",
                       "averyveryverylongkey=1"}),
              ElementsAre(TxtHit{"TX001", 2, 1, 5}, TxtHit{"TX004", 5, 1, 5},
                          TxtHit{"TX003", 6, 1, 21}));
}

TEST(TxtRulesTest, TX001MissingKey) {
  const auto d = RunTxt({"=value"});
  EXPECT_THAT(Messages(d, "TX001"),
              ElementsAre("TXT string '=value' has no key: it begins with "
                          "'='"));
  EXPECT_THAT(TxtHits({"txtvers=1", ""}),
              ElementsAre(TxtHit{"TX001", 2, 1, 1}));
  EXPECT_THAT(Messages(RunTxt({"txtvers=1", ""}), "TX001"),
              ElementsAre("empty string in a TXT record that has other "
                          "strings: it has no key"));
}

TEST(TxtRulesTest, TX002InvalidKeyBytes) {
  EXPECT_THAT(TxtHits({"caf\xC3\xA9=1"}),
              ElementsAre(TxtHit{"TX002", 1, 4, 6}));
  EXPECT_THAT(TxtHits({"a\tb\x01=1"}),
              ElementsAre(TxtHit{"TX002", 1, 2, 3}, TxtHit{"TX002", 1, 4, 5}));
  EXPECT_THAT(Messages(RunTxt({"a\tb=1"}), "TX002"),
              ElementsAre("key 'a\\x09b' contains '\\x09' at column 2; keys "
                          "are printable US-ASCII (0x20-0x7E) other than "
                          "'='"));
}

TEST(TxtRulesTest, TX003LongKey) {
  EXPECT_THAT(TxtHits({"description=x"}),
              ElementsAre(TxtHit{"TX003", 1, 1, 12}));
  EXPECT_THAT(Messages(RunTxt({"description"}), "TX003"),
              ElementsAre("key 'description' is 11 characters; keys SHOULD "
                          "be at most 9"));
}

TEST(TxtRulesTest, TX004EveryLaterDuplicate) {
  EXPECT_THAT(TxtHits({"a=1", "b=2", "A=3", "a"}),
              ElementsAre(TxtHit{"TX004", 3, 1, 2}, TxtHit{"TX004", 4, 1, 2}));
  EXPECT_THAT(Messages(RunTxt({"Path=/", "path=/x"}), "TX004"),
              ElementsAre("key 'path' repeats 'Path' given at 1:1; clients "
                          "ignore all but the first"));
  // Empty keys are TX001's, not duplicates of each other.
  EXPECT_THAT(TxtHits({"=a", "=b"}),
              ElementsAre(TxtHit{"TX001", 1, 1, 3}, TxtHit{"TX001", 2, 1, 3}));
}

TEST(TxtRulesTest, TX004ManyStringsUseTheHashPath) {
  Strings record;
  for (int i = 0; i < 100; ++i) record.push_back(absl::StrCat("k", i));
  record.push_back("K7");
  EXPECT_THAT(TxtHits(record), ElementsAre(TxtHit{"TX006", 1, 1, 1},
                                           TxtHit{"TX004", 101, 1, 3}));
}

TEST(TxtRulesTest, TX004FixRemovesTheElementWhenKnown) {
  static const RulePolicy policy;
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, nullptr};
  const SourceSpan element{3, 3, 4, 3};
  const TxtString strings[] = {{"a=1", {2, 14}}, {"a=2", {3, 14}, element}};
  CheckTxtRecord(strings, ctx, SourceSpan{2, 1, 3, 30});
  const auto d = sink.TakeDiagnostics();
  ASSERT_EQ(d.size(), 1u);
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(d[0].fix->title, "remove the repeated 'a'");
  EXPECT_THAT(d[0].fix->edits, ElementsAre(Edit{element, ""}));
  EXPECT_EQ(d[0].span, (SourceSpan{3, 14, 3, 15}));
}

TEST(TxtRulesTest, TX005LongString) {
  const std::string s = "v=" + std::string(254, 'x');  // 256 bytes
  EXPECT_THAT(TxtHits({s}), ElementsAre(TxtHit{"TX006", 1, 1, 1},
                                        TxtHit{"TX005", 1, 1, 257}));
  EXPECT_THAT(Messages(RunTxt({s}), "TX005"),
              ElementsAre("TXT string is 256 bytes; a string holds at most "
                          "255"));
  EXPECT_THAT(TxtHits({"v=" + std::string(253, 'x')}),
              ElementsAre(TxtHit{"TX006", 1, 1, 1}));
}

// A record of `n` strings of 100 bytes: 101 bytes each on the wire.
Strings RecordOf(int n) {
  Strings record;
  for (int i = 0; i < n; ++i) {
    const std::string key = absl::StrCat("k", i);
    record.push_back(
        absl::StrCat(key, "=", std::string(100 - key.size() - 1, 'x')));
  }
  return record;
}

TEST(TxtRulesTest, TX006Thresholds) {
  // 200 bytes exactly is typical; 202 is not.
  EXPECT_THAT(TxtHits({absl::StrCat("a=", std::string(97, 'x')),
                       absl::StrCat("b=", std::string(97, 'y'))}),
              IsEmpty());
  struct Case {
    int strings;
    Severity severity;
    std::string message;
  } cases[] = {
      {2, Severity::kInfo,
       "TXT record is 202 bytes; DNS-SD records are typically 200 bytes or "
       "less"},
      {4, Severity::kWarning,
       "TXT record is 404 bytes; over 400 bytes it no longer fits a 512-byte "
       "DNS message"},
      {13, Severity::kWarning,
       "TXT record is 1313 bytes; over 1300 bytes is NOT RECOMMENDED (it no "
       "longer fits a 1500-byte Ethernet packet)"},
      {89, Severity::kError,
       "TXT record is 8989 bytes; over 8900 bytes it cannot fit a 9000-byte "
       "Multicast DNS packet"},
  };
  for (const Case& c : cases) {
    const auto d = RunTxt(RecordOf(c.strings));
    ASSERT_EQ(d.size(), 1u) << c.strings;
    EXPECT_EQ(d[0].rule_id, "TX006");
    EXPECT_EQ(d[0].severity, c.severity) << c.strings;
    EXPECT_EQ(d[0].message, c.message);
  }
}

TEST(TxtRulesTest, TX007Txtvers) {
  EXPECT_THAT(TxtHits({"path=/", "txtvers=1"}),
              ElementsAre(TxtHit{"TX007", 2, 1, 8}));
  EXPECT_THAT(Messages(RunTxt({"path=/", "txtvers=1"}), "TX007"),
              ElementsAre("'txtvers' is string 2 of the record; put it "
                          "first"));
  EXPECT_THAT(TxtHits({"txtvers=one"}), ElementsAre(TxtHit{"TX007", 1, 9, 12}));
  EXPECT_THAT(Messages(RunTxt({"TxtVers=1.0"}), "TX007"),
              ElementsAre("'txtvers' value '1.0' is not a decimal number"));
  EXPECT_THAT(TxtHits({"txtvers"}), ElementsAre(TxtHit{"TX007", 1, 1, 8}));
  EXPECT_THAT(TxtHits({"x=1", "txtvers="}),
              ElementsAre(TxtHit{"TX007", 2, 1, 8}, TxtHit{"TX007", 2, 9, 9}));
  EXPECT_THAT(TxtHits({"TXTVERS=2", "path=/"}), IsEmpty());
}

TEST(TxtRulesTest, TX009QuotedValue) {
  EXPECT_THAT(TxtHits({"path=\"/queue\""}),
              ElementsAre(TxtHit{"TX009", 1, 6, 14}));
  EXPECT_THAT(TxtHits({"note='hello'"}),
              ElementsAre(TxtHit{"TX009", 1, 6, 13}));
  EXPECT_THAT(Messages(RunTxt({"path=\"/queue\""}), "TX009"),
              ElementsAre("value of 'path' is wrapped in quotation marks, "
                          "which become part of the value"));
  EXPECT_THAT(TxtHits({"a=\"", "b=\"x'"}), IsEmpty());
}

TEST(TxtRulesTest, TX010RepeatsSrv) {
  EXPECT_THAT(TxtHits({"port=631", "Host=x", "hostname=y"}),
              ElementsAre(TxtHit{"TX010", 1, 1, 5}, TxtHit{"TX010", 2, 1, 5},
                          TxtHit{"TX010", 3, 1, 9}));
  EXPECT_THAT(Messages(RunTxt({"port=631"}), "TX010"),
              ElementsAre("key 'port' repeats the port, which the SRV record "
                          "already carries"));
  EXPECT_THAT(Messages(RunTxt({"host=x"}), "TX010"),
              ElementsAre("key 'host' repeats the target host, which the SRV "
                          "record already carries"));
  EXPECT_THAT(TxtHits({"ports=1", "hostnames=2", "portal=/"}), IsEmpty());
}

TEST(TxtRulesTest, TX010KeysTheRegistryDefinesAreFine) {
  // The registry defines `hostname` for sleeptracker.
  for (const TxtHit& h : TxtHits({"hostname=x"}, "sleeptracker")) {
    EXPECT_NE(std::get<0>(h), "TX010");
  }
  bool fired = false;
  for (const TxtHit& h : TxtHits({"hostname=x"}, "ipp")) {
    fired |= std::get<0>(h) == "TX010";
  }
  EXPECT_TRUE(fired);
}

TEST(TxtRulesTest, TX011EmptyRecord) {
  EXPECT_THAT(TxtHits({}), ElementsAre(TxtHit{"TX011", 1, 1, 1}));
  EXPECT_THAT(Messages(RunTxt({}), "TX011"),
              ElementsAre("TXT record has no strings; write an empty record "
                          "as one empty string"));
}

TEST(TxtRulesTest, TX012Spaces) {
  EXPECT_THAT(TxtHits({" key=1"}), ElementsAre(TxtHit{"TX012", 1, 1, 2}));
  EXPECT_THAT(TxtHits({"key  =1"}), ElementsAre(TxtHit{"TX012", 1, 4, 6}));
  EXPECT_THAT(TxtHits({"p a th=/"}),
              ElementsAre(TxtHit{"TX012", 1, 2, 3}, TxtHit{"TX012", 1, 4, 5}));
  EXPECT_THAT(Messages(RunTxt({" k e "}), "TX012"),
              ElementsAre("key ' k e ' begins with a space; spaces in keys "
                          "are significant",
                          "key ' k e ' contains a space at column 3; spaces "
                          "in keys are significant",
                          "key ' k e ' ends with a space; spaces in keys are "
                          "significant"));
}

}  // namespace
}  // namespace svclint::testing
