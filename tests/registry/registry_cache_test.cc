// What `registry update` accepts before it replaces the cached registry
// (hostile bodies included), the atomic writes, the cache location, and
// the date arithmetic behind RQ011. The download itself, against a
// loopback server, is tests/dist/registry_update_test.py.
#include "lint/registry/registry_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "lint/base/atomic_file.h"
#include "lint/base/today.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_update.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

constexpr char kUrl[] = "http://127.0.0.1/r.xml";

std::string CorpusXml() {
  return ReadFile(SourceDir() + "/corpus/iana/service-names-port-numbers.xml");
}

std::string Refusal(std::string_view body) {
  absl::StatusOr<PackedDownload> packed = PackDownloadedRegistry(body, kUrl);
  EXPECT_FALSE(packed.ok());
  if (packed.ok()) return "";
  EXPECT_EQ(packed.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(packed.status().message());
}

TEST(PackDownloadedRegistryTest, TheRealRegistryPacksAndOpens) {
  absl::StatusOr<PackedDownload> packed =
      PackDownloadedRegistry(CorpusXml(), kUrl);
  ASSERT_TRUE(packed.ok()) << packed.status();
  EXPECT_EQ(packed->date, "2026-08-17");
  EXPECT_EQ(packed->records, Registry::Embedded().size());
  absl::StatusOr<std::unique_ptr<Registry>> opened =
      OpenPackedBlob(packed->blob);
  ASSERT_TRUE(opened.ok()) << opened.status();
  EXPECT_EQ((*opened)->Stats().updated, "2026-08-17");
  EXPECT_EQ((*opened)->record((*opened)->FindByName("postgresql")[0]).port_lo,
            5432);
}

// fuzz_registry_download found the string pool keeping views of freed
// strings as its dedupe keys (historic-name notes are parsed from copies);
// under ASan this was a heap-use-after-free. Equal strings must still
// share one copy, and the registry must read back the same.
TEST(PackDownloadedRegistryTest, DedupeKeysOutliveTheStringsAdded) {
  const std::string body = ReadFile(
      SourceDir() +
      "/fuzz/regressions/registry_download/freed-key-in-string-pool.xml");
  ASSERT_FALSE(body.empty());
  absl::StatusOr<PackedDownload> packed = PackDownloadedRegistry(body, kUrl);
  ASSERT_TRUE(packed.ok()) << packed.status();
  absl::StatusOr<std::unique_ptr<Registry>> opened =
      OpenPackedBlob(packed->blob);
  ASSERT_TRUE(opened.ok()) << opened.status();
  EXPECT_EQ((*opened)->size(), packed->records);
  EXPECT_EQ((*opened)->Stats().updated, packed->date);
}

TEST(PackDownloadedRegistryTest, HostileBodiesAreRefusedWithAReason) {
  EXPECT_EQ(Refusal(""), "http://127.0.0.1/r.xml: empty download");
  EXPECT_EQ(Refusal(std::string("\0\xff\xfe garbage", 11))
                .rfind("http://127.0.0.1/r.xml:1:1: ", 0),
            0u);
  EXPECT_NE(Refusal("<html><body>Log in</body></html>").find(kUrl),
            std::string::npos);
  EXPECT_NE(Refusal("Service Name,Port Number,Transport Protocol\nx,1,tcp\n")
                .find("not the registry's XML (CSV)"),
            std::string::npos);
  const std::string xml = CorpusXml();
  // Cut anywhere: the parser says where it stopped.
  for (size_t cut : {size_t{200}, xml.size() / 3, xml.size() - 20}) {
    EXPECT_EQ(Refusal(xml.substr(0, cut)).rfind("http://127.0.0.1/r.xml:", 0),
              0u)
        << cut;
  }
  EXPECT_NE(Refusal("<?xml version='1.0'?><registry "
                    "id=\"service-names-port-numbers\"><record><name>a</"
                    "name><protocol>tcp</protocol><number>1</number></"
                    "record></registry>")
                .find("no <updated> date"),
            std::string::npos);
  EXPECT_NE(Refusal("<?xml version='1.0'?><registry "
                    "id=\"service-names-port-numbers\"><updated>2026-12-01</"
                    "updated></registry>")
                .find("no records"),
            std::string::npos);
  // Nesting a million deep and an entity bomb: refused, not a crash.
  std::string deep = "<?xml version='1.0'?><registry>";
  for (int i = 0; i < 1000000; ++i) deep += "<a>";
  Refusal(deep);
  Refusal(
      "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><registry>&b;&b;&b;"
      "</registry>");
}

class CacheDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("svclint-cache-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CacheDirTest, WriteFileAtomicallyReplacesAndLeavesNothingBehind) {
  const std::string path = (dir_ / "f").string();
  ASSERT_TRUE(WriteFileAtomically(path, "one").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "two").ok());
  EXPECT_EQ(ReadFile(path), "two");
  EXPECT_EQ(
      std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  const absl::Status missing =
      WriteFileAtomically((dir_ / "no" / "f").string(), "x");
  EXPECT_EQ(missing.code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(missing.message().find((dir_ / "no" / "f").string()),
            std::string::npos);
}

TEST_F(CacheDirTest, DamagedPackedCopiesDoNotOpen) {
  absl::StatusOr<PackedDownload> packed =
      PackDownloadedRegistry(CorpusXml(), kUrl);
  ASSERT_TRUE(packed.ok());
  EXPECT_FALSE(OpenPackedBlob(packed->blob.substr(0, 100)).ok());
  EXPECT_FALSE(
      OpenPackedBlob(packed->blob.substr(0, packed->blob.size() - 1)).ok());
  std::string flipped = packed->blob;
  flipped[0] ^= 1;  // the magic
  EXPECT_FALSE(OpenPackedBlob(flipped).ok());
  EXPECT_FALSE(OpenPackedBlob("").ok());
  absl::StatusOr<std::unique_ptr<Registry>> missing =
      OpenPackedRegistry((dir_ / "none.bin").string());
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
}

// Restores an environment variable when the test ends.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    value ? setenv(name, value, 1) : unsetenv(name);
  }
  ~ScopedEnv() { old_ ? setenv(name_, old_->c_str(), 1) : unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(RegistryCacheLocationTest, FollowsXdgThenHome) {
  {
    ScopedEnv xdg("XDG_CACHE_HOME", "/x/cache");
    ScopedEnv home("HOME", "/home/u");
    absl::StatusOr<RegistryCachePaths> paths = RegistryCacheLocation();
    ASSERT_TRUE(paths.ok());
    EXPECT_EQ(paths->dir, "/x/cache/svclint");
    EXPECT_EQ(paths->xml, "/x/cache/svclint/service-names-port-numbers.xml");
    EXPECT_EQ(paths->blob, "/x/cache/svclint/registry.bin");
    EXPECT_EQ(paths->meta, "/x/cache/svclint/download.meta");
  }
  {
    // The XDG spec: a relative XDG_CACHE_HOME is ignored.
    ScopedEnv xdg("XDG_CACHE_HOME", "relative");
    ScopedEnv home("HOME", "/home/u");
    EXPECT_EQ(RegistryCacheLocation()->dir, "/home/u/.cache/svclint");
  }
  {
    ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
    ScopedEnv home("HOME", nullptr);
    EXPECT_EQ(RegistryCacheLocation().status().code(),
              absl::StatusCode::kFailedPrecondition);
  }
}

TEST(TodayTest, DaysFromCivil) {
  EXPECT_EQ(DaysFromCivil("1970-01-01"), 0);
  EXPECT_EQ(
      DaysFromCivil("2026-12-03").value() - DaysFromCivil("2026-08-17").value(),
      108);
  EXPECT_EQ(
      DaysFromCivil("2024-03-01").value() - DaysFromCivil("2024-02-28").value(),
      2);  // a leap year
  EXPECT_EQ(DaysFromCivil("2026-02-29"), std::nullopt);
  EXPECT_EQ(DaysFromCivil("2026-8-17"), std::nullopt);
  EXPECT_EQ(DaysFromCivil("2026-08-17T00"), std::nullopt);
  EXPECT_EQ(DaysFromCivil("abcd-ef-gh"), std::nullopt);
}

TEST(TodayTest, SvclintTodayPinsTheDate) {
  {
    ScopedEnv today("SVCLINT_TODAY", "2030-01-02");
    EXPECT_EQ(TodayUtc(), "2030-01-02");
  }
  {
    ScopedEnv today("SVCLINT_TODAY", "not a date");
    EXPECT_TRUE(DaysFromCivil(TodayUtc()).has_value());
  }
}

// RQ011, through the binary: quiet up to 90 days after the registry's
// date, then one info finding per request file at 1:1.
TEST(RegistryStaleTest, FiresOnceAfterNinetyDays) {
  const std::string request =
      "[[request]]\nservice = \"kestrel-sync\"\ntransports = [\"tcp\"]\n"
      "[[request]]\nservice = \"kestrel-beat\"\ntransports = [\"tcp\"]\n";
  const std::vector<std::string> args = {"lint",
                                         "--select",
                                         "RQ011",
                                         "--format",
                                         "json",
                                         "--quiet",
                                         "--fail-on",
                                         "info",
                                         "--kind",
                                         "request",
                                         "--stdin-filename",
                                         "r.toml",
                                         "-"};
  {
    ScopedEnv today("SVCLINT_TODAY", "2026-11-15");  // 90 days
    const testing::RunResult run = testing::RunSvclint(args, request);
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  }
  ScopedEnv today("SVCLINT_TODAY", "2026-12-03");
  const testing::RunResult run = testing::RunSvclint(args, request);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("\"rule\": \"RQ011\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("checked against the IANA registry of 2026-08-17, "
                         "108 days old; `svclint registry update` fetches the "
                         "current one"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find("RQ011", run.out.find("RQ011") + 1), std::string::npos)
      << "once per file: " << run.out;
}

}  // namespace
}  // namespace svclint
