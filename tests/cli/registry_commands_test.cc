// `svclint registry lookup` / `stats` output and exit codes (lint/cli), on the
// embedded snapshot.
#include "lint/cli/registry_commands.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/registry/registry_loader.h"

namespace svclint {
namespace {

struct LookupRun {
  int code;
  std::string out, err;
};

LookupRun Lookup(std::string_view query, bool json = false) {
  std::ostringstream out, err;
  const int code =
      RunRegistryLookup(Registry::Embedded(), query, json, out, err);
  return {code, out.str(), err.str()};
}

TEST(RegistryQueryTest, ByPortAndProtocol) {
  const LookupRun r = Lookup("5432/tcp");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "postgresql 5432/tcp  PostgreSQL Database  (assignee: Tom Lane)\n");
}

TEST(RegistryQueryTest, ByName) {
  const LookupRun r = Lookup("PostgreSQL");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "postgresql 5432/tcp  PostgreSQL Database  (assignee: Tom Lane)\n"
            "postgresql 5432/udp  PostgreSQL Database  (assignee: Tom Lane)\n");
}

TEST(RegistryQueryTest, HistoricAlias) {
  const LookupRun r = Lookup("acmaint_dbd");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "acmaint_dbd is a historic alias of acmaint-dbd\n"
            "acmaint_dbd 774/udp\n");
  EXPECT_TRUE(Lookup("www-http")
                  .out.starts_with("www-http is a historic alias of http\n"));
}

TEST(RegistryQueryTest, RangesNamesWithSlashesAndTxtKeys) {
  EXPECT_EQ(Lookup("6010/tcp").out,
            "x11 6000-6063/tcp  X Window System  (assignee: Stephen Gildea)\n");
  EXPECT_EQ(Lookup("cl/1").code, 0);  // a name, not PORT/PROTO
  const LookupRun http = Lookup("http");
  EXPECT_NE(http.out.find("\nTXT keys: u, p, path\n"), std::string::npos)
      << http.out;
}

TEST(RegistryQueryTest, NotFoundAndBadQueries) {
  const LookupRun missing = Lookup("no-such-service");
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.out, "");
  EXPECT_NE(missing.err.find("no registry record"), std::string::npos);
  EXPECT_EQ(Lookup("4/tcp").code, 1);  // Unassigned
  for (std::string_view bad : {"", "70000", "80/quic", "80/"}) {
    const LookupRun r = Lookup(bad);
    EXPECT_EQ(r.code, 2) << bad;
    EXPECT_EQ(r.out, "") << bad;
  }
}

TEST(RegistryQueryTest, Json) {
  const LookupRun r = Lookup("acmaint_dbd", /*json=*/true);
  EXPECT_EQ(r.code, 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["kind"], "name");
  EXPECT_EQ(j["historic_alias_of"], "acmaint-dbd");
  ASSERT_EQ(j["records"].size(), 1u);
  EXPECT_EQ(j["records"][0]["port"], 774);
  EXPECT_EQ(j["records"][0]["transport"], "udp");
  const nlohmann::json pg = nlohmann::json::parse(Lookup("5432/tcp", true).out);
  EXPECT_EQ(pg["records"][0]["assignee"][0]["name"], "Tom Lane");
  const LookupRun missing = Lookup("nope", true);
  EXPECT_EQ(missing.code, 1);
  EXPECT_TRUE(nlohmann::json::parse(missing.out)["records"].empty());
}

TEST(RegistryQueryTest, Stats) {
  std::ostringstream text, json;
  EXPECT_EQ(RunRegistryStats(Registry::Embedded(), false, text), 0);
  EXPECT_NE(text.str().find("records                       14533\n"),
            std::string::npos)
      << text.str();
  EXPECT_EQ(RunRegistryStats(Registry::Embedded(), true, json), 0);
  const nlohmann::json j = nlohmann::json::parse(json.str());
  EXPECT_EQ(j["records"], 14533);
  EXPECT_EQ(j["per_transport"]["sctp"], 93);
  EXPECT_EQ(j["assigned_ports"]["dynamic"], 0);
  EXPECT_EQ(j["updated"], "2026-08-17");
}

TEST(RegistryQueryTest, ParseQuery) {
  EXPECT_EQ(ParseRegistryQuery(" 80/UDP ")->transport, Transport::kUdp);
  EXPECT_EQ(*ParseRegistryQuery("65535")->port, 65535);
  EXPECT_EQ(ParseRegistryQuery("914c/g")->name, "914c/g");
  EXPECT_FALSE(ParseRegistryQuery("65536").has_value());
}

}  // namespace
}  // namespace svclint

namespace svclint {
namespace {

// A registry copy is user input: invalid UTF-8 in it must not break JSON.
TEST(RegistryQueryTest, JsonSurvivesInvalidUtf8) {
  absl::StatusOr<Registry> r = LoadRegistryText(
      "Service Name,Port Number,Transport Protocol,Description\n"
      "bad,1,tcp,caf\xE9\n",
      "u.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  std::ostringstream out, err;
  EXPECT_EQ(RunRegistryLookup(*r, "bad", /*json=*/true, out, err), 0);
  const nlohmann::json j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["records"][0]["description"], "caf\xEF\xBF\xBD");
}

}  // namespace
}  // namespace svclint
