// Reads IANA's service-names-port-numbers.xml (the authoritative format):
// records with their names, protocols, numbers and ranges, descriptions,
// xrefs, notes (with <br/> and <paragraph>), the <people> section and the
// <updated> date, each record with its line in the file.
//
//   absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, path);
//   // error: "path:12:3: XML error: mismatched tag"
//
// Expat streams the file (no DOM: one record's nodes at a time), and the
// record fields are views into the file's bytes wherever the file spells
// them as read, so the 3.9 MB snapshot costs about its records. Entity
// declarations are refused: nothing is expanded or fetched.
#ifndef SVCLINT_LINT_PARSE_REGISTRY_XML_H_
#define SVCLINT_LINT_PARSE_REGISTRY_XML_H_

#include <string_view>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"

namespace svclint {

absl::StatusOr<RegistrySource> ParseRegistryXml(SourceText text,
                                                std::string_view path);
// Streams instead: each record goes to `on_record` as soon as it is read
// (its views valid while `src` lives) and src.records stays empty; `src`
// holds the text to read (src.text, src.path) and receives the people and
// the date. For a loader that packs records as they come.
using RecordSink = absl::FunctionRef<void(const SourceRecord&)>;
absl::Status StreamRegistryXml(RegistrySource& src, RecordSink on_record);

// Reads a copy of `content`.
inline absl::StatusOr<RegistrySource> ParseRegistryXml(std::string_view content,
                                                       std::string_view path) {
  return ParseRegistryXml(SourceText::Copy(content), path);
}

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_XML_H_
