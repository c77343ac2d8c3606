// SARIF written as its results come (SarifLogWriter, `check --format sarif
// -`): the bytes are exactly nlohmann's dump of the whole log, in any
// batching; rules no description covers are described when known up front
// and named without an index when not.

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lint/report/sarif_reporter.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using Json = nlohmann::ordered_json;

Diagnostic Finding(uint32_t line, std::string rule_id, std::string message) {
  return Diagnostic{.path = "dir/a b.toml",
                    .span = {line, 3, line, 9},
                    .rule_id = std::move(rule_id),
                    .slug = "slug",
                    .severity = Severity::kWarning,
                    .message = std::move(message),
                    .fix = std::nullopt};
}

std::vector<Diagnostic> Findings() {
  std::vector<Diagnostic> all = {
      Finding(1, "SN002", "plain"),
      Finding(2, "ORG001", "a custom rule: \"quoted\"\nand a newline"),
      Finding(3, "SN003", "bad UTF-8: \xff\xfe here"),
      Finding(4, "ZZ999", "described by nothing")};
  all[0].fix = Fix{.title = "shorten it",
                   .edits = {Edit{.span = {1, 3, 1, 9}, .replacement = "x"}}};
  return all;
}

SarifOptions Options() {
  return {.root = "/work/project",
          .extra_rules = {SarifRule{.id = "ORG001",
                                    .slug = "org-prefix",
                                    .severity = Severity::kWarning,
                                    .summary = "names start with acme-",
                                    .description = "Custom rule.",
                                    .help_uri = "file:///x/.svclint.toml"}}};
}

// The log re-dumped from its own parse: what one dump of it writes.
std::string Redumped(const std::string& log) {
  const Json parsed = Json::parse(log);
  return parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

TEST(SarifStreamTest, BatchesWriteTheBytesOfOneDump) {
  const std::vector<Diagnostic> all = Findings();
  const SarifOptions options = Options();
  std::ostringstream whole;
  WriteSarif(all, options, whole);
  EXPECT_EQ(Redumped(whole.str()), whole.str());

  for (size_t cut = 0; cut <= all.size(); ++cut) {
    std::ostringstream streamed;
    SarifLogWriter log(options, streamed, all);
    log.Add(std::span(all).first(cut));
    log.Add({});
    log.Add(std::span(all).subspan(cut));
    log.Finish();
    EXPECT_EQ(streamed.str(), whole.str()) << "cut at " << cut;
  }
}

TEST(SarifStreamTest, NoResultsIsAnEmptyArray) {
  std::ostringstream out;
  SarifLogWriter log(Options(), out);
  log.Finish();
  EXPECT_EQ(Redumped(out.str()), out.str());
  const Json parsed = Json::parse(out.str());
  EXPECT_TRUE(parsed["runs"][0]["results"].is_array());
  EXPECT_TRUE(parsed["runs"][0]["results"].empty());
  EXPECT_NE(out.str().find("\"results\": []"), std::string::npos);
}

TEST(SarifStreamTest, RulesNothingDescribes) {
  const std::vector<Diagnostic> all = Findings();
  // Known up front (WriteSarif): ZZ999 gets a descriptor and an index.
  std::ostringstream whole;
  WriteSarif(all, Options(), whole);
  const Json known = Json::parse(whole.str())["runs"][0];
  const Json& rules = known["tool"]["driver"]["rules"];
  ASSERT_EQ(known["results"].size(), 4u);
  const size_t zz = known["results"][3]["ruleIndex"].get<size_t>();
  EXPECT_EQ(rules[zz]["id"], "ZZ999");
  const size_t org = known["results"][1]["ruleIndex"].get<size_t>();
  EXPECT_EQ(rules[org]["id"], "ORG001");
  EXPECT_EQ(rules[org]["helpUri"], "file:///x/.svclint.toml");

  // Not known up front: ZZ999 is named without an index; the rest keep
  // theirs, and the log is still one dump.
  std::ostringstream streamed;
  SarifLogWriter log(Options(), streamed);
  log.Add(all);
  log.Finish();
  EXPECT_EQ(Redumped(streamed.str()), streamed.str());
  const Json run = Json::parse(streamed.str())["runs"][0];
  EXPECT_FALSE(run["results"][3].contains("ruleIndex"));
  EXPECT_EQ(run["results"][3]["ruleId"], "ZZ999");
  EXPECT_EQ(run["results"][1]["ruleIndex"], org);
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), rules.size() - 1);
}

TEST(SarifStreamTest, CheckStdinStreamsSarif) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines += i % 3 == 0 ? "_foo_bar._tcp\n" : "_http._tcp\n";
  }
  const testing::RunResult run = testing::RunSvclint(
      {"check", "--as", "type", "--format", "sarif", "-"}, lines);
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Redumped(run.out), run.out);
  const Json log = Json::parse(run.out)["runs"][0];
  ASSERT_EQ(log["results"].size(), 1000u);
  EXPECT_EQ(log["results"][0]["ruleId"], "SN003");
  EXPECT_EQ(log["results"][999]["locations"][0]["physicalLocation"]["region"]
               ["startLine"],
            2998);
  EXPECT_EQ(log["results"][0]["locations"][0]["physicalLocation"]
               ["artifactLocation"]["uri"],
            "-");

  // Nothing on the input: a well-formed log with no results.
  const testing::RunResult clean = testing::RunSvclint(
      {"check", "--as", "type", "--format", "sarif", "-"}, "_http._tcp\n");
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_TRUE(Json::parse(clean.out)["runs"][0]["results"].empty());
}

TEST(SarifStreamTest, CheckDescribesItsCustomRules) {
  const std::string config = ::testing::TempDir() + "/sarif-stream.toml";
  {
    std::ofstream out(config);
    out << "[[rule]]\nid = \"ORG001\"\nslug = \"org-prefix\"\n"
           "severity = \"warning\"\nfield = \"service.name\"\n"
           "pattern = \"^acme-\"\nmatch = \"must\"\n"
           "message = \"names here start with acme-, not '{value}'\"\n";
  }
  // From standard input (streamed) and from the arguments (collected):
  // the custom rule is described like a built-in one, with an index.
  for (const bool from_stdin : {true, false}) {
    std::vector<std::string> args = {"check", "--config", config, "--format",
                                     "sarif"};
    args.push_back(from_stdin ? "-" : "_http._tcp");
    const testing::RunResult run =
        testing::RunSvclint(args, from_stdin ? "_http._tcp\n" : "");
    ASSERT_EQ(run.exit_code, 0) << run.err;  // a warning: below --fail-on
    EXPECT_EQ(run.err, "Found 1 problem (1 warning) in 1 input.\n");
    const Json log = Json::parse(run.out)["runs"][0];
    ASSERT_EQ(log["results"].size(), 1u) << run.out;
    EXPECT_EQ(log["results"][0]["ruleId"], "ORG001");
    const Json& rule = log["tool"]["driver"]["rules"]
                          [log["results"][0]["ruleIndex"].get<size_t>()];
    EXPECT_EQ(rule["id"], "ORG001");
    EXPECT_EQ(rule["name"], "org-prefix");
    EXPECT_EQ(rule["helpUri"].get<std::string>().rfind("file://", 0), 0u);
  }
}

}  // namespace
}  // namespace svclint
