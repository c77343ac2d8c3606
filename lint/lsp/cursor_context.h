// What the text around a cursor says, for hover and completion: the kind of
// file (by its name, as the editor names it) and the service whose fields
// are being written.
//
//   ServiceAround("<type>_http._tcp</type>\n<txt-record>pa", 40) == "http"
#ifndef SVCLINT_LINT_LSP_CURSOR_CONTEXT_H_
#define SVCLINT_LINT_LSP_CURSOR_CONTEXT_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace svclint::lsp {

enum class EditedKind { kAvahi, kDnssd, kToml, kOther };

// By the file name's ending: ".service", ".dnssd", ".toml".
EditedKind EditedKindOf(std::string_view path);

// The service name of the service type ("_name._tcp"/"_name._udp", or a
// "_sub._name._tcp" subtype form) written last before `offset` of `text`,
// else the first one after it (Avahi and .dnssd files may give the type
// after the TXT record); nullopt when the text names none.
std::optional<std::string_view> ServiceAround(std::string_view text,
                                              size_t offset);

// The service type itself ("_http._tcp", also for a subtype form) that
// ServiceAround found.
std::optional<std::string_view> ServiceTypeAround(std::string_view text,
                                                  size_t offset);

// The line up to the cursor split where a value starts: after the last
// '"', '=', '>' or ' '. {"Type=", "_ht"} for "Type=_ht".
struct TypedValue {
  std::string_view lead;     // before the value, whitespace stripped
  std::string_view typed;    // what is typed of the value
  bool after_quote = false;  // the value follows a '"' that opens a string
};
TypedValue SplitTypedValue(std::string_view line_before);

// Whether `line_before` is a TOML `key = [..."` line with the cursor in an
// opened string of the array.
bool InTomlArrayString(std::string_view line_before, std::string_view key);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_CURSOR_CONTEXT_H_
