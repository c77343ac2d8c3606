// What `svclint --version` prints: the version, the commit it was built
// from, and the registry in use with its date (registry_cache.h).
//
//   svclint 0.1.0 (commit 098aac9e1f2b)
//   registry: IANA service names and port numbers of 2026-08-17 (embedded)
#ifndef SVCLINT_LINT_CLI_VERSION_TEXT_H_
#define SVCLINT_LINT_CLI_VERSION_TEXT_H_

#include <string>

#include "lint/registry/registry_cache.h"

namespace svclint {

std::string VersionText(const RegistryInUse& registry);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_VERSION_TEXT_H_
