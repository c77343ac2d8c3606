// svclint against the consumers (issue 13): every config file under
// corpus/configs/ and corpus/consumers/ has a golden `FILE.consumer`, the
// verdict of avahi-daemon 0.8 or systemd-resolved 252 on it, written by
// tests/consumers/consumer_oracle.py from the running daemon (dev.sh
// consumers re-derives them in CI). This test, which needs no daemon,
// holds svclint's findings to those verdicts:
//
// - refused or dropped (nothing published): at least one error, at the
//   line of a cause when the daemon's log (or the file) pins one;
// - partial (a line or a subtype dropped): a finding on every dropped
//   line, and no error elsewhere;
// - published: no error, except the short list below of files published
//   in a form clients cannot use.
// A fixture's name says what its author meant (NAME.accepted.service,
// NAME.rejected.dnssd, NAME.partial.dnssd); it must match the golden.

#include <filesystem>
#include <map>
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

// Errors on files a daemon publishes, each with why: the daemon publishes
// something clients cannot use. Keyed by file (relative to the source
// directory) and rule.
const std::map<std::pair<std::string, std::string>, std::string>&
PublishedButBroken() {
  static const auto* kList =
      new std::map<std::pair<std::string, std::string>, std::string>{
          {{"corpus/configs/avahi/entities.service", "TX004"},
           "the TXT key 'path' twice: clients read only the first"},
      };
  return *kList;
}

struct Cause {
  int line = 0;  // 0: not pinned
  std::string kind;
  std::string text;
};

struct Golden {
  std::string consumer;
  std::string verdict;
  std::vector<Cause> causes;
};

Golden ParseGolden(const std::string& text) {
  Golden g;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string head;
    words >> head;
    if (head == "consumer") {
      std::getline(words >> std::ws, g.consumer);
    } else if (head == "verdict") {
      words >> g.verdict;
    } else if (head == "cause") {
      Cause c;
      std::string at;
      words >> at >> c.kind;
      c.line = at == "-" ? 0 : std::stoi(at);
      std::getline(words >> std::ws, c.text);
      g.causes.push_back(c);
    }
  }
  return g;
}

struct Finding {
  std::string rule;
  int line = 0;
  bool error = false;
};

std::vector<Finding> Lint(const fs::path& file) {
  const auto result = RunSvclint(
      {"lint", "--format", "json", "--fail-on", "info", file.string()});
  std::vector<Finding> out;
  const auto json = nlohmann::json::parse(result.out, nullptr, false);
  if (!json.is_array()) return out;
  for (const auto& f : json) {
    out.push_back({f["rule"].get<std::string>(), f["line"].get<int>(),
                   f["severity"].get<std::string>() == "error"});
  }
  return out;
}

std::vector<fs::path> Goldens() {
  std::vector<fs::path> out;
  for (const char* dir : {"corpus/configs", "corpus/consumers"}) {
    for (const auto& e :
         fs::recursive_directory_iterator(fs::path(SourceDir()) / dir)) {
      if (e.path().extension() == ".consumer") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// What a fixture's name promises: "rejected", "accepted", "partial" or "".
std::string Intent(const fs::path& file) {
  const std::string stem = file.stem().string();
  const size_t dot = stem.rfind('.');
  return dot == std::string::npos ? "" : stem.substr(dot + 1);
}

// Returns the disagreement, or "" when svclint agrees with the daemon.
std::string Compare(const fs::path& file, const std::string& relative,
                    const Golden& golden,
                    const std::vector<Finding>& findings) {
  std::set<int> error_lines, finding_lines;
  for (const Finding& f : findings) {
    finding_lines.insert(f.line);
    if (f.error) error_lines.insert(f.line);
  }
  std::ostringstream why;
  if (golden.verdict == "refused" || golden.verdict == "dropped") {
    if (error_lines.empty()) return "no error on a file the daemon refuses";
    std::set<int> cause_lines;
    for (const Cause& c : golden.causes) {
      if (c.line > 0) cause_lines.insert(c.line);
    }
    if (cause_lines.empty()) return "";
    for (const int line : cause_lines) {
      if (error_lines.count(line)) return "";
    }
    why << "no error at the cause's line (" << *cause_lines.begin() << ")";
    return why.str();
  }
  std::set<int> dropped;
  for (const Cause& c : golden.causes) {
    if (c.line > 0) dropped.insert(c.line);
    if (c.line > 0 && !finding_lines.count(c.line)) {
      why << "no finding at line " << c.line << " (" << c.text << ")";
      return why.str();
    }
  }
  for (const Finding& f : findings) {
    if (!f.error || dropped.count(f.line)) continue;
    if (PublishedButBroken().count({relative, f.rule})) continue;
    why << "error " << f.rule << " at line " << f.line << " on a file "
        << golden.consumer << " publishes";
    return why.str();
  }
  (void)file;
  return "";
}

TEST(ConsumerGoldens, SvclintAgreesWithTheDaemons) {
  const std::vector<fs::path> goldens = Goldens();
  ASSERT_GE(goldens.size(), 60u);
  std::map<std::string, int> verdicts;
  int agreeing = 0;
  for (const fs::path& golden_path : goldens) {
    const fs::path file = golden_path.parent_path() / golden_path.stem();
    const std::string relative =
        fs::relative(file, SourceDir()).generic_string();
    SCOPED_TRACE(relative);
    const Golden golden = ParseGolden(ReadFile(golden_path.string()));
    ASSERT_TRUE(fs::exists(file));
    ++verdicts[golden.verdict];
    const std::string intent = Intent(file);
    if (intent == "rejected") {
      EXPECT_TRUE(golden.verdict == "refused" || golden.verdict == "dropped")
          << golden.verdict;
    } else if (intent == "accepted") {
      EXPECT_EQ(golden.verdict, "published");
    } else if (intent == "partial") {
      EXPECT_EQ(golden.verdict, "partial");
    }
    const std::string disagreement =
        Compare(file, relative, golden, Lint(file));
    EXPECT_EQ(disagreement, "") << relative;
    agreeing += disagreement.empty();
  }
  std::cout << "[ consumers ] " << goldens.size()
            << " files: " << verdicts["published"] << " published, "
            << verdicts["partial"] << " partial, " << verdicts["dropped"]
            << " dropped, " << verdicts["refused"]
            << " refused; svclint agrees on " << agreeing << "\n";
}

TEST(ConsumerGoldens, EveryConfigFileHasAGolden) {
  for (const char* dir : {"corpus/configs/avahi", "corpus/configs/dnssd",
                          "corpus/consumers/avahi", "corpus/consumers/dnssd"}) {
    for (const auto& e : fs::directory_iterator(fs::path(SourceDir()) / dir)) {
      if (e.path().extension() == ".consumer") continue;
      EXPECT_TRUE(fs::exists(e.path().string() + ".consumer"))
          << e.path() << ": run tests/consumers/consumer_oracle.py --write";
    }
  }
}

TEST(ConsumerGoldens, FixturesCoverEveryCase) {
  int fixtures = 0;
  for (const char* dir : {"corpus/consumers/avahi", "corpus/consumers/dnssd"}) {
    for (const auto& e : fs::directory_iterator(fs::path(SourceDir()) / dir)) {
      fixtures += e.path().extension() != ".consumer";
    }
  }
  EXPECT_GE(fixtures, 40);
}

}  // namespace
}  // namespace svclint
