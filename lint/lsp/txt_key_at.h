// Finds the TXT string under a cursor, as each file writes one:
//
//   <txt-record>path=/cache</txt-record>          Avahi .service
//   TxtText=path=/cache "note=Second floor"       systemd .dnssd (TxtData=)
//   txt = ["path=/cache", "u=admin"]              svclint TOML (also over
//                                                 several lines)
//
// and says whether the cursor is on its key. Lexical, so that it works on
// a file being typed (unclosed tags, half a TOML array).
//
//   TxtKeyAt("a.dnssd", "TxtText=u=x path=/", 13)->key == "path"
#ifndef SVCLINT_LINT_LSP_TXT_KEY_AT_H_
#define SVCLINT_LINT_LSP_TXT_KEY_AT_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace svclint::lsp {

struct TxtKeyUnderCursor {
  std::string_view string;  // the whole TXT string as written, unquoted
  std::string_view key;     // its key: up to the first '=' (may be empty)
  std::string_view value;   // after the '='; empty without one
  bool has_value = false;
  // systemd removes quotes anywhere in a TxtText= word: a quoted value
  // there is no quoted value on the wire.
  bool quotes_removed = false;
};

// The TXT string whose key holds byte `offset` of `text` (a document at
// `path`); nullopt when the cursor is elsewhere, on a value included.
std::optional<TxtKeyUnderCursor> TxtKeyAt(std::string_view path,
                                          std::string_view text, size_t offset);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_TXT_KEY_AT_H_
