// Hover on a TXT key: what the IANA registry says of it for the file's
// service (RFC 6763 §6.3 asks for keys to be documented; the registry's
// "Defined TXT keys" note is where registrants document them), and the
// RFC 6763 §6.4/§6.5 rules the string breaks.
//
//   path=/cache in a _http._tcp service ->
//     **`path`**: a TXT key the registry defines for **http**
//
//     ```text
//     path=<path to document>
//     ```
//     ...
#ifndef SVCLINT_LINT_LSP_TXT_KEY_HOVER_H_
#define SVCLINT_LINT_LSP_TXT_KEY_HOVER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lint/lsp/txt_key_at.h"
#include "lint/registry/registry.h"

namespace svclint::lsp {

// The note's entry for `keys[index]` (the keys as the registry parsed them
// from `note`, in note order): "path=<path to document>", "td: Absolute
// pathname ...", "model (device model identifier)"; the key itself when
// the note does not spell it out.
std::string_view TxtKeyEntry(std::string_view note,
                             std::span<const std::string_view> keys,
                             size_t index);

// Markdown for `at`, the string under the cursor, in a record of `service`
// (nullopt: the file names no service type). Rules whose ids are in
// `already_shown` (a finding on the same range shows them) are left out.
std::string TxtKeyHoverMarkdown(const TxtKeyUnderCursor& at,
                                std::optional<std::string_view> service,
                                const Registry& registry,
                                std::span<const std::string> already_shown);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_TXT_KEY_HOVER_H_
