// Completion of `_sub` subtypes (RFC 6763 §7.1) in the form each file
// writes them:
//
//   <subtype>_universal._sub._ipp._tcp</subtype>   Avahi: the full name
//   SubType=_universal                              systemd: the bare label
//   subtypes = ["_universal"]                       TOML: the bare label
//
// The subtypes offered are those known for the file's service type
// (known_subtypes.h), each with its source as the item's detail.
#ifndef SVCLINT_LINT_LSP_SUBTYPE_COMPLETION_H_
#define SVCLINT_LINT_LSP_SUBTYPE_COMPLETION_H_

#include <optional>
#include <string_view>

#include "lint/lsp/completion.h"
#include "lint/registry/registry.h"

namespace svclint::lsp {

// nullopt when the cursor is not where a subtype is written.
std::optional<Completions> CompleteSubtype(std::string_view path,
                                           std::string_view text_before,
                                           const Registry& registry);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_SUBTYPE_COMPLETION_H_
