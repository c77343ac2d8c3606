// Safe fixes (SPEC §4): apply the edits that findings carry, show them as a
// unified diff, or write them back atomically.
#ifndef SVCLINT_LINT_ENGINE_FIXES_H_
#define SVCLINT_LINT_ENGINE_FIXES_H_

#include <span>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "lint/base/atomic_file.h"
#include "lint/diag/diagnostic.h"

namespace svclint {

struct FixResult {
  std::string content;  // the fixed text
  size_t applied = 0;   // findings whose fix was applied
};

// Applies the fixes of `diagnostics` to `content`. Edits that overlap an
// earlier one, or fall outside the text, are skipped (the next run picks
// them up), so the result is always well-formed.
FixResult ApplyFixes(std::string_view content,
                     std::span<const Diagnostic> diagnostics);

// `diff -u` of `before` and `after`, labelled a/`path` and b/`path`; empty
// when they are equal.
std::string UnifiedDiff(std::string_view path, std::string_view before,
                        std::string_view after);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_FIXES_H_
