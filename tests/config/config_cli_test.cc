// The configuration as a user meets it: `svclint lint .` from the project
// root, with .svclint.toml found in the working directory.

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

class ConfigCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("svclint-config-cli-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "legacy");
    old_cwd_ = fs::current_path();
    fs::current_path(root_);
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    fs::remove_all(root_);
  }
  void Write(const std::string& path, const std::string& text) {
    std::ofstream(root_ / path, std::ios::binary) << text;
  }

  fs::path root_, old_cwd_;
};

constexpr char kService[] = R"(<?xml version="1.0" standalone='no'?>
<service-group>
  <name>Legacy</name>
  <service>
    <type>_acmaint_dbd._udp</type>
    <port>1442</port>
  </service>
</service-group>
)";

TEST_F(ConfigCliTest, PerFileIgnoresMatchFromTheProjectRoot) {
  Write(".svclint.toml",
        "[per-file-ignores]\n\"legacy/*.service\" = [\"SN007\"]\n");
  Write("legacy/old.service", kService);
  Write("new.service", kService);
  const testing::RunResult run =
      RunSvclint({"lint", "--quiet", "--fail-on", "warning", "."});
  EXPECT_EQ(run.exit_code, 1);
  // Paths come out as written from the root, with no "./", and the glob
  // silences SN007 in legacy/ only. SN003 is a warning in an Avahi file:
  // avahi-daemon publishes the name (issue 13).
  EXPECT_EQ(run.out,
            "legacy/old.service:5:19: warning: service name 'acmaint_dbd' "
            "contains '_' at column 19; only letters, digits and '-' are "
            "allowed; avahi-daemon 0.8 publishes it, but it cannot be "
            "registered at IANA [SN003 name-invalid-char]\n"
            "new.service:5:12: warning: 'acmaint_dbd' is a historic alias of "
            "'acmaint-dbd', not usable with many service discovery "
            "mechanisms [SN007 historic-alias]\n"
            "new.service:5:19: warning: service name 'acmaint_dbd' contains "
            "'_' at column 19; only letters, digits and '-' are allowed; "
            "avahi-daemon 0.8 publishes it, but it cannot be registered at "
            "IANA [SN003 name-invalid-char]\n");
}

TEST_F(ConfigCliTest, ConfigErrorsNameTheFileRelativeToTheRoot) {
  Write(".svclint.toml", "select = [\"SN\"\nfail-on = 3\n");
  Write("new.service", kService);
  const testing::RunResult run = RunSvclint({"lint", "--quiet", "."});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out.rfind(".svclint.toml:2:1: error: invalid configuration", 0),
            0u)
      << run.out;
}

TEST_F(ConfigCliTest, ShowConfigSaysWhereEachSettingComesFrom) {
  Write(".svclint.toml",
        "select = [\"SN\"]\nfail-on = \"warning\"\n[severity]\nSN008 = "
        "\"error\"\n");
  Write("new.service", kService);
  const testing::RunResult run =
      RunSvclint({"lint", "--show-config", "new.service", "--ignore", "SN009"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "file: new.service\n"
            "config: .svclint.toml\n"
            "\n"
            "as written in .svclint.toml:\n"
            "  fail-on = warning  # .svclint.toml:2\n"
            "  select = [\"SN\"]  # .svclint.toml:1\n"
            "  severity.SN008 = error  # .svclint.toml:4\n"
            "\n"
            "in force:\n"
            "  ignore += SN009  # command line\n"
            "  fail-on = warning  # .svclint.toml\n"
            "  registry = (embedded snapshot)\n"
            "  rules enabled: 9 of 81 built-in\n");
}

}  // namespace
}  // namespace svclint
