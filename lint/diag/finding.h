// Findings as data until they are written: a rule id, a span, a severity
// and the values of the message's placeholders -- no message text. The
// reporter that prints a finding formats its message straight into its
// output (FindingStore::AppendMessage); a caller that wants Diagnostic
// objects (the config linters, SARIF, the language server, tests) gets them
// from the same formatting code (FindingStore::ToDiagnostic).
//
//   FindingStore store("-");
//   const FindingArg args[] = {{"name", InputText(name)},
//                              {"length", name.size()}};
//   store.Add(RuleId::kSN002, Severity::kError, kDefaultMessage, span, args);
//   std::string line;
//   store.AppendMessage(store.findings()[0], line);
//   // "service name 'toolongservicename1' is 19 characters; the limit ..."
//
// A store keeps the argument bytes in one buffer and the findings in one
// vector; Clear() keeps their capacity, so a stream that reuses its stores
// allocates nothing per finding once they have grown. Findings that come
// whole (custom rules, IO001) are kept as Diagnostic, in the same order.
#ifndef SVCLINT_LINT_DIAG_FINDING_H_
#define SVCLINT_LINT_DIAG_FINDING_H_

#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/source_span.h"
#include "lint/catalog/severity.h"
#include "lint/diag/diagnostic.h"
#include "svclint/rule_ids.h"

namespace svclint {

// Bytes of the input, shown in the message as Printable() shows them
// (rule_text.h) -- but only when the message is written.
struct InputText {
  explicit InputText(std::string_view b) : bytes(b) {}
  std::string_view bytes;
};

// The value of one `{key}` of a rule's message template: text written as
// it is, input bytes written Printable, or a number. `key` must outlive
// the store (it is a string literal in every rule); the value's bytes are
// copied.
struct FindingArg {
  enum class Kind : uint8_t { kText, kInput, kNumber };

  FindingArg(std::string_view k, std::string_view text)
      : key(k), kind(Kind::kText), text(text) {}
  FindingArg(std::string_view k, const char* text)
      : FindingArg(k, std::string_view(text)) {}
  FindingArg(std::string_view k, const std::string& text)
      : FindingArg(k, std::string_view(text)) {}
  FindingArg(std::string_view k, InputText input)
      : key(k), kind(Kind::kInput), text(input.bytes) {}
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>)
      FindingArg(std::string_view k, T n)
      : key(k), kind(Kind::kNumber), number(static_cast<int64_t>(n)) {}

  std::string_view key;
  Kind kind;
  std::string_view text;
  int64_t number = 0;
};

// Which message of a rule: its own, or one of its variants by index.
inline constexpr uint8_t kDefaultMessage = 0xFF;

struct Finding {
  SourceSpan span;
  RuleId id{};
  Severity severity = Severity::kError;
  uint8_t variant = kDefaultMessage;
  uint8_t arg_count = 0;
  uint32_t first_arg = 0;  // into the store's arguments
  int32_t fix = -1;        // into the store's fixes; -1: none
  int32_t formed = -1;     // into the store's whole Diagnostics; -1: data
};

class FindingStore {
 public:
  explicit FindingStore(std::string path = {}) : path_(std::move(path)) {}

  // A finding of built-in rule `id`, its message `variant`, with the
  // values of its placeholders; `edits`, when not empty, are its fix,
  // titled by the rule's `fix` template.
  void Add(RuleId id, Severity severity, uint8_t variant, SourceSpan span,
           std::span<const FindingArg> args, std::vector<Edit> edits = {});
  // A finding built elsewhere, kept whole.
  void AddFormed(Diagnostic diagnostic);

  std::span<const Finding> findings() const { return findings_; }
  size_t size() const { return findings_.size(); }
  bool empty() const { return findings_.empty(); }
  const std::string& path() const { return path_; }
  void set_path(std::string_view path) { path_.assign(path); }

  // Forgets every finding; the memory stays for the next ones.
  void Clear();
  // Sorts the findings from index `begin` on into DiagnosticLess order
  // (stable), as the Diagnostics they stand for would sort.
  void SortFrom(size_t begin);

  // What a reporter reads of finding `f` (one of this store's).
  std::string_view PathOf(const Finding& f) const;
  std::string_view RuleIdOf(const Finding& f) const;
  std::string_view SlugOf(const Finding& f) const;
  bool HasFix(const Finding& f) const;
  // Appends `f`'s message, its template filled in, to `out`.
  void AppendMessage(const Finding& f, std::string& out) const;
  // The Diagnostic `f` stands for: the same bytes in every output.
  Diagnostic ToDiagnostic(const Finding& f) const;
  // Every finding as a Diagnostic, appended to `out` in order.
  void AppendDiagnostics(std::vector<Diagnostic>& out) const;

 private:
  struct StoredArg {
    std::string_view key;
    FindingArg::Kind kind;
    uint32_t offset = 0;  // of the bytes in text_
    uint32_t size = 0;
    int64_t number = 0;
  };

  void AppendFormatted(std::string_view message_template, const Finding& f,
                       std::string& out) const;
  const Diagnostic* Formed(const Finding& f) const {
    return f.formed < 0 ? nullptr : &formed_[static_cast<size_t>(f.formed)];
  }
  bool Less(const Finding& a, const Finding& b) const;

  std::string path_;
  std::vector<Finding> findings_;
  std::vector<StoredArg> args_;
  std::string text_;  // the bytes of the text and input arguments
  std::vector<std::vector<Edit>> fixes_;
  std::vector<Diagnostic> formed_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_DIAG_FINDING_H_
