// Reads IANA's service-names-port-numbers.xml (the authoritative format):
// records with their names, protocols, numbers and ranges, descriptions,
// xrefs, notes (with <br/> and <paragraph>), the <people> section and the
// <updated> date, each record with its line in the file.
//
//   absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, path);
//   // error: "path:12:3: XML error: Start-end tags mismatch"
//
// pugixml parses the bytes in place, and the record fields are views into
// them, so reading the 3.9 MB snapshot allocates little beyond the DOM.
#ifndef SVCLINT_LINT_PARSE_REGISTRY_XML_H_
#define SVCLINT_LINT_PARSE_REGISTRY_XML_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"

namespace svclint {

absl::StatusOr<RegistrySource> ParseRegistryXml(SourceText text,
                                                std::string_view path);
inline absl::StatusOr<RegistrySource> ParseRegistryXml(std::string_view content,
                                                       std::string_view path) {
  return ParseRegistryXml(SourceText::Copy(content), path);
}

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_XML_H_
