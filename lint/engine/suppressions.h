// Inline suppressions, written in a comment of the linted file (SPEC §5):
//
//   type = "_acmaint_dbd._udp"   # svclint: disable=SN003,SN007
//   # svclint: disable-next-line=TX003
//   <!-- svclint: disable-file=ST007 -->
//
// Rules are named by id or slug. A suppression that silences nothing (for
// a rule that is enabled) is itself a finding, CF002.
#ifndef SVCLINT_LINT_ENGINE_SUPPRESSIONS_H_
#define SVCLINT_LINT_ENGINE_SUPPRESSIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lint/diag/diagnostic.h"
#include "lint/diag/rule_policy.h"

namespace svclint {

struct Suppression {
  enum class Scope { kLine, kNextLine, kFile };
  Scope scope = Scope::kLine;
  uint32_t line = 0;  // the comment's line
  struct Entry {
    std::string rule;  // as written: id or slug
    SourceSpan span;   // where it is written
    bool used = false;
  };
  std::vector<Entry> entries;
};

// Finds every `svclint: disable...=` directive in `content`.
std::vector<Suppression> FindSuppressions(std::string_view content);

// Drops the findings the suppressions cover and appends a CF002 for every
// entry that covered nothing, when that rule is enabled under `policy`.
void ApplySuppressions(std::vector<Suppression>& suppressions,
                       const RulePolicy& policy, std::string_view path,
                       std::vector<Diagnostic>& diagnostics);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_SUPPRESSIONS_H_
