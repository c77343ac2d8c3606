// `svclint check`: runs the name, type, instance and TXT rules over short
// inputs given on the command line or streamed one per line on stdin.
//
// Positions follow SPEC §4: the path is "<args>" or "-", the line is the
// 1-based index of the input, the column the 1-based byte inside it.
#ifndef SVCLINT_LINT_ENGINE_CHECK_INPUTS_H_
#define SVCLINT_LINT_ENGINE_CHECK_INPUTS_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/diag/diagnostic.h"
#include "lint/diag/finding.h"
#include "lint/diag/rule_policy.h"
#include "lint/rules/checks.h"

namespace svclint {

class Registry;
class CustomRules;

struct CheckOptions {
  std::optional<InputKind> as;  // forced reading; auto-detected when unset
  std::string service;          // TXT records: the service whose keys apply
  const Registry* registry = nullptr;
  const RulePolicy* policy = nullptr;
  const CustomRules* custom_rules = nullptr;
};

// "name", "type", "subtype", "instance", "txt" -> InputKind.
std::optional<InputKind> ParseInputKind(std::string_view text);

// Checks each of `inputs` on its own; with `as == kTxt` they are instead the
// strings of one TXT record (so duplicates and the total size are seen).
std::vector<Diagnostic> CheckInputs(std::span<const std::string> inputs,
                                    std::string_view path,
                                    const CheckOptions& options);

struct StreamResult {
  std::vector<Diagnostic> diagnostics;
  size_t inputs = 0;
};

// Receives the findings of each block of lines, in order, on the calling
// thread; it may move them out.
using FindingsSink = std::function<void(std::vector<Diagnostic>&)>;
// The same findings as data (finding.h), messages not formatted: what the
// reporters of `check -` write from. The store is reused for a later block
// once the call returns.
using FindingBlockSink = std::function<void(const FindingStore&)>;

// Streams `in` line by line (LF or CRLF) in blocks of about 1 MiB, checked
// on every core. A final line without LF counts. With `on_findings`, each
// block's findings go there, in input order, as soon as its lines are
// checked (StreamResult::diagnostics stays empty), so memory stays flat
// however long the input and however many findings; without, they are
// collected, sorted. `options` must be safe to share between threads (the
// registry, policy and custom rules are).
absl::StatusOr<StreamResult> CheckStream(std::istream& in,
                                         std::string_view path,
                                         const CheckOptions& options,
                                         const FindingsSink& on_findings = {});
// The same, each block's findings handed over as data. The blocks' buffers
// and stores are reused, so once they have grown nothing is allocated per
// line or per finding.
absl::StatusOr<StreamResult> CheckStream(std::istream& in,
                                         std::string_view path,
                                         const CheckOptions& options,
                                         const FindingBlockSink& on_block);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_CHECK_INPUTS_H_
