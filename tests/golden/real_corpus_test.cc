// corpus/real/ holds service files and TXT records that real software ships
// or publishes (each names its source). `svclint lint corpus/real` must
// match corpus/golden/real.txt, and every finding in it must be one a
// careful user wants: corpus/real/WANTED lists each finding as
// "path:line:col RULE why", and the two lists must agree exactly. A new
// finding on real files is noise until someone writes down why it is not.
// Set SVCLINT_UPDATE_GOLDEN=1 to rewrite expected.txt (never WANTED).

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::ReadFile;
using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;
using ::svclint::testing::UpdatingGoldens;

class RealCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    old_cwd_ = fs::current_path();
    fs::current_path(SourceDir());
  }
  void TearDown() override { fs::current_path(old_cwd_); }
  fs::path old_cwd_;
};

// "corpus/real/x.service:12:13 SN003" for each finding line of text output.
std::set<std::string> FindingKeys(const std::string& text) {
  static const std::regex kLine(
      R"(^corpus/real/(\S+?):(\d+):(\d+): \w+: .* \[([A-Z]{2}\d{3}) [a-z0-9-]+\]$)");
  std::set<std::string> keys;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, kLine)) {
      keys.insert(m[1].str() + ":" + m[2].str() + ":" + m[3].str() + " " +
                  m[4].str());
    }
  }
  return keys;
}

// The "path:line:col RULE" of each WANTED entry that gives a reason.
std::set<std::string> WantedKeys(const std::string& text,
                                 std::vector<std::string>& no_reason) {
  static const std::regex kEntry(R"(^(\S+:\d+:\d+) ([A-Z]{2}\d{3})\s*(.*)$)");
  std::set<std::string> keys;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::smatch m;
    if (!std::regex_match(line, m, kEntry)) {
      no_reason.push_back(line);
      continue;
    }
    if (m[3].str().size() < 10) no_reason.push_back(line);
    keys.insert(m[1].str() + " " + m[2].str());
  }
  return keys;
}

TEST_F(RealCorpusTest, MatchesExpectedOutput) {
  const testing::RunResult run =
      RunSvclint({"lint", "--format", "text", "--quiet", "corpus/real"});
  const std::string actual =
      "exit: " + std::to_string(run.exit_code) + "\n" + run.out;
  const fs::path golden = fs::path(SourceDir()) / "corpus/golden/real.txt";
  if (UpdatingGoldens()) {
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  EXPECT_EQ(ReadFile(golden.string()), actual);
}

TEST_F(RealCorpusTest, EveryFindingIsWantedAndSaysWhy) {
  const testing::RunResult run =
      RunSvclint({"lint", "--format", "text", "--quiet", "corpus/real"});
  const std::set<std::string> found = FindingKeys(run.out);
  std::vector<std::string> no_reason;
  const std::set<std::string> wanted =
      WantedKeys(ReadFile(SourceDir() + "/corpus/real/WANTED"), no_reason);
  EXPECT_TRUE(no_reason.empty())
      << "WANTED entry without a reason: " << no_reason.front();
  for (const std::string& key : found) {
    EXPECT_TRUE(wanted.count(key)) << "finding not marked wanted: " << key;
  }
  for (const std::string& key : wanted) {
    EXPECT_TRUE(found.count(key)) << "WANTED names no finding: " << key;
  }
}

TEST_F(RealCorpusTest, HoldsAtLeastFortyFilesEachWithItsSource) {
  size_t files = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(SourceDir() + "/corpus/real")) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".service" && ext != ".dnssd" && ext != ".toml") continue;
    ++files;
    EXPECT_NE(ReadFile(entry.path().string()).find("Source: "),
              std::string::npos)
        << entry.path() << " does not say where it comes from";
  }
  EXPECT_GE(files, 40u);
}

}  // namespace
}  // namespace svclint
