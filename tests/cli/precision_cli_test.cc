// Small things a user hits at the command line (issue 14): --fix never
// rewrites a registry copy, --diff exits as lint would, the empty TXT
// record, and the forms `registry lookup` accepts.

#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::ReadFile;
using ::svclint::testing::RunSvclint;

// A registry copy with upper-case names, as IANA writes some (CAIlic).
constexpr char kRegistryCsv[] =
    "Service Name,Port Number,Transport Protocol,Description,Assignee,"
    "Contact,Registration Date,Modification Date,Reference,Service Code,"
    "Unauthorized Use Reported,Assignment Notes\n"
    "CAIlic,216,tcp,Computer Associates Int'l License Server,,,,,,,,\n"
    "CAIlic,216,udp,Computer Associates Int'l License Server,,,,,,,,\n"
    "tnETOS,377,tcp,NEC Corporation,,,,,,,,\n";

fs::path WriteTemp(const std::string& name, const std::string& content) {
  const fs::path path = fs::path(::testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(PrecisionCliTest, FixNeverRewritesARegistryFile) {
  const fs::path copy =
      WriteTemp("service-names-port-numbers.csv", kRegistryCsv);
  testing::RunResult r = RunSvclint({"lint", "--kind", "registry", "--fail-on",
                                     "info", "--fix", copy.string()});
  EXPECT_EQ(ReadFile(copy.string()), kRegistryCsv);
  // The findings are still reported, without a fix to offer.
  EXPECT_NE(r.out.find("[SN008 name-not-lowercase]"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.exit_code, 1);
  r = RunSvclint({"lint", "--kind", "registry", "--diff", copy.string()});
  EXPECT_EQ(r.out, "");
  r = RunSvclint(
      {"lint", "--kind", "registry", "--format", "json", copy.string()});
  EXPECT_EQ(r.out.find("\"fix\""), std::string::npos) << r.out;
}

TEST(PrecisionCliTest, DiffExitsAsLintWould) {
  // A historic alias (fixable warning) and an underscore (SN003 error).
  const fs::path file = WriteTemp(
      "diff-exit.dnssd", "[Service]\nName=x\nType=_acmaint_dbd._udp\n");
  const testing::RunResult lint = RunSvclint({"lint", file.string()});
  const testing::RunResult diff = RunSvclint({"lint", "--diff", file.string()});
  EXPECT_EQ(lint.exit_code, 1);
  EXPECT_EQ(diff.exit_code, 1) << diff.out << diff.err;
  EXPECT_NE(diff.out.find("+Type=_acmaint-dbd._udp"), std::string::npos)
      << diff.out;
  EXPECT_EQ(
      RunSvclint({"lint", "--diff", "--exit-zero", file.string()}).exit_code,
      0);
  // Nothing to report: 0, as lint.
  const fs::path clean =
      WriteTemp("diff-clean.dnssd", "[Service]\nName=x\nType=_http._tcp\n");
  EXPECT_EQ(RunSvclint({"lint", "--diff", clean.string()}).exit_code, 0);
}

TEST(PrecisionCliTest, OneEmptyStringIsTheEmptyTxtRecord) {
  const testing::RunResult r = RunSvclint({"check", "--txt", ""});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, "");
}

TEST(PrecisionCliTest, RegistryLookupTakesEveryUsualSpelling) {
  for (const std::string query : {"_ssh._tcp", "ssh/tcp", "_SSH._TCP.local."}) {
    const testing::RunResult r = RunSvclint({"registry", "lookup", query});
    EXPECT_EQ(r.exit_code, 0) << query;
    EXPECT_EQ(r.out.rfind("ssh 22/tcp  The Secure Shell (SSH) Protocol\n", 0),
              0u)
        << query << ": " << r.out;
    EXPECT_EQ(r.out.find("22/udp"), std::string::npos) << query;
  }
  const testing::RunResult port = RunSvclint({"registry", "lookup", "22/tcp"});
  EXPECT_EQ(port.out, "ssh 22/tcp  The Secure Shell (SSH) Protocol\n");
  const testing::RunResult name = RunSvclint({"registry", "lookup", "ssh"});
  EXPECT_NE(name.out.find("ssh 22/udp"), std::string::npos);
  // _udp stands for every transport but TCP (RFC 6763 §7).
  const testing::RunResult udp =
      RunSvclint({"registry", "lookup", "_ssh._udp"});
  EXPECT_NE(udp.out.find("ssh 22/udp"), std::string::npos) << udp.out;
  EXPECT_NE(udp.out.find("ssh 22/sctp"), std::string::npos) << udp.out;
  EXPECT_EQ(udp.out.find("22/tcp"), std::string::npos) << udp.out;
  // A slash that names no transport is part of the name.
  EXPECT_EQ(RunSvclint({"registry", "lookup", "cl/1"}).exit_code, 0);
}

TEST(PrecisionCliTest, ForcedReadingsSayWhatWasExpected) {
  testing::RunResult r = RunSvclint({"check", "--as", "subtype", "_http._tcp"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("is not a subtype"), std::string::npos) << r.out;
  r = RunSvclint({"check", "--as", "instance", "Jane’s MacBook Pro"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("has no service type after it"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("add ._tcp"), std::string::npos) << r.out;
  for (const std::string nothing : {"", "."}) {
    EXPECT_EQ(RunSvclint({"check", "--as", "type", nothing}).exit_code, 1);
    EXPECT_EQ(RunSvclint({"check", "--as", "instance", nothing}).exit_code, 1);
    EXPECT_EQ(RunSvclint({"check", "--as", "subtype", nothing}).exit_code, 1);
  }
}

}  // namespace
}  // namespace svclint
