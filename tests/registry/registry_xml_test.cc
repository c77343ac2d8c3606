// The XML loader on records cut from the 2026-08-17 snapshot
// (corpus/registry/sample.xml): ranges, Reserved/Unassigned rows, <br/>,
// <paragraph> notes, inline xrefs, people, positions, and errors.
#include "lint/parse/registry_xml.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint/base/strings.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

class RegistryXmlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<RegistrySource> src = ParseRegistryXml(
        std::string_view(ReadFile(SourceDir() + "/corpus/registry/sample.xml")),
        "sample.xml");
    ASSERT_TRUE(src.ok()) << src.status();
    src_ = std::move(src).value();
  }
  const SourceRecord& Find(std::string_view name, std::string_view protocol) {
    for (const SourceRecord& r : src_.records) {
      if (r.name == name && r.protocol == protocol) return r;
    }
    ADD_FAILURE() << "no record " << name << "/" << protocol;
    static const SourceRecord kNone;
    return kNone;
  }
  RegistrySource src_;
};

TEST_F(RegistryXmlTest, ReadsHeaderRecordsAndPeople) {
  EXPECT_EQ(src_.updated, "2026-08-17");
  EXPECT_EQ(src_.records.size(), 60u);
  EXPECT_EQ(src_.people.size(), 32u);
}

TEST_F(RegistryXmlTest, ReservedRowHasNoName) {
  const SourceRecord& r = src_.records[0];
  EXPECT_EQ(r.name, "");
  EXPECT_EQ(r.number, "0");
  EXPECT_EQ(r.protocol, "tcp");
  EXPECT_EQ(r.description, "Reserved");
  EXPECT_EQ(r.modification_date, "2024-12-20");
  EXPECT_EQ(r.reference, "[RFC6335]");
  EXPECT_EQ(r.line, 17u);
  EXPECT_EQ(r.name_line, 0u);
}

TEST_F(RegistryXmlTest, RangesWithoutProtocol) {
  int found = 0;
  for (const SourceRecord& r : src_.records) {
    if (r.number == "225-241") {  // Reserved since 2024-12-20
      ++found;
      EXPECT_EQ(r.protocol, "");
      EXPECT_EQ(r.description, "Reserved");
      EXPECT_EQ(r.reference, "[RFC1060]");
    }
    if (r.number == "4") {
      ++found;
      EXPECT_EQ(r.description, "Unassigned");
    }
  }
  EXPECT_EQ(found, 3);  // 225-241, 4/tcp, 4/udp
}

TEST_F(RegistryXmlTest, NamePositionAndPeopleFields) {
  const SourceRecord& r = Find("tcpmux", "tcp");
  EXPECT_EQ(r.line + 1, r.name_line);
  EXPECT_EQ(r.name_column, 11u);         // "    <name>tcpmux"
  EXPECT_EQ(r.assignee, "Mark_Lottor");  // no <assignee>: the person is both
  EXPECT_EQ(r.contact, "Mark_Lottor");
  const SourceRecord& wot = Find("wot", "tcp");
  EXPECT_EQ(wot.assignee, "W3C_Web_of_Things_Working_Group");
  EXPECT_EQ(wot.contact, "Kazuyuki_Ashimura");
  EXPECT_EQ(wot.registration_date, "2022-11-22");
  EXPECT_EQ(wot.modification_date, "2022-12-15");
}

TEST_F(RegistryXmlTest, RangeAndServiceCode) {
  EXPECT_EQ(Find("x11", "tcp").number, "6000-6063");
  const SourceRecord& dccp = Find("discard", "dccp");
  EXPECT_EQ(dccp.service_code, "1145656131");
  EXPECT_EQ(dccp.reference, "[RFC4340]");
}

TEST_F(RegistryXmlTest, BreaksBecomeLineBreaks) {
  EXPECT_EQ(Find("whoispp", "tcp").description,
            "whois++\n\nIANA assigned this well-formed service name as a "
            "replacement for \"whois++\".");
}

TEST_F(RegistryXmlTest, ParagraphsOnePerLine) {
  const std::string_view note = Find("wot", "tcp").note;
  EXPECT_TRUE(note.starts_with("Defined TXT keys:\ntd: Absolute pathname"))
      << note;
  EXPECT_NE(note.find("\ntype: Type of the Thing Description"),
            std::string_view::npos);
}

TEST_F(RegistryXmlTest, MultiLineNoteKeepsItsLines) {
  const std::string_view note = Find("acmaint_dbd", "udp").note;
  EXPECT_EQ(note,
            "This entry is an alias to \"acmaint-dbd\".\n"
            "This entry is now historic, not usable for use with many\n"
            "common service discovery mechanisms.");
}

TEST_F(RegistryXmlTest, NameOnlyRecord) {
  const SourceRecord& r = Find("workgroup", "");
  EXPECT_EQ(r.number, "");
  EXPECT_EQ(r.note, "Defined TXT keys: version=? description=?");
}

TEST_F(RegistryXmlTest, FootnoteAndRfcXrefs) {
  EXPECT_EQ(Find("exp1", "tcp").reference, "[1][RFC4727][RFC6335]");
}

TEST_F(RegistryXmlTest, PeopleSection) {
  bool found = false;
  for (const SourcePerson& p : src_.people) {
    if (p.id == "Tom_Lane") {
      found = true;
      EXPECT_EQ(p.name, "Tom Lane");
      EXPECT_TRUE(p.uri.starts_with("mailto:"));
    }
  }
  EXPECT_TRUE(found);
}

TEST(RegistryXmlErrorTest, MalformedXmlSaysWhere) {
  absl::StatusOr<RegistrySource> src = ParseRegistryXml(
      std::string_view("<registry>\n  <record>\n    <name>x</nam>\n"), "f.xml");
  ASSERT_FALSE(src.ok());
  EXPECT_TRUE(AsStd(src.status().message()).starts_with("f.xml:3:"))
      << src.status();
  EXPECT_NE(AsStd(src.status().message()).find("XML error"),
            std::string_view::npos);
}

TEST(RegistryXmlErrorTest, WrongRootElement) {
  absl::StatusOr<RegistrySource> src =
      ParseRegistryXml(std::string_view("\n<service-group/>\n"), "a.xml");
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.status().message(),
            "a.xml:2:2: not an IANA registry: the root element is "
            "<service-group>, not <registry>");
}

// pugixml parses in place: decoding "&amp;" or "\r\n" shortens a text and
// leaves its last bytes behind, newlines included. Positions must come from
// the text as it was, not as the parse left it.
constexpr std::string_view kEntities =
    "<registry>\n"
    "  <record>\n"
    "    <name>a</name>\n"
    "    <description>x &amp; y &lt;z&gt; &#65;\r\n"
    "    more\r\n"
    "    </description>\n"
    "  </record>\n"
    "  <record>\n"
    "    <name>b_c</name>\n"
    "  </record>\n";

TEST(RegistryXmlPositionsTest, SurviveDecodedEntitiesAndLineEnds) {
  std::string text(kEntities);
  text += "</registry>\n";
  absl::StatusOr<RegistrySource> src =
      ParseRegistryXml(std::string_view(text), "p.xml");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 2u);
  EXPECT_EQ(src->records[1].name, "b_c");
  EXPECT_EQ(src->records[1].line, 8u);
  EXPECT_EQ(src->records[1].name_line, 9u);
  EXPECT_EQ(src->records[1].name_column, 11u);
}

TEST(RegistryXmlPositionsTest, ErrorAfterDecodedText) {
  std::string text(kEntities);
  text += "<!-- x -- y -->\n";
  absl::StatusOr<RegistrySource> src =
      ParseRegistryXml(std::string_view(text), "p.xml");
  ASSERT_FALSE(src.ok());
  EXPECT_TRUE(AsStd(src.status().message()).starts_with("p.xml:11:"))
      << src.status();
}

// Every name finding of the whole snapshot lands on its <name> line.
TEST(RegistryXmlPositionsTest, WholeSnapshotNamesWhereTheyAre) {
  const std::string path =
      SourceDir() + "/corpus/iana/service-names-port-numbers.xml";
  const std::string text = ReadFile(path);
  absl::StatusOr<RegistrySource> src =
      ParseRegistryXml(std::string_view(text), path);
  ASSERT_TRUE(src.ok()) << src.status();
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  size_t checked = 0;
  for (const SourceRecord& r : src->records) {
    if (r.name.empty()) continue;
    ASSERT_LE(r.name_line, starts.size()) << r.name;
    const size_t at = starts[r.name_line - 1] + r.name_column - 1;
    ASSERT_EQ(text.compare(at, r.name.size(), r.name), 0)
        << r.name << " at " << r.name_line << ":" << r.name_column;
    ++checked;
  }
  EXPECT_GT(checked, 10'000u);
}

TEST(RegistryXmlErrorTest, EmptyInput) {
  EXPECT_FALSE(ParseRegistryXml(std::string_view(""), "e.xml").ok());
}

// Hostile input (tests/hostile lints the same files end to end): the exact
// error, or a bounded reading.
std::string ErrorOf(std::string_view text) {
  absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, "h.xml");
  return src.ok() ? "ok" : std::string(src.status().message());
}

TEST(RegistryXmlHostileTest, EntityDeclarationsAreRefused) {
  EXPECT_EQ(ErrorOf(ReadFile(SourceDir() +
                             "/corpus/hostile/registry_billion_laughs.xml")),
            "h.xml:3:15: XML error: entity declarations are not allowed");
  // An external entity: refused before anything could be fetched. (Expat
  // reports a declaration where it ends.)
  EXPECT_EQ(ErrorOf("<!DOCTYPE registry [<!ENTITY x SYSTEM "
                    "\"file:///etc/passwd\">]>\n<registry>&x;</registry>"),
            "h.xml:1:59: XML error: entity declarations are not allowed");
  // A reference to an entity of an external DTD, which is never read.
  EXPECT_EQ(ErrorOf("<!DOCTYPE registry SYSTEM \"r.dtd\">\n"
                    "<registry><record><name>&x;</name></record></registry>"),
            "h.xml:2:25: XML error: undefined entity");
  EXPECT_EQ(ErrorOf("<registry><record><name>&nbsp;</name></record>"
                    "</registry>"),
            "h.xml:1:25: XML error: undefined entity");
}

TEST(RegistryXmlHostileTest, NulAndBadUtf8AndTruncation) {
  EXPECT_EQ(ErrorOf(ReadFile(SourceDir() + "/corpus/hostile/registry_nul.xml")),
            "h.xml:3:16: XML error: not well-formed (invalid token)");
  EXPECT_EQ(
      ErrorOf(ReadFile(SourceDir() + "/corpus/hostile/registry_bad_utf8.xml")),
      "h.xml:3:16: XML error: not well-formed (invalid token)");
  EXPECT_EQ(ErrorOf("<registry>\n  <record>\n    <name>x</name>"),
            "h.xml:3:19: XML error: no element found");
  EXPECT_EQ(ErrorOf("<registry>\n  <record a=\"x"),
            "h.xml:2:3: XML error: unclosed token");
  EXPECT_EQ(ErrorOf(std::string_view("<registry>\0</registry>", 22)),
            "h.xml:1:11: XML error: not well-formed (invalid token)");
  EXPECT_EQ(ErrorOf("<registry/><registry/>"),
            "h.xml:1:12: XML error: junk after document element");
}

// 200,000 nested elements inside a description: read without recursion.
TEST(RegistryXmlHostileTest, DeepNestingIsRead) {
  constexpr int kDepth = 200'000;
  std::string text = "<registry><record><name>deep</name><description>";
  for (int i = 0; i < kDepth; ++i) text += "<b>";
  text += "x";
  for (int i = 0; i < kDepth; ++i) text += "</b>";
  text += "</description></record></registry>";
  absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, "d.xml");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 1u);
  EXPECT_EQ(src->records[0].description, "x");
}

// A 16 MB attribute value stays a view of the file, not a copy.
TEST(RegistryXmlHostileTest, HugeAttributeIsAView) {
  const std::string date(16u << 20, '9');
  const std::string text = "<registry><record date=\"" + date +
                           "\"><name>a</name></record></registry>";
  absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, "a.xml");
  ASSERT_TRUE(src.ok()) << src.status();
  ASSERT_EQ(src->records.size(), 1u);
  const std::string_view seen = src->records[0].registration_date;
  EXPECT_EQ(seen.size(), date.size());
  EXPECT_TRUE(seen.data() >= src->text.view().data() &&
              seen.data() < src->text.view().data() + src->text.size());
}

}  // namespace
}  // namespace svclint
