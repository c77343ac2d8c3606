// textDocument/completion: what may be typed where the cursor is.
//
// - A service type, after `type = "` (services TOML), `Type=` (.dnssd) or
//   `<type>` (Avahi): "_name._tcp" / "_name._udp" (DNS-SD's _udp stands
//   for every transport but TCP) for every assigned name in the registry
//   that starts with what is typed, ranked by the DNS-SD use the registry
//   shows (TXT keys defined, then a name-only record, then ports only; then
//   the most records, then name order), at most
//   kMaxTypeItems of them (the list is then incomplete, and the client asks
//   again as the user types).
// - A TXT key, after `TxtText=` (.dnssd), `<txt-record>` (Avahi) or an
//   opening quote on a `txt = [` line (TOML): the keys the registry defines
//   for the service of the last type before the cursor.
// - A subtype, after `<subtype>`, `SubType=` or in a TOML `subtypes` list:
//   subtype_completion.h.
// - In an Avahi tag being typed: elements, attributes and values from
//   avahi-service.dtd (avahi_completion.h).
// - At the start of a line in a .dnssd unit: the keys of its [Service]
//   section.
#ifndef SVCLINT_LINT_LSP_COMPLETION_H_
#define SVCLINT_LINT_LSP_COMPLETION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/registry/registry.h"

namespace svclint::lsp {

inline constexpr size_t kMaxTypeItems = 100;

struct CompletionItem {
  std::string label;
  std::string detail;     // the registry's description, or what a key is
  std::string sort_text;  // ranks the items in the client's list
};

struct Completions {
  std::vector<CompletionItem> items;
  bool incomplete = false;  // more would match: ask again as the user types
};

// For a document at `path` whose text up to the cursor is `text_before`.
Completions Complete(std::string_view path, std::string_view text_before,
                     const Registry& registry);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_COMPLETION_H_
