// The command line as a user meets it: exit codes 0/1/2 (SPEC §4) and the
// usage errors, through the real binary.

#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::RunSvclint;

TEST(CliTest, ExitCodes) {
  EXPECT_EQ(RunSvclint({"check", "_http._tcp"}).exit_code, 0);
  EXPECT_EQ(RunSvclint({"check", "whois++"}).exit_code, 1);
  // SN008 is info: below the default --fail-on error...
  EXPECT_EQ(RunSvclint({"check", "_HTTP._tcp"}).exit_code, 0);
  // ...and at or above --fail-on info.
  EXPECT_EQ(RunSvclint({"check", "--fail-on", "info", "_HTTP._tcp"}).exit_code,
            1);
  EXPECT_EQ(RunSvclint({"check", "--exit-zero", "whois++"}).exit_code, 0);
  EXPECT_EQ(RunSvclint({"check", "--ignore", "SN", "whois++"}).exit_code, 0);
}

TEST(CliTest, UsageErrorsSayWhatToDo) {
  testing::RunResult r = RunSvclint({"bogus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "svclint: error: unknown command 'bogus'; the commands are check, "
            "lint, rules, explain, registry and lsp (svclint --help)\n");
  r = RunSvclint({"check"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "svclint: error: check: give at least one NAME, or '-' to read "
            "them from stdin\n");
  r = RunSvclint({"check", "--as", "foo", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "svclint: error: --as: foo not in "
            "{name,type,subtype,instance,txt} (svclint check --help)\n");
  r = RunSvclint({"check", "--select", "XX999", "x"});
  EXPECT_EQ(r.exit_code, 2);
  r = RunSvclint({"explain", "NOPE"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "svclint: error: no rule 'NOPE'; `svclint rules` lists them\n");
  r = RunSvclint({"lint", "/nonexistent/x.service"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "svclint: error: /nonexistent/x.service: no such file or "
            "directory\n");
}

TEST(CliTest, VersionAndCatalogue) {
  testing::RunResult r = RunSvclint({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("svclint ", 0), 0u) << r.out;
  r = RunSvclint({"explain", "name-too-long"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("SN002 name-too-long (error)\n", 0), 0u) << r.out;
  r = RunSvclint({"rules"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("ST010"), std::string::npos);
}

}  // namespace
}  // namespace svclint
