// `--fix` never loses the file it fixes (SPEC §4, §9; issue 8): the fixed
// text goes to a temporary file beside the original, which is fsync'ed and
// renamed over it, so whatever goes wrong, and whenever the process dies,
// the file holds either its old text or its new text, nothing in between.
//
// The failures are injected, not hoped for, and work as root: a temporary
// name the file system refuses (too long), a write cut short by
// RLIMIT_FSIZE (EFBIG, or SIGXFSZ killing the process mid-write), and
// SIGKILL at moments spread over a whole `svclint lint --fix` run.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lint/engine/fixes.h"
#include "tests/hostile/bounded_run.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::BoundedResult;
using ::svclint::testing::Limits;
using ::svclint::testing::ReadFile;
using ::svclint::testing::RunBounded;

class FixSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/svclint-fix-safety-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string WriteText(const std::string& name, const std::string& text) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // The names in the directory other than `except`.
  std::vector<std::string> Others(const std::string& except) const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) {
      const std::string name = e.path().filename().string();
      if (name != except) names.push_back(name);
    }
    return names;
  }

  std::string dir_;
};

// A services list with `n` services, each with fixes: an upper-case type
// and a historic alias for a type, and a repeated TXT key. About 150 bytes
// per service.
std::string FixableServices(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) {
    text += "[[service]]\ninstance = \"Printer " + std::to_string(i) +
            "\"\ntype = \"" + (i % 2 ? "_IPP._tcp" : "_acmaint_dbd._udp") +
            "\"\ntxt = [\"txtvers=1\", \"rp=q" + std::to_string(i) +
            "\", \"rp=again\"]\n\n";
  }
  return text;
}

TEST_F(FixSafetyTest, TheInputHasFixes) {
  // The premise of the tests below: --fix changes this file.
  const std::string original = FixableServices(3);
  const std::string path = WriteText("s.toml", original);
  const BoundedResult r = RunBounded({"lint", "--quiet", "--fix", path}, {});
  ASSERT_FALSE(r.timed_out);
  EXPECT_NE(ReadFile(path), original) << r.out << r.err;
  EXPECT_TRUE(Others("s.toml").empty());
}

TEST_F(FixSafetyTest, NoRoomForTheTemporaryName) {
  // 250 bytes is a valid file name; with ".svclint-XXXXXX" appended it
  // is over NAME_MAX (255), so the temporary file cannot be created.
  const std::string name = std::string(250, 'f');
  const std::string path = WriteText(name, "old text\n");
  const absl::Status s = WriteFileAtomically(path, "new text\n");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot create a temporary file"),
            std::string_view::npos)
      << s.message();
  EXPECT_EQ(ReadFile(path), "old text\n");
  EXPECT_TRUE(Others(name).empty());
}

TEST_F(FixSafetyTest, WriteCutShortInProcess) {
  // In a child process (the limit must not touch the test runner): the
  // write fails with EFBIG after 4 KiB; the original stays, the temporary
  // file is removed.
  const std::string original = "old text\n";
  const std::string path = WriteText("f.toml", original);
  const pid_t pid = fork();
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    setrlimit(RLIMIT_FSIZE, &limit);
    const absl::Status s = WriteFileAtomically(path, std::string(1 << 20, 'x'));
    const bool as_expected =
        !s.ok() && s.message().find("write failed") != std::string_view::npos;
    _exit(as_expected ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "WriteFileAtomically did not fail";
  EXPECT_EQ(ReadFile(path), original);
  EXPECT_TRUE(Others("f.toml").empty()) << "temporary file left behind";
}

TEST_F(FixSafetyTest, LintFixWriteFails) {
  // `svclint lint --fix` whose write fails (EFBIG): exit 2, the error
  // names the file, the file is untouched, nothing is left behind.
  const std::string original = FixableServices(2000);
  const std::string path = WriteText("s.toml", original);
  Limits limits;
  limits.file_size_limit = static_cast<long>(original.size() / 2);
  limits.ignore_sigxfsz = true;
  const BoundedResult r =
      RunBounded({"lint", "--quiet", "--fix", path}, limits);
  ASSERT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(path + ": write failed"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(path), original);
  EXPECT_TRUE(Others("s.toml").empty()) << "temporary file left behind";
}

TEST_F(FixSafetyTest, LintFixKilledMidWrite) {
  // The kernel kills svclint (SIGXFSZ) in the middle of writing the fixed
  // text: the original file is intact. The half-written temporary file is
  // what a crash leaves, under a name no linter run picks up.
  const std::string original = FixableServices(2000);
  const std::string path = WriteText("s.toml", original);
  Limits limits;
  limits.file_size_limit = static_cast<long>(original.size() / 2);
  const BoundedResult r =
      RunBounded({"lint", "--quiet", "--fix", path}, limits);
  ASSERT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 128 + SIGXFSZ) << "not killed mid-write: " << r.err;
  EXPECT_EQ(ReadFile(path), original);
  for (const std::string& other : Others("s.toml")) {
    EXPECT_EQ(other.rfind("s.toml.svclint-", 0), 0u) << other;
  }
}

TEST_F(FixSafetyTest, LintFixKilledAtAnyMoment) {
  // SIGKILL at moments spread over a whole run (parse, lint, fix, write,
  // fsync, rename): afterwards the file is the original or the fully
  // fixed text, never anything else.
  const std::string original = FixableServices(5000);
  const std::string reference = WriteText("reference.toml", original);
  Limits generous;
  generous.timeout_s = 120;
  const BoundedResult full =
      RunBounded({"lint", "--quiet", "--fix", reference}, generous);
  ASSERT_FALSE(full.timed_out);
  const std::string fixed = ReadFile(reference);
  ASSERT_NE(fixed, original);
  fs::remove(reference);
  const double run_s = std::max(full.seconds, 0.01);
  int saw_original = 0, saw_fixed = 0;
  constexpr int kTrials = 16;
  for (int i = 0; i < kTrials; ++i) {
    const std::string path = WriteText("s.toml", original);
    Limits limits;
    limits.timeout_s = run_s * (i + 0.5) / kTrials;
    RunBounded({"lint", "--quiet", "--fix", path}, limits);
    const std::string after = ReadFile(path);
    EXPECT_TRUE(after == original || after == fixed)
        << "trial " << i << " (killed after " << limits.timeout_s
        << " s): the file is neither the original nor the fixed text ("
        << after.size() << " bytes)";
    saw_original += after == original;
    saw_fixed += after == fixed;
    for (const std::string& other : Others("s.toml")) {
      EXPECT_EQ(other.rfind("s.toml.svclint-", 0), 0u) << other;
      fs::remove(dir_ + "/" + other);
    }
  }
  // Kills early in the run find the original.
  EXPECT_GT(saw_original, 0);
  RecordProperty("killed_before_rename", saw_original);
  RecordProperty("finished_before_kill", saw_fixed);
}

}  // namespace
}  // namespace svclint
