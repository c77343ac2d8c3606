// Queries on the embedded snapshot, and the same queries on the XML loaded
// at run time (--registry): both go through one builder, so they agree.
#include <gtest/gtest.h>

#include <string>

#include "lint/base/strings.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_loader.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::SourceDir;

std::vector<std::string> Names(const std::vector<RecordView>& records) {
  std::vector<std::string> names;
  for (const RecordView& r : records) names.emplace_back(r.name);
  return names;
}

TEST(EmbeddedRegistryTest, PostgresqlByNameAndPort) {
  const Registry& r = Registry::Embedded();
  std::span<const uint32_t> found = r.FindByName("PostgreSQL");
  ASSERT_EQ(found.size(), 2u);
  const RecordView pg = r.record(found[0]);
  EXPECT_EQ(pg.name, "postgresql");
  EXPECT_EQ(pg.transport, Transport::kTcp);
  EXPECT_TRUE(pg.has_port);
  EXPECT_EQ(pg.port_lo, 5432);
  EXPECT_EQ(pg.port_hi, 5432);
  EXPECT_EQ(pg.description, "PostgreSQL Database");
  EXPECT_EQ(pg.assignee, "Tom_Lane");
  EXPECT_EQ(pg.line, 64599u);
  EXPECT_EQ(pg.name_line, 64600u);
  EXPECT_EQ(pg.name_column, 11u);
  EXPECT_EQ(r.PersonName("Tom_Lane"), "Tom Lane");
  EXPECT_EQ(Names(r.FindByPort(5432, Transport::kTcp)),
            std::vector<std::string>{"postgresql"});
}

TEST(EmbeddedRegistryTest, HistoricReplacements) {
  const Registry& r = Registry::Embedded();
  EXPECT_EQ(r.HistoricReplacement("acmaint_dbd"), "acmaint-dbd");
  EXPECT_EQ(r.HistoricReplacement("whois++"), "whoispp");
  EXPECT_EQ(r.HistoricReplacement("www-http"), "http");
  EXPECT_EQ(r.HistoricReplacement("WWW"), "http");
  EXPECT_EQ(r.HistoricReplacement("kca_service"), "kca-service");
  EXPECT_EQ(r.HistoricReplacement("http"), std::nullopt);
  EXPECT_EQ(r.HistoricReplacement("acmaint-dbd"), std::nullopt);
  EXPECT_EQ(r.HistoricReplacement(""), std::nullopt);
  EXPECT_TRUE(r.ContainsName("acmaint_dbd"));  // the alias is a record too
}

TEST(EmbeddedRegistryTest, PortsRangesReservedAndUnassigned) {
  const Registry& r = Registry::Embedded();
  EXPECT_EQ(Names(r.FindByPort(6010, Transport::kTcp)),
            std::vector<std::string>{"x11"});  // inside 6000-6063
  // Port 0 is Reserved on tcp and udp: taken, though unnamed.
  const std::vector<RecordView> zero = r.FindByPort(0, Transport::kTcp);
  ASSERT_EQ(zero.size(), 1u);
  EXPECT_TRUE(zero[0].reserved());
  // 4/tcp is Unassigned: nothing.
  EXPECT_TRUE(r.FindByPort(4, Transport::kTcp).empty());
  // 774/udp has the replacement and the historic alias.
  EXPECT_EQ(Names(r.FindByPort(774, Transport::kUdp)),
            (std::vector<std::string>{"acmaint-dbd", "acmaint_dbd"}));
  // Every transport when none is given.
  EXPECT_EQ(r.FindByPort(80, Transport::kNone).size(), 7u);
  EXPECT_TRUE(r.FindByPort(65535, Transport::kTcp).empty());
}

TEST(EmbeddedRegistryTest, TxtKeys) {
  const Registry& r = Registry::Embedded();
  const DefinedTxtKeys* http = r.TxtKeys("HTTP");
  ASSERT_NE(http, nullptr);
  EXPECT_TRUE(http->parsed);
  EXPECT_EQ(http->keys, (std::vector<std::string_view>{"u", "p", "path"}));
  const DefinedTxtKeys* none = r.TxtKeys("wpl-ers-http");
  ASSERT_NE(none, nullptr);
  EXPECT_TRUE(none->parsed);
  EXPECT_TRUE(none->keys.empty());
  const DefinedTxtKeys* ipp = r.TxtKeys("ipp");
  ASSERT_NE(ipp, nullptr);
  EXPECT_FALSE(ipp->parsed);
  EXPECT_EQ(ipp->note, "Defined TXT keys: See BonjourPrinting.pdf.");
  const DefinedTxtKeys* busy = r.TxtKeys("busycal");
  ASSERT_NE(busy, nullptr);
  EXPECT_FALSE(busy->parsed);
  EXPECT_TRUE(busy->undisclosed);
  EXPECT_EQ(r.TxtKeys("postgresql"), nullptr);
}

TEST(EmbeddedRegistryTest, Stats) {
  const RegistryStats s = Registry::Embedded().Stats();
  EXPECT_EQ(s.records, 14533u);
  EXPECT_EQ(s.updated, "2026-08-17");
  EXPECT_EQ(s.per_transport[int(Transport::kTcp)], 6606u);
  EXPECT_EQ(s.per_transport[int(Transport::kUdp)], 6356u);
  EXPECT_EQ(s.per_transport[int(Transport::kSctp)], 93u);
  EXPECT_EQ(s.per_transport[int(Transport::kDccp)], 11u);
  EXPECT_EQ(s.per_transport[int(Transport::kNone)], 1467u);
  EXPECT_EQ(s.dynamic_ports, 0u);
  EXPECT_GT(s.names, 7000u);
  EXPECT_GT(s.aliases, 90u);
  EXPECT_GT(s.txt_definitions, 900u);
  EXPECT_EQ(s.reserved, 808u);
}

TEST(EmbeddedRegistryTest, RunTimeLoadMatchesTheEmbeddedSnapshot) {
  absl::StatusOr<Registry> loaded = LoadRegistryFile(
      SourceDir() + "/corpus/iana/service-names-port-numbers.xml");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const Registry& embedded = Registry::Embedded();
  ASSERT_EQ(loaded->size(), embedded.size());
  for (uint32_t i = 0; i < embedded.size(); i += 97) {
    const RecordView a = loaded->record(i), b = embedded.record(i);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.port_lo, b.port_lo);
    EXPECT_EQ(a.transport, b.transport);
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.line, b.line);
  }
  const RegistryStats x = loaded->Stats(), y = embedded.Stats();
  EXPECT_EQ(x.names, y.names);
  EXPECT_EQ(x.aliases, y.aliases);
  EXPECT_EQ(x.txt_definitions, y.txt_definitions);
}

TEST(RegistryLoaderTest, CsvAndTextCopies) {
  absl::StatusOr<Registry> csv =
      LoadRegistryFile(SourceDir() + "/corpus/registry/sample.csv");
  ASSERT_TRUE(csv.ok()) << csv.status();
  EXPECT_EQ(csv->HistoricReplacement("whois++"), "whoispp");
  EXPECT_EQ(csv->PersonName("Tom_Lane"), "Tom_Lane");  // no people in CSV
  absl::StatusOr<Registry> text =
      LoadRegistryFile(SourceDir() + "/corpus/registry/text_plain_ports.txt");
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_EQ(text->HistoricReplacement("iclcnet_svinfo"), "iclcnet-svinfo");
  EXPECT_EQ(text->PersonName("Bob_Lyon"), "Bob Lyon");
  EXPECT_EQ(text->Stats().updated, "2025-07-22");
}

TEST(RegistryLoaderTest, Errors) {
  absl::StatusOr<Registry> missing = LoadRegistryFile("/nonexistent/x.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(
      AsStd(missing.status().message()).starts_with("/nonexistent/x.xml: "));
  absl::StatusOr<Registry> garbage = LoadRegistryText("hello\n", "g.txt");
  ASSERT_FALSE(garbage.ok());
  EXPECT_TRUE(AsStd(garbage.status().message()).starts_with("g.txt:1:1: "));
  absl::StatusOr<Registry> bad_port = LoadRegistryText(
      "Service Name,Port Number,Transport Protocol,Description\n"
      "ok,1,tcp,x\nbad,70000,tcp,y\n",
      "p.csv");
  ASSERT_FALSE(bad_port.ok());
  EXPECT_EQ(bad_port.status().message(),
            "p.csv:3:1: record 'bad': port number '70000' is not a port or "
            "range in 0-65535");
  absl::StatusOr<Registry> bad_proto = LoadRegistryText(
      "Service Name,Port Number,Transport Protocol,Description\n"
      "ok,1,quic,x\n",
      "q.csv");
  ASSERT_FALSE(bad_proto.ok());
  EXPECT_EQ(bad_proto.status().message(),
            "q.csv:2:1: record 'ok': unknown transport protocol 'quic'; "
            "expected tcp, udp, sctp or dccp");
}

}  // namespace
}  // namespace svclint
