// `check -` reads stdin in blocks of about 1 MiB checked on every core: the
// findings must be exactly those of checking the lines one by one, with the
// right line numbers, in order, wherever the block boundaries fall.

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "lint/base/strings.h"
#include "lint/diag/rule_policy.h"
#include "lint/engine/check_inputs.h"
#include "lint/registry/registry.h"
#include "lint/report/json_reporter.h"
#include "lint/report/text_reporter.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using Row = std::tuple<std::string, uint32_t, uint32_t, uint32_t, std::string,
                       std::string>;

std::vector<Row> Rows(const std::vector<Diagnostic>& diagnostics) {
  std::vector<Row> rows;
  for (const Diagnostic& d : diagnostics) {
    rows.emplace_back(d.path, d.span.line, d.span.column, d.span.end_column,
                      d.rule_id, d.message);
  }
  return rows;
}

CheckOptions TypeOptions() {
  static const RulePolicy policy;
  CheckOptions options;
  options.as = InputKind::kType;
  options.policy = &policy;
  options.registry = &Registry::Embedded();
  return options;
}

// The lines of `text` as CheckStream reads them: LF-separated, one CR
// before the LF dropped, a last line without LF counted.
std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

void ExpectSameAsOneByOne(const std::string& text) {
  const CheckOptions options = TypeOptions();
  const std::vector<std::string> lines = SplitLines(text);
  const std::vector<Row> expected = Rows(CheckInputs(lines, "-", options));

  std::istringstream collected_in(text);
  absl::StatusOr<StreamResult> collected =
      CheckStream(collected_in, "-", options);
  ASSERT_TRUE(collected.ok()) << collected.status();
  EXPECT_EQ(collected->inputs, lines.size());
  EXPECT_EQ(Rows(collected->diagnostics), expected);

  std::istringstream streamed_in(text);
  std::vector<Diagnostic> streamed;
  size_t calls = 0;
  absl::StatusOr<StreamResult> result = CheckStream(
      streamed_in, "-", options, [&](std::vector<Diagnostic>& found) {
        ++calls;
        for (Diagnostic& d : found) streamed.push_back(std::move(d));
      });
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->inputs, lines.size());
  EXPECT_TRUE(result->diagnostics.empty());
  EXPECT_EQ(Rows(streamed), expected);
  EXPECT_GE(calls, text.size() >> 20);  // one per block, as they finish
}

TEST(CheckStreamTest, SmallInputs) {
  for (const char* text :
       {"", "\n", "\n\n", "_http._tcp", "_http._tcp\n", "_a_b._tcp\r\n_x.tcp",
        "\r\n", "_http._tcp\n\n_foo._sctp\n", "whois++\r\n\r\n"}) {
    SCOPED_TRACE(text);
    ExpectSameAsOneByOne(text);
  }
}

// About 3.7 MiB: several blocks, boundaries inside lines, CRLF and empty
// lines, a 2.5 MiB line that spans blocks, and no LF at the end.
TEST(CheckStreamTest, BlocksGiveTheFindingsOfOneByOne) {
  const std::vector<std::string> kinds = {"_http._tcp",
                                          "_acmaint_dbd._udp",
                                          "_ssh._udp",
                                          "_foo._sctp",
                                          "http._tcp",
                                          "_daap._http._tcp",
                                          "_HTTP._TCP",
                                          "",
                                          "_toolongservicename1._tcp\r",
                                          "_x--y._tcp.local.",
                                          "_printer._sub._ipp._tcp"};
  std::mt19937 rng(7);
  std::string text;
  size_t lines = 0;
  while (text.size() < (1u << 20) + 12345) {
    absl::StrAppend(&text, kinds[rng() % kinds.size()], "\n");
    ++lines;
  }
  absl::StrAppend(&text, "_", std::string(5 << 19, 'a'), "._tcp\n");
  while (text.size() < (15u << 18)) {
    absl::StrAppend(&text, kinds[rng() % kinds.size()], "\n");
    ++lines;
  }
  absl::StrAppend(&text, "_last._udp");
  ExpectSameAsOneByOne(text);
  EXPECT_GT(lines, 80'000u);
}

// Through the CLI, every streamed format gives what the collected findings
// give written at once: text, JSON and --statistics, on several blocks.
TEST(CheckStreamTest, CliStreamsEveryFormat) {
  std::string text;
  for (int i = 0; i < 240'000; ++i) {
    absl::StrAppend(&text, i % 3 == 0   ? "_acmaint_dbd._udp\n"
                           : i % 3 == 1 ? "_http._tcp\n"
                                        : "_ssh._udp\n");
  }
  const std::vector<std::string> lines = SplitLines(text);
  const std::vector<Diagnostic> all = CheckInputs(lines, "-", TypeOptions());
  ASSERT_GT(text.size(), 2u << 20);

  std::ostringstream json, statistics;
  WriteJson(all, json);
  WriteStatistics(all, statistics);
  const testing::RunResult as_json = testing::RunSvclint(
      {"check", "--as", "type", "--format", "json", "-"}, text);
  EXPECT_EQ(as_json.exit_code, 1);
  EXPECT_EQ(as_json.out, json.str());
  const testing::RunResult counted =
      testing::RunSvclint({"check", "--as", "type", "--statistics", "-"}, text);
  EXPECT_EQ(counted.exit_code, 1);
  EXPECT_EQ(counted.out, statistics.str());
  EXPECT_EQ(counted.err, as_json.err);
  EXPECT_EQ(counted.err,
            "Found 240000 problems (80000 errors, 160000 warnings) in 240000 "
            "inputs; 80000 fixable with --fix.\n");
}

// A configuration with one custom rule, ORG001 org-prefix: service names
// must start with "acme-" (a warning). Returns its path.
std::string WriteAcmeConfig(std::string_view name) {
  const std::string path =
      absl::StrCat(::testing::TempDir(), "/", AsAbsl(name), ".svclint.toml");
  std::ofstream out(path);
  out << "[[rule]]\nid = \"ORG001\"\nslug = \"org-prefix\"\n"
         "severity = \"warning\"\nfield = \"service.name\"\n"
         "pattern = \"^acme-\"\nmatch = \"must\"\n"
         "message = \"'{value}' must start with acme-\"\n";
  return path;
}

// Custom rules run on the worker threads too: every line's finding comes
// out once, in order, with the line's number.
TEST(CheckStreamTest, CustomRulesOnEveryBlock) {
  const std::string config = WriteAcmeConfig("check_stream_custom");
  std::string text, expected;
  constexpr int kLines = 200'000;  // about 3 MiB: several blocks
  for (int i = 1; i <= kLines; ++i) {
    if (i % 2) {
      absl::StrAppend(&text, "_acme-printer._tcp\n");
    } else {
      absl::StrAppend(&text, "_http._tcp\n");
      absl::StrAppend(&expected, "-:", i,
                      ":2: warning: 'http' must start with acme- "
                      "[ORG001 org-prefix]\n");
    }
  }
  const testing::RunResult r = testing::RunSvclint(
      {"check", "--config", config, "--select", "ORG001", "--as", "type", "-"},
      text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out == expected) << r.out.substr(0, 400);
  EXPECT_EQ(r.err, absl::StrCat("Found ", kLines / 2, " problems (", kLines / 2,
                                " warnings) in ", kLines, " inputs.\n"));
}

// --select and --ignore on the command line name custom rules as they name
// built-in ones; a selector that names neither is a usage error.
TEST(CheckStreamTest, CliSelectorsNameCustomRules) {
  const std::string config = WriteAcmeConfig("check_selectors");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"check", "--config", config});
    args.insert(args.end(), {"--as", "type", "_http_x._tcp"});
    return testing::RunSvclint(args);
  };
  const std::string org =
      "<args>:1:2: warning: 'http_x' must start with acme- "
      "[ORG001 org-prefix]\n";
  const std::string sn003 =
      "<args>:1:6: error: service name 'http_x' contains '_' at column 6; "
      "only letters, digits and '-' are allowed [SN003 name-invalid-char]\n";
  EXPECT_EQ(run({}).out, org + sn003);
  EXPECT_EQ(run({"--select", "ORG001"}).out, org);
  EXPECT_EQ(run({"--select", "org-prefix,SN003"}).out, org + sn003);
  EXPECT_EQ(run({"--ignore", "ORG"}).out, sn003);
  EXPECT_EQ(run({"--select", "ORG001", "--ignore", "ORG001"}).out, "");
  const testing::RunResult bad = run({"--select", "NOPE001"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "svclint: error: --select: 'NOPE001' matches no rule\n");
}

}  // namespace
}  // namespace svclint
