// textDocument/hover: what a user wants to know about the text under the
// cursor, as markdown.
//
// - On a finding's range: the rule (id, slug, summary) and a link to the
//   RFC section it enforces (`svclint explain` has the whole text).
// - On a service type or name ("_ipp._tcp", "_printer._sub._ipp._tcp",
//   "ipp"): the registry's records of the service: description, assignee,
//   ports and transports, the TXT keys it defines, and for a historic alias
//   its replacement.
// - On a TXT key: its definition for the file's service (txt_key_hover.h).
#ifndef SVCLINT_LINT_LSP_HOVER_H_
#define SVCLINT_LINT_LSP_HOVER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lint/diag/diagnostic.h"
#include "lint/registry/registry.h"

namespace svclint::lsp {

// The service name a word names: "_ipp._tcp" -> "ipp", the subtype form
// "_printer._sub._ipp._tcp" -> "ipp", "ipp" -> "ipp"; nullopt for words
// that are not a service name or type.
std::optional<std::string_view> ServiceNameOf(std::string_view word);

// The word around byte `offset` of `line` (letters, digits, '_', '-', '.'),
// or empty.
std::string_view WordAt(std::string_view line, size_t offset);

struct HoverAt {
  std::string_view path;  // the document's, for its kind
  std::string_view text;  // the whole document
  size_t offset = 0;      // the cursor's byte in `text`
  std::string_view line_text;
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, bytes
};

// Markdown for the cursor; nullopt when there is nothing to say.
std::optional<std::string> HoverMarkdown(
    const HoverAt& at, std::span<const Diagnostic> diagnostics,
    const Registry& registry);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_HOVER_H_
