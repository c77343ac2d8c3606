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
using ::svclint::testing::UpdatingGoldens;

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
  if (UpdatingGoldens()) {
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

// `svclint lint corpus/configs` from the repository root, in each output
// format: every planted problem at its line and column, the clean files
// clean, the broken ones as IO001.
class ConfigsGoldenTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    old_cwd_ = fs::current_path();
    fs::current_path(SourceDir());
  }
  void TearDown() override { fs::current_path(old_cwd_); }
  fs::path old_cwd_;
};

TEST_P(ConfigsGoldenTest, MatchesGoldenOutput) {
  const std::string format = GetParam();
  testing::RunResult run =
      RunSvclint({"lint", "--format", format, "--quiet", "corpus/configs"});
  // SARIF names the checkout as %SRCROOT%: the one machine-dependent line.
  const std::string root = "file://" + SourceDir();
  for (size_t at = run.out.find(root); at != std::string::npos;
       at = run.out.find(root, at)) {
    run.out.replace(at, root.size(), "file://$SOURCE_DIR");
  }
  const std::string ext = format == "text" ? ".txt" : "." + format;
  CompareGolden(fs::path(SourceDir()) / "corpus/golden" / ("configs" + ext),
                run);
}

INSTANTIATE_TEST_SUITE_P(Formats, ConfigsGoldenTest,
                         ::testing::Values("text", "json", "sarif", "github"));

// --fix on each file under corpus/fixes/ gives its .fixed twin byte for
// byte, and a second run has nothing left to fix.
TEST(GoldenTest, FixesGiveTheFixedFiles) {
  const fs::path root = fs::path(SourceDir()) / "corpus/fixes";
  const fs::path work = fs::path(::testing::TempDir()) / "svclint-fixes";
  fs::create_directories(work);
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    const fs::path input = entry.path();
    if (input.extension() == ".fixed") continue;
    SCOPED_TRACE(input.string());
    const fs::path copy = work / input.filename();
    fs::copy_file(input, copy, fs::copy_options::overwrite_existing);
    const testing::RunResult fixed =
        RunSvclint({"lint", "--fix", copy.string()});
    EXPECT_EQ(fixed.exit_code, 0) << fixed.out << fixed.err;
    fs::path golden = input;
    golden += ".fixed";
    if (UpdatingGoldens()) {
      fs::copy_file(copy, golden, fs::copy_options::overwrite_existing);
    } else {
      EXPECT_EQ(ReadFile(copy.string()), ReadFile(golden.string()));
    }
    const testing::RunResult again =
        RunSvclint({"lint", "--diff", copy.string()});
    EXPECT_EQ(again.out, "");
    ++checked;
  }
  EXPECT_GE(checked, 3);
}

}  // namespace
}  // namespace svclint
