// The machine-readable outputs: SARIF validated against the official
// schema, GitHub workflow commands escaped as the runner requires, JSON
// with every documented field.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "gtest/gtest.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;

Diagnostic Sample() {
  Diagnostic d;
  d.path = "dir/a b.toml";
  d.span = {3, 9, 3, 20};
  d.rule_id = "SN007";
  d.slug = "historic-alias";
  d.severity = Severity::kWarning;
  d.message = "'acmaint_dbd' is a historic alias of 'acmaint-dbd', 100%";
  d.fix = Fix{"replace", {Edit{{3, 9, 3, 20}, "acmaint-dbd"}}};
  return d;
}

TEST(GithubReporterTest, EscapesDataAndProperties) {
  EXPECT_EQ(EscapeGithubData("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
  EXPECT_EQ(EscapeGithubProperty("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
  std::ostringstream out;
  const Diagnostic d = Sample();
  WriteGithub(std::span<const Diagnostic>(&d, 1), out);
  EXPECT_EQ(out.str(),
            "::warning file=dir/a b.toml,line=3,col=9,endLine=3,endColumn=20,"
            "title=SN007 historic-alias::'acmaint_dbd' is a historic alias of "
            "'acmaint-dbd', 100%25\n");
}

TEST(JsonReporterTest, HasEveryField) {
  std::ostringstream out;
  const Diagnostic d = Sample();
  WriteJson(std::span<const Diagnostic>(&d, 1), out);
  const nlohmann::json j = nlohmann::json::parse(out.str());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["path"], "dir/a b.toml");
  EXPECT_EQ(j[0]["line"], 3);
  EXPECT_EQ(j[0]["column"], 9);
  EXPECT_EQ(j[0]["end_line"], 3);
  EXPECT_EQ(j[0]["end_column"], 20);
  EXPECT_EQ(j[0]["severity"], "warning");
  EXPECT_EQ(j[0]["rule"], "SN007");
  EXPECT_EQ(j[0]["slug"], "historic-alias");
  EXPECT_EQ(j[0]["fix"]["edits"][0]["replacement"], "acmaint-dbd");
}

TEST(JsonReporterTest, InvalidUtf8StaysValidJson) {
  Diagnostic d = Sample();
  d.message = "bad \xff byte";
  std::ostringstream out;
  WriteJson(std::span<const Diagnostic>(&d, 1), out);
  EXPECT_TRUE(nlohmann::json::accept(out.str())) << out.str();
}

// Written in batches as `check -` does, the array is byte for byte the
// one written at once, and exactly nlohmann's own two-space dump of it.
TEST(JsonReporterTest, BatchesGiveTheSameBytes) {
  std::vector<Diagnostic> all;
  for (int i = 0; i < 3; ++i) {
    Diagnostic d = Sample();
    d.span.line = static_cast<uint32_t>(i + 1);
    if (i == 1) d.fix.reset();
    all.push_back(d);
  }
  std::ostringstream at_once;
  WriteJson(all, at_once);
  std::ostringstream batched;
  JsonArrayWriter writer(batched);
  writer.Add({});
  writer.Add(std::span<const Diagnostic>(all).subspan(0, 1));
  writer.Add({});
  writer.Add(std::span<const Diagnostic>(all).subspan(1));
  writer.Finish();
  EXPECT_EQ(batched.str(), at_once.str());
  EXPECT_EQ(at_once.str(),
            nlohmann::ordered_json::parse(at_once.str()).dump(2) + "\n");

  std::ostringstream empty;
  JsonArrayWriter none(empty);
  none.Add({});
  none.Finish();
  EXPECT_EQ(empty.str(), "[]\n");
}

TEST(SarifReporterTest, DescribesRulesAndResults) {
  std::ostringstream out;
  const Diagnostic d = Sample();
  WriteSarif(std::span<const Diagnostic>(&d, 1), out);
  const nlohmann::json j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["version"], "2.1.0");
  const nlohmann::json& run = j["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "svclint");
  EXPECT_GT(run["tool"]["driver"]["rules"].size(), 60u);
  const nlohmann::json& result = run["results"][0];
  EXPECT_EQ(result["ruleId"], "SN007");
  EXPECT_EQ(result["level"], "warning");
  EXPECT_EQ(
      run["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()]["id"],
      "SN007");
  EXPECT_EQ(
      result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
      "dir/a%20b.toml");
}

// The SARIF of the whole sample corpus validates against the official
// SARIF 2.1.0 schema (shipped in corpus/schemas/), checked with the
// python3-jsonschema validator.
TEST(SarifReporterTest, CorpusValidatesAgainstTheOfficialSchema) {
  for (const char* dir : {"corpus/configs", "corpus/requests"}) {
    SCOPED_TRACE(dir);
    const std::string corpus = SourceDir() + "/" + dir;
    if (!std::filesystem::exists(corpus)) continue;
    const testing::RunResult run =
        RunSvclint({"lint", "--format", "sarif", corpus});
    ASSERT_NE(run.exit_code, 127);
    const std::string path = ::testing::TempDir() + "/svclint.sarif";
    std::ofstream(path) << run.out;
    const nlohmann::json sarif = nlohmann::json::parse(run.out);
    EXPECT_GT(sarif["runs"][0]["results"].size(), 0u);
    const std::string cmd = "/usr/bin/python3 " + SourceDir() +
                            "/tests/report/validate_sarif.py " + SourceDir() +
                            "/corpus/schemas/sarif-schema-2.1.0.json " + path;
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
}

}  // namespace
}  // namespace svclint
