// `svclint lint` on files named explicitly that are none of its kinds (what
// a pre-commit hook hands over): skipped, exit 0, a note under --verbose;
// an input error under --strict-kinds. A named .svclint.toml is loaded, so
// a broken one still fails.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;

class UnknownKindTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("svclint-unknown-kind-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("sshd.service",
          "[Unit]\nDescription=OpenSSH\n\n[Service]\nExecStart=/usr/sbin/sshd "
          "-D\n\n[Install]\nWantedBy=multi-user.target\n");
    Write(".svclint.toml", "fail-on = \"warning\"\n");
    Write("notes.txt", "nothing to see\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::string Path(const std::string& name) const {
    return (dir_ / name).string();
  }

  fs::path dir_;
};

TEST_F(UnknownKindTest, NamedFilesOfNoKindAreSkippedWithANote) {
  const std::string dnssd = SourceDir() + "/corpus/configs/dnssd/http.dnssd";
  testing::RunResult r =
      RunSvclint({"lint", "--verbose", Path("sshd.service"),
                  Path(".svclint.toml"), Path("notes.txt"), dnssd});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "svclint: note: " + Path("sshd.service") +
                       ": skipped: a systemd unit\n"
                       "svclint: note: " +
                       Path(".svclint.toml") +
                       ": skipped: svclint's configuration\n"
                       "svclint: note: " +
                       Path("notes.txt") +
                       ": skipped: not a kind of file svclint lints\n"
                       "No problems found in 1 file.\n");
}

TEST_F(UnknownKindTest, WithoutVerboseNothingIsSaid) {
  testing::RunResult r = RunSvclint({"lint", "-q", Path("sshd.service")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST_F(UnknownKindTest, StrictKindsMakesThemErrors) {
  testing::RunResult r =
      RunSvclint({"lint", "-q", "--strict-kinds", Path("sshd.service")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "svclint: error: " + Path("sshd.service") +
                       ": cannot tell what kind of file this is; use --kind "
                       "request|services|avahi|dnssd|registry\n");
}

TEST_F(UnknownKindTest, ABrokenNamedConfigurationStillFails) {
  Write(".svclint.toml", "fail-on = \"sometimes\"\n");
  testing::RunResult r = RunSvclint({"lint", "-q", Path(".svclint.toml")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, Path(".svclint.toml") +
                       ":1:11: error: invalid configuration: fail-on must be "
                       "\"error\", \"warning\" or \"info\" [CF001 "
                       "config-invalid]\n");
}

}  // namespace
}  // namespace svclint
