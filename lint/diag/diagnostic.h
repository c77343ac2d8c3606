// A finding as plain data: which rule, where, what, and how to fix it.
// Rules create these through a DiagnosticSink; reporters only read them.
#ifndef SVCLINT_LINT_DIAG_DIAGNOSTIC_H_
#define SVCLINT_LINT_DIAG_DIAGNOSTIC_H_

#include <optional>
#include <string>
#include <vector>

#include "lint/base/source_span.h"
#include "lint/catalog/severity.h"

namespace svclint {

// Replace the bytes of `span` (on one line) with `replacement`.
struct Edit {
  SourceSpan span;
  std::string replacement;

  friend bool operator==(const Edit&, const Edit&) = default;
};

// A safe fix: applying every edit yields the corrected input.
struct Fix {
  std::string title;  // "replace 'acmaint_dbd' with 'acmaint-dbd'"
  std::vector<Edit> edits;

  friend bool operator==(const Fix&, const Fix&) = default;
};

struct Diagnostic {
  std::string path;  // "<args>", "-", or a file path
  SourceSpan span;
  std::string rule_id;  // "SN002", or a custom rule's id
  std::string slug;     // "name-too-long"
  Severity severity = Severity::kError;
  std::string message;
  std::optional<Fix> fix;
};

// The one ordering of findings every output uses: path, position, rule.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);
void SortDiagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_DIAGNOSTIC_H_
