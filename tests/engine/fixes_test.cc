#include "lint/engine/fixes.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

Diagnostic WithFix(SourceSpan span, std::string replacement) {
  Diagnostic d;
  d.fix = Fix{"fix", {Edit{span, std::move(replacement)}}};
  return d;
}

TEST(FixesTest, AppliesNonOverlappingEdits) {
  const std::string text = "type = \"_HTTP._tcp\"\nname = \"acmaint_dbd\"\n";
  std::vector<Diagnostic> d = {WithFix({1, 10, 1, 14}, "http"),
                               WithFix({2, 9, 2, 20}, "acmaint-dbd"),
                               WithFix({1, 9, 1, 12}, "overlap")};
  FixResult r = ApplyFixes(text, d);
  EXPECT_EQ(r.applied, 2u);
  EXPECT_EQ(r.content, "type = \"_http._tcp\"\nname = \"acmaint-dbd\"\n");
}

TEST(FixesTest, SkipsEditsOutsideTheText) {
  std::vector<Diagnostic> d = {WithFix({3, 1, 3, 4}, "x"),
                               WithFix({1, 5, 1, 90}, "y")};
  FixResult r = ApplyFixes("abc\n", d);
  EXPECT_EQ(r.applied, 0u);
  EXPECT_EQ(r.content, "abc\n");
}

TEST(FixesTest, UnifiedDiff) {
  EXPECT_EQ(UnifiedDiff("a.toml", "x\n", "x\n"), "");
  EXPECT_EQ(UnifiedDiff("a.toml", "one\ntwo\nthree\n", "one\nTWO\nthree\n"),
            "--- a/a.toml\n+++ b/a.toml\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n"
            " three\n");
}

TEST(FixesTest, WritesAtomicallyAndKeepsMode) {
  const std::string dir = ::testing::TempDir() + "/svclint_fix_test";
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/f.toml";
  std::ofstream(path) << "old\n";
  ::chmod(path.c_str(), 0640);
  ASSERT_TRUE(WriteFileAtomically(path, "new\n").ok());
  EXPECT_EQ(svclint::testing::ReadFile(path), "new\n");
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  size_t entries = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1u) << "no temporary file left behind";
}

TEST(FixesTest, FailedWriteLeavesTheOriginal) {
  EXPECT_FALSE(WriteFileAtomically("/nonexistent-dir/f.toml", "x").ok());
}

}  // namespace
}  // namespace svclint
