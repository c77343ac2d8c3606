// `svclint registry update [--url URL] [--timeout SECONDS]`: refresh the
// cached registry (lint/registry/registry_update.h) and say what happened.
#ifndef SVCLINT_LINT_CLI_REGISTRY_UPDATE_COMMAND_H_
#define SVCLINT_LINT_CLI_REGISTRY_UPDATE_COMMAND_H_

#include <ostream>

#include "lint/registry/registry_update.h"

namespace svclint {

// Exit code 0 when the cache holds the served registry (new or not
// modified), 2 when the download failed or was refused; then the cache is
// as it was and `err` says why.
int RunRegistryUpdate(const UpdateOptions& options, std::ostream& out,
                      std::ostream& err);

}  // namespace svclint

#endif  // SVCLINT_LINT_CLI_REGISTRY_UPDATE_COMMAND_H_
