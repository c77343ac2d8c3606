// libFuzzer target: what `svclint registry update` does with a downloaded
// body before it may replace the cached registry (PackDownloadedRegistry:
// format detection, the XML parser, the date and record checks, packing
// with string dedupe, blob validation), then the packed blob opened as the
// next run would open it. Invariants: an accepted body opens, with the
// date and record count it was accepted with.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lint/registry/registry_cache.h"
#include "lint/registry/registry_update.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<svclint::PackedDownload> packed =
      svclint::PackDownloadedRegistry(body, "http://127.0.0.1/fuzz.xml");
  if (!packed.ok()) return 0;
  absl::StatusOr<std::unique_ptr<svclint::Registry>> registry =
      svclint::OpenPackedBlob(packed->blob);
  if (!registry.ok()) std::abort();  // accepted, yet the next run fails
  const svclint::Registry& r = **registry;
  if (r.Stats().updated != packed->date || r.size() != packed->records) {
    std::abort();
  }
  for (uint32_t i = 0; i < r.size() && i < 64; ++i) {
    const svclint::RecordView record = r.record(i);
    (void)r.FindByName(record.name);
    if (record.has_port) (void)r.FindByPort(record.port_lo, record.transport);
  }
  return 0;
}
