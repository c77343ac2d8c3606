// Annotated request fixtures: every corpus/requests/*.toml runs through the
// real binary, and its findings must match the expectations written in the
// fixture, both ways, by rule id and line (and column when given):
//
//   port = 5432            # expect: PR004 col=8
//   [[request]]            # expect: RQ007 PR007
//   # passes: PR004 PR005  (the file exercises these rules; they stay quiet)
//
// The exit code must be 2 when IO001 is expected, 1 when anything else is,
// and 0 for a clean file (run with --fail-on info, so any finding counts).
// Messages are pinned by the golden snapshots next to the fixtures
// (*.expected.json); SVCLINT_UPDATE_GOLDEN=1 rewrites them for review.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::ReadFile;
using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;
using ::svclint::testing::UpdatingGoldens;

struct Expectation {
  std::string rule;
  int line = 0;
  std::optional<int> column;
  bool matched = false;
};

struct Fixture {
  std::vector<Expectation> expected;
  std::set<std::string> passes;     // rules the fixture shows staying quiet
  std::vector<std::string> errors;  // malformed annotations
};

bool IsRuleId(const std::string& token) {
  return token.size() == 5 && std::isupper(token[0]) &&
         std::isupper(token[1]) && std::isdigit(token[2]) &&
         std::isdigit(token[3]) && std::isdigit(token[4]);
}

std::vector<std::string> Tokens(const std::string& text) {
  std::string spaced = text;
  std::replace(spaced.begin(), spaced.end(), ',', ' ');
  std::istringstream in(spaced);
  std::vector<std::string> out;
  for (std::string token; in >> token;) out.push_back(token);
  return out;
}

Fixture ReadAnnotations(const std::string& content) {
  Fixture fixture;
  std::istringstream in(content);
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (size_t at = text.find("# expect:"); at != std::string::npos) {
      for (const std::string& token : Tokens(text.substr(at + 9))) {
        if (IsRuleId(token)) {
          fixture.expected.push_back({token, line, std::nullopt});
        } else if (token.rfind("col=", 0) == 0 && !fixture.expected.empty() &&
                   fixture.expected.back().line == line) {
          fixture.expected.back().column = std::atoi(token.c_str() + 4);
        } else {
          fixture.errors.push_back("line " + std::to_string(line) +
                                   ": bad expectation token '" + token + "'");
        }
      }
    }
    if (size_t at = text.find("# passes:"); at != std::string::npos) {
      for (const std::string& token : Tokens(text.substr(at + 9))) {
        if (IsRuleId(token)) {
          fixture.passes.insert(token);
        } else {
          fixture.errors.push_back("line " + std::to_string(line) +
                                   ": bad passes token '" + token + "'");
        }
      }
    }
  }
  return fixture;
}

std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  const fs::path dir = fs::path(SourceDir()) / "corpus" / "requests";
  if (!fs::exists(dir)) return names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".toml") {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

fs::path FixturePath(const std::string& name) {
  return fs::path(SourceDir()) / "corpus" / "requests" / name;
}

class RequestFixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RequestFixtureTest, FindingsMatchAnnotations) {
  const fs::path path = FixturePath(GetParam());
  Fixture fixture = ReadAnnotations(ReadFile(path.string()));
  for (const std::string& error : fixture.errors) ADD_FAILURE() << error;

  const testing::RunResult run = RunSvclint(
      {"lint", "--format", "json", "--fail-on", "info", path.string()});
  nlohmann::json findings = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_TRUE(findings.is_array())
      << "stdout: " << run.out << "\nstderr: " << run.err;

  std::vector<std::string> unexpected;
  for (const nlohmann::json& f : findings) {
    const std::string rule = f.value("rule", "");
    const int line = f.value("line", 0);
    const int column = f.value("column", 0);
    // A column-pinned expectation first, then one for the whole line.
    auto match = [&](bool pinned) {
      for (Expectation& e : fixture.expected) {
        if (e.matched || e.rule != rule || e.line != line) continue;
        if (pinned ? e.column != column : e.column.has_value()) continue;
        e.matched = true;
        return true;
      }
      return false;
    };
    if (!match(true) && !match(false)) {
      unexpected.push_back(rule + " at " + std::to_string(line) + ":" +
                           std::to_string(column) + ": " +
                           f.value("message", ""));
    }
    EXPECT_EQ(fixture.passes.count(rule), 0u)
        << rule << " fires in a fixture that says it passes";
  }
  for (const std::string& u : unexpected) {
    ADD_FAILURE() << "unexpected finding " << u;
  }
  bool io_error = false;
  for (const Expectation& e : fixture.expected) {
    io_error = io_error || e.rule == "IO001";
    if (!e.matched) {
      ADD_FAILURE() << "expected " << e.rule << " at line " << e.line
                    << (e.column ? " col " + std::to_string(*e.column) : "")
                    << " but it was not reported";
    }
  }
  const int expected_exit = io_error ? 2 : fixture.expected.empty() ? 0 : 1;
  EXPECT_EQ(run.exit_code, expected_exit) << "stderr: " << run.err;
}

// Messages and spans, byte for byte, through stdin so that the path in the
// output does not depend on where the tree is checked out.
TEST_P(RequestFixtureTest, MatchesGoldenOutput) {
  const fs::path path = FixturePath(GetParam());
  const std::string shown = "corpus/requests/" + GetParam();
  const testing::RunResult run =
      RunSvclint({"lint", "--format", "json", "--quiet", "--fail-on", "info",
                  "--kind", "request", "--stdin-filename", shown, "-"},
                 ReadFile(path.string()));
  const std::string actual =
      "exit: " + std::to_string(run.exit_code) + "\n" + run.out;
  fs::path golden = path;
  golden.replace_extension(".expected.json");
  if (UpdatingGoldens()) {
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(golden))
      << golden << " is missing; run with SVCLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(ReadFile(golden.string()), actual) << "golden: " << golden;
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RequestFixtureTest,
                         ::testing::ValuesIn(FixtureNames()), TestName);

// SPEC §3 and the issue: at least 20 fixtures, and every request rule has
// a fixture that flags it and one that exercises it without a finding.
TEST(RequestFixtureCoverageTest, EveryRuleIsFlaggedAndPassed) {
  const std::vector<std::string> names = FixtureNames();
  EXPECT_GE(names.size(), 20u);
  std::set<std::string> flagged, passed;
  bool clean = false, malformed = false;
  for (const std::string& name : names) {
    const Fixture f = ReadAnnotations(ReadFile(FixturePath(name).string()));
    for (const Expectation& e : f.expected) flagged.insert(e.rule);
    passed.insert(f.passes.begin(), f.passes.end());
    clean = clean || f.expected.empty();
    for (const Expectation& e : f.expected) malformed |= e.rule == "IO001";
  }
  EXPECT_TRUE(clean) << "no fixture is clean";
  EXPECT_TRUE(malformed) << "no fixture is malformed TOML";
  for (const char* family : {"PR", "RQ"}) {
    for (int n = 1; n <= 10; ++n) {
      char id[8];
      std::snprintf(id, sizeof id, "%s%03d", family, n);
      EXPECT_TRUE(flagged.count(id)) << id << " has no failing fixture";
      EXPECT_TRUE(passed.count(id)) << id << " has no passing fixture";
    }
  }
}

}  // namespace
}  // namespace svclint
