// SARIF 2.1.0, as GitHub code scanning reads it: one run, the tool's rules
// (the catalogue's and the custom rules in force) in tool.driver.rules, and
// one result per finding.
//
// - Every rule has shortDescription, fullDescription (at most 1,024
//   characters, GitHub's limit: the first paragraphs of the rule's text),
//   help (the whole text, also as markdown) and helpUri.
// - Columns are in UTF-16 code units (columnKind "utf16CodeUnits"), read
//   from the source lines when SarifOptions::sources can give them; svclint
//   counts bytes, which differs on non-ASCII lines.
// - A path under SarifOptions::root is a URI relative to the base id
//   %SRCROOT% (originalUriBaseIds gives the root as a file:// URI); any other
//   absolute path is a file:// URI; "<args>" and "-" stay as they are.
#ifndef SVCLINT_LINT_REPORT_SARIF_REPORTER_H_
#define SVCLINT_LINT_REPORT_SARIF_REPORTER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/catalog/severity.h"
#include "lint/diag/diagnostic.h"

namespace svclint {

// The text of source lines, for columns in UTF-16 code units.
class SourceLines {
 public:
  virtual ~SourceLines() = default;
  // Line `line` (1-based, without its newline) of `path`; nullopt when the
  // file cannot be read. The view stays valid while the object lives.
  virtual std::optional<std::string_view> Line(std::string_view path,
                                               uint32_t line) = 0;
};

// A rule not in the catalogue (a custom rule from .svclint.toml).
struct SarifRule {
  std::string id;
  std::string slug;
  Severity severity = Severity::kWarning;
  std::string summary;      // one line
  std::string description;  // what it checks and where it is defined
  std::string help_uri;     // absolute
};

struct SarifOptions {
  std::string root;  // absolute directory for %SRCROOT%; empty: none
  std::vector<SarifRule> extra_rules;
  SourceLines* sources = nullptr;  // null: byte columns are taken as is
};

// A SARIF log written as its results come: the rules are those of the
// catalogue, `options.extra_rules` and the rules of `known` findings that
// neither describes. Add() in output order, then Finish() once; the bytes
// are those WriteSarif() writes for the same findings. The writer keeps its
// own copy of `options`.
class SarifLogWriter {
 public:
  SarifLogWriter(const SarifOptions& options, std::ostream& out,
                 std::span<const Diagnostic> known = {});
  ~SarifLogWriter();
  SarifLogWriter(const SarifLogWriter&) = delete;
  SarifLogWriter& operator=(const SarifLogWriter&) = delete;

  void Add(std::span<const Diagnostic> diagnostics);
  void Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The whole log at once.
void WriteSarif(std::span<const Diagnostic> diagnostics,
                const SarifOptions& options, std::ostream& out);
inline void WriteSarif(std::span<const Diagnostic> diagnostics,
                       std::ostream& out) {
  WriteSarif(diagnostics, SarifOptions{}, out);
}

// "file:///a/b%20c.toml" for the absolute path "/a/b c.toml".
std::string FileUri(std::string_view absolute_path);

// `text` cut to at most `limit` bytes at a paragraph, else a sentence, else
// a word end (with "…"), never inside a UTF-8 sequence.
std::string FirstParagraphsWithin(std::string_view text, size_t limit);

}  // namespace svclint

#endif  // SVCLINT_LINT_REPORT_SARIF_REPORTER_H_
