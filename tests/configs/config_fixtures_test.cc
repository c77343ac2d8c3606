// Annotated fixtures: every file under corpus/configs/ runs through the real
// binary, and its findings must match, both ways, the expectations written
// in the file next to the line they concern:
//
//   type = "_HTTP._tcp"            # expect: SN008
//   <type>_ipp._sctp</type> <!-- expect: ST002 col=16 -->
//   # expect: SN003 col=14 SN007      (a .dnssd value runs to the end of its
//   Type=_acmaint_dbd._udp            line, so there it sits on the line above)
//
// A comment with nothing before it on its line concerns the next line that
// is neither blank nor a comment; otherwise it concerns its own line. Each
// expectation is a rule id, optionally with the column. The exit code must
// be 2 for a file expecting IO001, else 1 when there are findings (run with
// --fail-on info and --select ALL, so that opt-in rules run), else 0.

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
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

struct Expectation {
  std::string rule;
  int line = 0;
  int column = 0;  // 0: any
  bool met = false;
};

struct Finding {
  std::string rule;
  int line = 0;
  int column = 0;
  std::string message;
  bool expected = false;
};

bool CommentOnly(std::string_view line) {
  const size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  return line[i] == '#' || line[i] == ';' || line.substr(i, 4) == "<!--";
}

bool Blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::vector<Expectation> ParseExpectations(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  static const std::regex kMarker(
      R"((?:#|<!--)\s*expect:\s*([^>]*?)\s*(?:-->)?\s*$)");
  static const std::regex kItem(R"(([A-Z]{2}[0-9]{3})(?:\s+col=([0-9]+))?)");
  std::vector<Expectation> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (!std::regex_search(lines[i], m, kMarker)) continue;
    size_t target = i;
    if (CommentOnly(lines[i])) {
      target = i + 1;
      while (target < lines.size() &&
             (Blank(lines[target]) || CommentOnly(lines[target]))) {
        ++target;
      }
    }
    const std::string items = m[1].str();
    for (std::sregex_iterator it(items.begin(), items.end(), kItem), end;
         it != end; ++it) {
      Expectation e;
      e.rule = (*it)[1].str();
      e.line = static_cast<int>(target + 1);
      if ((*it)[2].matched) e.column = std::stoi((*it)[2].str());
      out.push_back(e);
    }
  }
  return out;
}

std::vector<fs::path> Fixtures() {
  std::vector<fs::path> out;
  const fs::path root = fs::path(SourceDir()) / "corpus" / "configs";
  if (!fs::exists(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() &&
        (ext == ".service" || ext == ".dnssd" || ext == ".toml")) {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Describe(const Finding& f) {
  return f.rule + " at " + std::to_string(f.line) + ":" +
         std::to_string(f.column) + " (" + f.message + ")";
}

void CheckFixture(const fs::path& path) {
  std::vector<Expectation> expected =
      ParseExpectations(ReadFile(path.string()));
  // --select ALL: the fixtures plant the opt-in rules' findings too (TX008).
  const testing::RunResult run =
      RunSvclint({"lint", "--format", "json", "--fail-on", "info", "--select",
                  "ALL", path.string()});
  const nlohmann::json out = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_TRUE(out.is_array()) << "not JSON:\n" << run.out << run.err;
  std::vector<Finding> found;
  for (const nlohmann::json& d : out) {
    found.push_back({d.value("rule", ""), d.value("line", 0),
                     d.value("column", 0), d.value("message", "")});
  }
  // Exact matches (with a column) first, then by line alone.
  for (bool with_column : {true, false}) {
    for (Expectation& e : expected) {
      if (e.met || (e.column != 0) != with_column) continue;
      for (Finding& f : found) {
        if (!f.expected && f.rule == e.rule && f.line == e.line &&
            (e.column == 0 || f.column == e.column)) {
          f.expected = e.met = true;
          break;
        }
      }
    }
  }
  bool io_error = false;
  for (const Expectation& e : expected) {
    io_error = io_error || e.rule == "IO001";
    if (e.met) continue;
    const std::string what =
        e.rule + " at line " + std::to_string(e.line) +
        (e.column ? " col " + std::to_string(e.column) : std::string());
    ADD_FAILURE() << "expected " << what << ", not reported";
  }
  for (const Finding& f : found) {
    if (!f.expected) ADD_FAILURE() << "unexpected " << Describe(f);
  }
  const int exit_code = io_error ? 2 : (found.empty() ? 0 : 1);
  EXPECT_EQ(run.exit_code, exit_code) << run.err;
}

TEST(ConfigFixturesTest, ExpectationsParse) {
  const std::vector<Expectation> e = ParseExpectations(
      "a = 1  # expect: SN003 col=9 SN007\n"
      "# expect: TX004\n"
      "\n"
      "# another comment\n"
      "b = 2\n"
      "<x/> <!-- expect: IO001 col=3 -->\n");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(std::tie(e[0].rule, e[0].line, e[0].column),
            std::make_tuple(std::string("SN003"), 1, 9));
  EXPECT_EQ(std::tie(e[1].rule, e[1].line, e[1].column),
            std::make_tuple(std::string("SN007"), 1, 0));
  EXPECT_EQ(e[2].line, 5);
  EXPECT_EQ(std::tie(e[3].rule, e[3].line, e[3].column),
            std::make_tuple(std::string("IO001"), 6, 3));
}

TEST(ConfigFixturesTest, EveryFixtureMatchesItsExpectations) {
  const std::vector<fs::path> fixtures = Fixtures();
  ASSERT_GE(fixtures.size(), 15u);
  for (const fs::path& path : fixtures) {
    SCOPED_TRACE(path.string());
    CheckFixture(path);
  }
}

// The lines a unified diff removes or adds (without the "---"/"+++" header).
std::vector<std::string> ChangedLines(const std::string& diff) {
  std::vector<std::string> out;
  std::istringstream in(diff);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("---", 0) == 0 || line.rfind("+++", 0) == 0) continue;
    if (!line.empty() && (line[0] == '-' || line[0] == '+')) {
      out.push_back(line);
    }
  }
  return out;
}

TEST(ConfigFixturesTest, FixesLowerTheTypeInEveryFormat) {
  for (const std::string file :
       {"services/legacy.toml", "avahi/legacy.service", "dnssd/upper.dnssd"}) {
    SCOPED_TRACE(file);
    const testing::RunResult run =
        RunSvclint({"lint", "--diff", SourceDir() + "/corpus/configs/" + file});
    const std::vector<std::string> changed = ChangedLines(run.out);
    EXPECT_NE(std::find_if(changed.begin(), changed.end(),
                           [](const std::string& l) {
                             return l[0] == '+' &&
                                    l.find("_http._tcp") != std::string::npos;
                           }),
              changed.end())
        << run.out;
  }
}

TEST(ConfigFixturesTest, FixesNeverEditEntitiesOrEscapes) {
  // "_H&#84;TP" is flagged, but lowering it would mean rewriting the
  // character reference: no fix may touch that line.
  const testing::RunResult run =
      RunSvclint({"lint", "--diff",
                  SourceDir() + "/corpus/configs/avahi/entities.service"});
  for (const std::string& line : ChangedLines(run.out)) {
    EXPECT_EQ(line.find("&#84;"), std::string::npos) << run.out;
    EXPECT_EQ(line.find("_http"), std::string::npos) << run.out;
  }
}

TEST(ConfigFixturesTest, BrokenFilesAreLeftAlone) {
  for (const std::string file :
       {"services/broken.toml", "avahi/broken.service", "dnssd/broken.dnssd"}) {
    SCOPED_TRACE(file);
    const fs::path copy =
        fs::path(::testing::TempDir()) / fs::path(file).filename();
    fs::copy_file(SourceDir() + "/corpus/configs/" + file, copy,
                  fs::copy_options::overwrite_existing);
    const std::string before = ReadFile(copy.string());
    const testing::RunResult run = RunSvclint({"lint", "--fix", copy.string()});
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(ReadFile(copy.string()), before);
  }
}

TEST(ConfigFixturesTest, AllThreeFormatsAreCovered) {
  std::map<std::string, int> per_kind;
  for (const fs::path& path : Fixtures()) {
    ++per_kind[path.extension().string()];
  }
  EXPECT_GE(per_kind[".service"], 3);
  EXPECT_GE(per_kind[".dnssd"], 3);
  EXPECT_GE(per_kind[".toml"], 3);
}

}  // namespace
}  // namespace svclint
