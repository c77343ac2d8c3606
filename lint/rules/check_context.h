// What every rule sees besides its input: where findings go and, for the
// registry-aware rules, the registry (nullptr when none is loaded).
#ifndef SVCLINT_LINT_RULES_CHECK_CONTEXT_H_
#define SVCLINT_LINT_RULES_CHECK_CONTEXT_H_

#include "lint/diag/sink.h"

namespace svclint {

class Registry;

struct CheckContext {
  DiagnosticSink& sink;
  const Registry* registry = nullptr;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CHECK_CONTEXT_H_
