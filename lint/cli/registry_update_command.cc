#include "lint/cli/registry_update_command.h"

#include "lint/cli/common_options.h"
#include "lint/registry/registry_cache.h"

namespace svclint {

int RunRegistryUpdate(const UpdateOptions& options, std::ostream& out,
                      std::ostream& err) {
  if (options.timeout_seconds <= 0) {
    err << "svclint: error: registry update: --timeout must be at least 1\n";
    return kExitUsage;
  }
  absl::StatusOr<RegistryCachePaths> paths = RegistryCacheLocation();
  if (!paths.ok()) return UsageError(paths.status().message());
  absl::StatusOr<UpdateResult> result = UpdateRegistryCache(*paths, options);
  if (!result.ok()) {
    err << "svclint: error: registry update: " << result.status().message()
        << "\nsvclint: the registry in use is unchanged\n";
    return kExitUsage;
  }
  if (result->outcome == UpdateOutcome::kNotModified) {
    out << "registry of " << result->date << " is up to date (" << options.url
        << " not modified)\n";
  } else {
    out << "registry of " << result->date << " (" << result->records
        << " records) saved to " << result->path << "\n";
  }
  const RegistryInUse embedded = EmbeddedRegistry();
  if (result->date <= embedded.date) {
    out << "the embedded registry of " << embedded.date
        << " is as new, and stays in use\n";
  }
  return kExitClean;
}

}  // namespace svclint
