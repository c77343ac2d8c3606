#include "lint/parse/toml_depth_guard.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace svclint {
namespace {

std::string Dots(size_t n) {
  std::string s = "a";
  for (size_t i = 0; i < n; ++i) s += ".a";
  return s;
}

TEST(TomlDepthGuardTest, RefusesOnlyAbsurdDottedKeys) {
  EXPECT_FALSE(FindTooDeepTomlKey(Dots(128) + " = 1\n" + Dots(128) + " = 2\n"));
  EXPECT_EQ(FindTooDeepTomlKey("x = 1\n" + Dots(129) + " = 1\n"),
            6u + 2 * 129 - 1);
  EXPECT_TRUE(FindTooDeepTomlKey(absl::StrCat("[", Dots(200), "]\n")));
}

TEST(TomlDepthGuardTest, DotsInStringsAndCommentsDoNotCount) {
  const std::string many(500, '.');
  EXPECT_FALSE(FindTooDeepTomlKey("a = \"" + many + "\"\n"));
  EXPECT_FALSE(FindTooDeepTomlKey("a = '" + many + "'\n"));
  EXPECT_FALSE(FindTooDeepTomlKey("# " + many + "\n"));
  EXPECT_FALSE(FindTooDeepTomlKey("a = \"\"\"\n" + many + "\n\"\"\"\n"));
  EXPECT_FALSE(FindTooDeepTomlKey("a = '''" + many + "'''\n"));
  EXPECT_FALSE(FindTooDeepTomlKey("a = \"\\\"" + many + "\"\n"));
  // After the string closes, dots count again.
  EXPECT_TRUE(FindTooDeepTomlKey("a = \"x\" " + many + "\n"));
}

}  // namespace
}  // namespace svclint
