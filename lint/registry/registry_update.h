// `svclint registry update`: download the IANA registry, check it, and
// keep it in the cache (registry_cache.h) for every later run.
//
//   absl::StatusOr<UpdateResult> r =
//       UpdateRegistryCache(*RegistryCacheLocation(), {});
//   r->outcome == UpdateOutcome::kUpdated; r->date == "2026-11-28"
//
// A download replaces the cached copy only once it has parsed as the
// registry's XML, with its <updated> date, and packed into a blob that
// opens; anything else (a truncated file, an HTML error page, garbage)
// is refused and the previous copy stays. Files are written atomically.
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_UPDATE_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_UPDATE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "lint/registry/registry_cache.h"

namespace svclint {

inline constexpr char kIanaRegistryUrl[] =
    "https://www.iana.org/assignments/service-names-port-numbers/"
    "service-names-port-numbers.xml";

struct PackedDownload {
  std::string blob;  // registry_format.h, opened once to check it
  std::string date;  // the registry's <updated> date
  size_t records = 0;
};

// Checks a downloaded body and packs it. `url` prefixes error positions:
// "URL:812:3: ...". The fuzz target fuzz_registry_download.cc
// drives this with hostile bodies.
absl::StatusOr<PackedDownload> PackDownloadedRegistry(std::string_view body,
                                                      std::string_view url);

struct UpdateOptions {
  std::string url = kIanaRegistryUrl;
  long timeout_seconds = 120;
};

enum class UpdateOutcome { kUpdated, kNotModified };

struct UpdateResult {
  UpdateOutcome outcome = UpdateOutcome::kUpdated;
  std::string date;  // of the cached copy, after the update
  size_t records = 0;
  std::string path;  // the packed copy
};

// Downloads `options.url`, conditional on the ETag and Last-Modified of the
// cached copy when it came from the same URL. Errors: Unavailable and
// DeadlineExceeded for the transfer, InvalidArgument for a download that is
// not a usable registry, and the file system's errors; on any of them the
// cache is as it was.
absl::StatusOr<UpdateResult> UpdateRegistryCache(
    const RegistryCachePaths& paths, const UpdateOptions& options);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_UPDATE_H_
