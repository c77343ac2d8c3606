// The packed blob: what the builder writes opens again, is reproducible,
// and a damaged blob is refused with a clear error instead of being read.
#include <gtest/gtest.h>

#include <string>

#include "lint/parse/registry_xml.h"
#include "lint/registry/registry_builder.h"
#include "lint/registry/registry_format.h"
#include "lint/registry/registry_impl.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

std::string SampleBlob(bool dedupe) {
  absl::StatusOr<RegistrySource> src = ParseRegistryXml(
      std::string_view(ReadFile(SourceDir() + "/corpus/registry/sample.xml")),
      "sample.xml");
  EXPECT_TRUE(src.ok());
  absl::StatusOr<std::string> blob =
      BuildRegistryBlob(*src, {.dedupe_strings = dedupe});
  EXPECT_TRUE(blob.ok()) << blob.status();
  return blob.ok() ? *blob : std::string();
}

TEST(RegistryBlobTest, BuildsValidatesAndIsReproducible) {
  const std::string blob = SampleBlob(true);
  EXPECT_TRUE(packed::ValidateBlob(blob).ok());
  EXPECT_EQ(blob, SampleBlob(true));
  EXPECT_LT(blob.size(), SampleBlob(false).size());  // dedupe shrinks it
  absl::StatusOr<std::unique_ptr<Registry::Impl>> impl =
      Registry::Impl::Own(blob);
  ASSERT_TRUE(impl.ok()) << impl.status();
  const Registry registry(std::move(impl).value());
  EXPECT_EQ(registry.size(), 60u);
  EXPECT_EQ(registry.HistoricReplacement("acmaint_dbd"), "acmaint-dbd");
}

TEST(RegistryBlobTest, RefusesDamagedBlobs) {
  const std::string good = SampleBlob(false);
  auto error = [](std::string blob) {
    return std::string(Registry::Impl::Own(std::move(blob)).status().message());
  };
  EXPECT_EQ(error(""),
            "registry blob is corrupt: it is 0 bytes, shorter than its header");
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(error(bad_magic), "registry blob is corrupt: bad magic");
  std::string bad_version = good;
  bad_version[8] = 99;
  EXPECT_TRUE(error(bad_version)
                  .starts_with("registry blob is corrupt: format version 99"));
  EXPECT_TRUE(error(good.substr(0, good.size() - 8))
                  .starts_with("registry blob is corrupt: header says"));
  std::string bad_table = good;
  auto* header = reinterpret_cast<packed::BlobHeader*>(bad_table.data());
  header->records.count = 1u << 30;
  EXPECT_EQ(error(bad_table),
            "registry blob is corrupt: table 'records' lies outside the blob");
}

}  // namespace
}  // namespace svclint
