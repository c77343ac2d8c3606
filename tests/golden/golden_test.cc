// Golden outputs: every input under corpus/names/ runs through the real
// binary, and its JSON findings and exit code must match the checked-in
// expectation byte for byte. Set SVCLINT_UPDATE_GOLDEN=1 to rewrite the
// expectations, then review the diff like a snapshot.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::ReadFile;
using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;

bool Updating() {
  const char* v = std::getenv("SVCLINT_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

std::vector<fs::path> Inputs(const std::string& dir, const std::string& ext) {
  std::vector<fs::path> out;
  const fs::path root = fs::path(SourceDir()) / dir;
  if (!fs::exists(root)) return out;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.path().extension() == ext) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The expectation: "exit: N\n" then the JSON output.
void CompareGolden(const fs::path& golden, const testing::RunResult& run) {
  const std::string actual =
      "exit: " + std::to_string(run.exit_code) + "\n" + run.out;
  if (Updating()) {
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(golden))
      << golden << " is missing; run with SVCLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(ReadFile(golden.string()), actual) << "golden: " << golden;
}

TEST(GoldenTest, Names) {
  const std::vector<fs::path> inputs = Inputs("corpus/names", ".txt");
  ASSERT_FALSE(inputs.empty());
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.string());
    const testing::RunResult run =
        RunSvclint({"check", "--format", "json", "--quiet", "-"},
                   ReadFile(input.string()));
    fs::path golden = input;
    golden.replace_extension(".expected.json");
    CompareGolden(golden, run);
  }
}

// Each file under corpus/txt/ is one TXT record, a string per line; a
// sibling .args file adds options such as "--service ipp".
TEST(GoldenTest, TxtRecords) {
  const std::vector<fs::path> inputs = Inputs("corpus/txt", ".txt");
  ASSERT_FALSE(inputs.empty());
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.string());
    std::vector<std::string> args = {"check", "--txt", "--format", "json",
                                     "--quiet"};
    fs::path extra = input;
    extra.replace_extension(".args");
    if (fs::exists(extra)) {
      for (const absl::string_view word :
           absl::StrSplit(ReadFile(extra.string()), absl::ByAnyChar(" \n"),
                          absl::SkipEmpty())) {
        args.emplace_back(word);
      }
    }
    args.emplace_back("-");
    const testing::RunResult run = RunSvclint(args, ReadFile(input.string()));
    fs::path golden = input;
    golden.replace_extension(".expected.json");
    CompareGolden(golden, run);
  }
}

}  // namespace
}  // namespace svclint
