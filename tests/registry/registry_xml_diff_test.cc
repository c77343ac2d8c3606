// The streaming Expat reader against the pugixml reader it replaced
// (registry_xml_oracle.h): on the whole IANA snapshot and every registry
// XML in corpus/, the same records, people and date, field for field and
// byte for byte, at the same lines and columns. Plus the inputs where the
// two node models could drift apart: entities, CR LF, CDATA, comments
// splitting text, whitespace-only text, <br/> and <paragraph> mixes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/registry_xml.h"
#include "tests/registry/registry_xml_oracle.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

std::string Describe(const SourceRecord& r) {
  return absl::StrCat(
      "name=", AsAbsl(r.name), "|protocol=", AsAbsl(r.protocol),
      "|number=", AsAbsl(r.number), "|description=", AsAbsl(r.description),
      "|assignee=", AsAbsl(r.assignee), "|contact=", AsAbsl(r.contact),
      "|registered=", AsAbsl(r.registration_date),
      "|modified=", AsAbsl(r.modification_date),
      "|reference=", AsAbsl(r.reference), "|sc=", AsAbsl(r.service_code),
      "|unauthorized=", AsAbsl(r.unauthorized), "|note=", AsAbsl(r.note),
      "|at=", r.line, "|name_at=", r.name_line, ":", r.name_column);
}

std::string Describe(const SourcePerson& p) {
  return absl::StrCat("id=", AsAbsl(p.id), "|name=", AsAbsl(p.name),
                      "|org=", AsAbsl(p.org), "|uri=", AsAbsl(p.uri),
                      "|updated=", AsAbsl(p.updated));
}

// Both readers on `text`: both fail, or both read the same.
void ExpectSameReading(std::string_view text, const std::string& path) {
  SCOPED_TRACE(path);
  absl::StatusOr<RegistrySource> expat = ParseRegistryXml(text, path);
  absl::StatusOr<RegistrySource> pugi = ParseRegistryXmlWithPugixml(text, path);
  ASSERT_EQ(expat.ok(), pugi.ok())
      << "expat: " << expat.status() << "\npugixml: " << pugi.status();
  if (!expat.ok()) return;
  EXPECT_EQ(expat->updated, pugi->updated);
  ASSERT_EQ(expat->records.size(), pugi->records.size());
  for (size_t i = 0; i < expat->records.size(); ++i) {
    ASSERT_EQ(Describe(expat->records[i]), Describe(pugi->records[i]))
        << "record " << i;
  }
  ASSERT_EQ(expat->people.size(), pugi->people.size());
  for (size_t i = 0; i < expat->people.size(); ++i) {
    ASSERT_EQ(Describe(expat->people[i]), Describe(pugi->people[i]))
        << "person " << i;
  }
}

TEST(RegistryXmlDiffTest, WholeSnapshot) {
  const std::string path = "/corpus/iana/service-names-port-numbers.xml";
  const std::string text = ReadFile(SourceDir() + path);
  ASSERT_GT(text.size(), 3'000'000u);
  ExpectSameReading(text, path);
}

TEST(RegistryXmlDiffTest, CorpusRegistryFiles) {
  for (const char* file :
       {"/corpus/registry/sample.xml", "/corpus/registry/rg_rules.xml",
        "/corpus/hostile/registry_deep.xml",
        "/corpus/hostile/registry_deep_note.xml",
        "/corpus/hostile/registry_huge_numbers.xml"}) {
    ExpectSameReading(ReadFile(SourceDir() + file), file);
  }
}

// The snapshot with CR LF line ends: every text run is decoded, none a
// view, and the columns still count bytes.
TEST(RegistryXmlDiffTest, WholeSnapshotWithCrLf) {
  const std::string text =
      ReadFile(SourceDir() + "/corpus/iana/service-names-port-numbers.xml");
  std::string crlf;
  crlf.reserve(text.size() + text.size() / 20);
  for (const char c : text) {
    if (c == '\n') crlf.push_back('\r');
    crlf.push_back(c);
  }
  ExpectSameReading(crlf, "crlf.xml");
}

TEST(RegistryXmlDiffTest, NodeModelEdges) {
  const std::vector<std::string> records = {
      // Entities before, inside and after a name; in attributes.
      R"(<record date="2001-01-01" updated="2002&#45;02-02">
  <name>&#32;a&amp;b </name><protocol>tcp</protocol>
  <description>x &lt;y&gt; &quot;z&quot;</description></record>)",
      // CDATA, empty CDATA, comments and PIs splitting text.
      R"(<record><name><![CDATA[ cd ]]></name>
  <protocol><![CDATA[]]>udp</protocol>
  <number>1<!-- c -->2</number>
  <description>a<?pi x?>b<![CDATA[c]]>d</description></record>)",
      // Whitespace-only text dropped, <br/> and its newline, nested
      // elements, xrefs with and without text.
      R"(<record><name>
     n1   </name>
  <description>one<br/>
two<br/> <br/>
three <b>bold <i>it</i></b> <xref type="rfc" data="rfc1"/> <xref type="text">T</xref></description>
  <note><paragraph>p1 <xref type="draft" data="d-1"/></paragraph>
  stray text
  <paragraph>p2<br/>
next</paragraph></note></record>)",
      // People and assignee variants.
      R"(<record><name>x</name><assignee>free text</assignee>
  <contact><xref type="person" data="A"/><xref type="person" data="B"/></contact>
  <xref type="person" data="C"/><xref type="rfc" data="rfc6335"/><xref type="rfc" data="rfc6763">RFC6763, S.7</xref></record>)",
      R"(<record><name/><number/><description/><note>   </note><sc> 12 </sc>
  <unauthorized>Known <br/>Unauthorized</unauthorized></record>)",
      // Lone CRs (old Mac line ends) read as line breaks.
      "<record>\r<name>\r cr\r</name><description>a\rb\r\r\nc</description>"
      "\r</record>",
  };
  for (size_t i = 0; i < records.size(); ++i) {
    const std::string text = absl::StrCat(
        "<?xml version='1.0' encoding='UTF-8'?>\n<registry id=\"r\">\n",
        "  <updated> 2026-01-01 </updated>\n  ", records[i], "\n",
        "  <people><person id=\"A\"><name>A &amp; Co</name><org>O</org>",
        "<uri>mailto:a&amp;b.c</uri><updated>2020-01-01</updated></person>",
        "\n<!-- c --><person id='B'><name><![CDATA[B]]></name></person>",
        "</people>\n</registry>\n");
    ExpectSameReading(text, absl::StrCat("edge", i, ".xml"));
  }
}

}  // namespace
}  // namespace svclint
