// Replacing a file so that readers see the old content or the new, never
// a part: `svclint lint --fix` (lint/engine/fixes.h) and the registry
// cache of `svclint registry update` (lint/registry/registry_cache.h).
#ifndef SVCLINT_LINT_BASE_ATOMIC_FILE_H_
#define SVCLINT_LINT_BASE_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace svclint {

// Replaces the file at `path` with `content` without ever leaving it
// half-written: write a temporary file beside it, fsync, then rename over.
// The file's permission bits are kept; a new file is private (0600).
absl::Status WriteFileAtomically(const std::string& path,
                                 std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_ATOMIC_FILE_H_
