// The plain-text loader on IANA's text layouts (corpus/registry/text_*):
// whitespace columns and the "| cell |" table, ranges, Unassigned rows,
// aliases, continuation paragraphs, name-only records, people.
#include "lint/parse/registry_text.h"

#include <gtest/gtest.h>

#include <string>

#include "lint/base/strings.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

RegistrySource Load(std::string_view file) {
  const std::string path =
      SourceDir() + "/corpus/registry/" + std::string(file);
  absl::StatusOr<RegistrySource> src =
      ParseRegistryText(std::string_view(ReadFile(path)), file);
  EXPECT_TRUE(src.ok()) << src.status();
  return src.ok() ? std::move(src).value() : RegistrySource();
}

const SourceRecord* Find(const RegistrySource& src, std::string_view name,
                         std::string_view protocol) {
  for (const SourceRecord& r : src.records) {
    if (r.name == name && r.protocol == protocol) return &r;
  }
  return nullptr;
}

TEST(RegistryTextTest, PlainPortsLayout) {
  const RegistrySource src = Load("text_plain_ports.txt");
  EXPECT_EQ(src.updated, "2025-07-22");
  EXPECT_EQ(src.records.size(), 101u);
  EXPECT_EQ(src.people.size(), 12u);

  const SourceRecord* netgw = Find(src, "netgw", "tcp");
  ASSERT_NE(netgw, nullptr);
  EXPECT_EQ(netgw->number, "741");
  EXPECT_EQ(netgw->description, "netGW");
  EXPECT_EQ(netgw->assignee, "Oliver_Korfmacher");
  EXPECT_EQ(netgw->line, 66u);
  EXPECT_EQ(netgw->name_column, 1u);

  const SourceRecord& unassigned = src.records[2];
  EXPECT_EQ(unassigned.name, "");
  EXPECT_EQ(unassigned.number, "732-740");
  EXPECT_EQ(unassigned.description, "Unassigned");

  const SourceRecord* domain_s = Find(src, "domain-s", "udp");
  ASSERT_NE(domain_s, nullptr);
  EXPECT_EQ(domain_s->registration_date, "2015-10-08");
  EXPECT_EQ(domain_s->modification_date, "2022-04-01");
  EXPECT_EQ(domain_s->reference, "[RFC7858][RFC8094][RFC9250]");
  EXPECT_EQ(domain_s->contact, "IETF_Chair");
}

TEST(RegistryTextTest, PlainAliasesAndContinuations) {
  const RegistrySource src = Load("text_plain_ports.txt");
  const SourceRecord* alias = Find(src, "acmaint_dbd", "udp");
  ASSERT_NE(alias, nullptr);
  EXPECT_EQ(alias->description, "");
  EXPECT_TRUE(
      alias->note.starts_with("This entry is an alias to \"acmaint-dbd\"."));
  // A paragraph after a blank line continues the record above.
  const SourceRecord* replacement = Find(src, "iclcnet-svinfo", "tcp");
  ASSERT_NE(replacement, nullptr);
  EXPECT_EQ(replacement->description,
            "ICL coNETion server info\nIANA assigned this well-formed service "
            "name as a replacement for \"iclcnet_svinfo\".");
  EXPECT_EQ(replacement->assignee, "Bob_Lyon");
  // Unauthorized use and lone dates on Unassigned rows.
  bool unauthorized = false;
  for (const SourceRecord& r : src.records) {
    if (r.number == "788-799") {
      unauthorized = true;
      EXPECT_EQ(r.description, "Unassigned");
      EXPECT_EQ(r.unauthorized, "Unauthorized Use Known on port 796");
    }
  }
  EXPECT_TRUE(unauthorized);
}

TEST(RegistryTextTest, PlainPeopleSplitNameFromOrganisation) {
  const RegistrySource src = Load("text_plain_ports.txt");
  for (const SourcePerson& p : src.people) {
    if (p.id == "IETF_Chair") {
      EXPECT_EQ(p.name, "IETF Chair");
      EXPECT_EQ(p.org, "IETF");
      EXPECT_EQ(p.uri, "mailto:chair&ietf.org");
    }
    if (p.id == "Gordon_C_Galligher") {
      EXPECT_EQ(p.name, "Gordon C. Galligher");
    }
  }
}

TEST(RegistryTextTest, PlainDnsSdLayout) {
  const RegistrySource src = Load("text_plain_dnssd.txt");
  EXPECT_EQ(src.updated, "2024-12-20");
  EXPECT_EQ(src.records.size(), 66u);
  const SourceRecord* vue = Find(src, "vue4rendercow", "");
  ASSERT_NE(vue, nullptr);  // name only, no protocol
  EXPECT_EQ(vue->number, "");
  EXPECT_EQ(vue->description, "VueProRenderCow");
  EXPECT_EQ(vue->note, "Defined TXT keys: None");
  const SourceRecord* wot = Find(src, "wot", "udp");
  ASSERT_NE(wot, nullptr);
  EXPECT_TRUE(wot->note.starts_with("Defined TXT keys:\ntd: Absolute"))
      << wot->note;
  const SourceRecord* vos = Find(src, "vos", "");
  ASSERT_NE(vos, nullptr);
  EXPECT_EQ(vos->assignee, "Reed_Hedges, Peter_Amstutz");
}

TEST(RegistryTextTest, TableLayout) {
  const RegistrySource src = Load("text_table_whois.txt");
  EXPECT_EQ(src.updated, "2026-05-26");
  ASSERT_EQ(src.records.size(), 6u);
  const SourceRecord* alias = Find(src, "whois++", "tcp");
  ASSERT_NE(alias, nullptr);
  EXPECT_EQ(alias->description, "whois++");
  EXPECT_TRUE(
      alias->note.starts_with("This entry is an alias to \"whoispp\"."));
  // A row wrapped onto a line that starts with "[" continues.
  const SourceRecord* whoispp = Find(src, "whoispp", "udp");
  ASSERT_NE(whoispp, nullptr);
  EXPECT_EQ(whoispp->assignee, "Rickard_Schoultz");
  EXPECT_EQ(whoispp->name_column, 3u);  // "| whoispp"
  ASSERT_EQ(src.people.size(), 2u);
  EXPECT_EQ(src.people[0].name, "Mark Kosters");
}

TEST(RegistryTextTest, TableLayoutWithoutLeadingBars) {
  const RegistrySource src = Load("text_table_dnssd.txt");
  ASSERT_EQ(src.records.size(), 8u);
  const SourceRecord* timezone = Find(src, "timezone", "tcp");
  ASSERT_NE(timezone, nullptr);
  EXPECT_EQ(timezone->reference, "[RFC7808]");
  EXPECT_EQ(timezone->registration_date, "2015-08-03");
  EXPECT_TRUE(timezone->note.starts_with("This is an extension of the http"));
  const SourceRecord* pkixrep = Find(src, "pkixrep", "");
  ASSERT_NE(pkixrep, nullptr);
  EXPECT_EQ(pkixrep->reference, "[RFC4386]");
}

TEST(RegistryTextTest, DetectsTheHeaderNotTheTitle) {
  EXPECT_FALSE(LooksLikeRegistryText(
      "Service Name and Transport Protocol Port Number Registry\n"));
  EXPECT_TRUE(LooksLikeRegistryText(
      "x\nService Name Port Number Transport Protocol Description\n"));
  absl::StatusOr<RegistrySource> src =
      ParseRegistryText(std::string_view("just words\n"), "w.txt");
  ASSERT_FALSE(src.ok());
  EXPECT_TRUE(AsStd(src.status().message()).starts_with("w.txt:1:1: "));
}

}  // namespace
}  // namespace svclint
