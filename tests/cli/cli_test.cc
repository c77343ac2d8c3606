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

// `check -` writes findings chunk by chunk (1 MiB of input at a time):
// across chunk boundaries every finding comes once, in input order, with
// its line number, and the summary counts them all.
TEST(CliTest, StdinStreamsFindingsInOrderAcrossChunks) {
  std::string input;
  std::string expected;
  int bad = 0;
  for (int i = 1; i <= 200000; ++i) {  // about 2.6 MB
    if (i % 997 == 0) {
      input += "_toolongservicename1._tcp\n";
      expected += "-:" + std::to_string(i) +
                  ":2: error: service name 'toolongservicename1' is 19 "
                  "characters; the limit is 15 [SN002 name-too-long]\n";
      ++bad;
    } else {
      input += i % 2 ? "_http._tcp\n" : "_ipp._tcp.local.\r\n";
    }
  }
  const testing::RunResult r = RunSvclint({"check", "-"}, input);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, expected);
  EXPECT_EQ(r.err, "Found " + std::to_string(bad) + " problems (" +
                       std::to_string(bad) + " errors) in 200000 inputs.\n");
}

}  // namespace
}  // namespace svclint
