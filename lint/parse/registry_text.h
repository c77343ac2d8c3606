// Reads IANA's plain-text rendering of the registry, in the two layouts
// that are passed around: whitespace-separated columns
//
//   Service Name Port Number Transport Protocol Description Assignee ...
//   netgw 741 tcp netGW [Oliver_Korfmacher] [Oliver_Korfmacher]
//   732-740 Unassigned
//
// and the "| cell | cell |" table rendering of the same page. Both drop
// empty columns, so a record's values are recognised by their shape: a
// port or range, a protocol, a free-text description, bracketed person ids
// ([Tom_Lane]) then references ([RFC6335]), dates, and notes. The reading
// is a best effort (a lone date is taken as the registration date); use
// the XML or CSV when exactness matters. Lines that follow a blank line
// continue the record above ("IANA assigned this well-formed ...").
#ifndef SVCLINT_LINT_PARSE_REGISTRY_TEXT_H_
#define SVCLINT_LINT_PARSE_REGISTRY_TEXT_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"

namespace svclint {

// Whether `content` has the registry's column header line, in either
// layout.
bool LooksLikeRegistryText(std::string_view content);

absl::StatusOr<RegistrySource> ParseRegistryText(SourceText text,
                                                 std::string_view path);
inline absl::StatusOr<RegistrySource> ParseRegistryText(
    std::string_view content, std::string_view path) {
  return ParseRegistryText(SourceText::Copy(content), path);
}

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_TEXT_H_
