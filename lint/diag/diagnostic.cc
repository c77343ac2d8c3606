#include "lint/diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace svclint {

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.path, a.span, a.rule_id, a.message) <
         std::tie(b.path, b.span, b.rule_id, b.message);
}

void SortDiagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), DiagnosticLess);
}

}  // namespace svclint
