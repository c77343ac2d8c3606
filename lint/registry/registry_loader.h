// Loads an IANA registry copy at run time (--registry, `svclint lint`),
// telling the format from the content: XML (`<?xml`, `<registry`), CSV (a
// "Service Name,Port Number,..." header) or IANA's plain-text layout (a
// "Service Name Port Number ..." header line, or the "| ... |" table
// rendering of it).
//
//   absl::StatusOr<Registry> r = LoadRegistryFile("iana.csv");
//   // error: "iana.csv:812:1: port number '70000' is not a port ..."
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_LOADER_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_LOADER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"
#include "lint/registry/registry.h"

namespace svclint {

enum class RegistryFormat { kXml, kCsv, kText };

// The format `content` is written in, or InvalidArgument ("path:1:1: ...")
// when it looks like none of them.
absl::StatusOr<RegistryFormat> DetectRegistryFormat(std::string_view content,
                                                    std::string_view path);

// Parses without indexing: for linting the file itself.
absl::StatusOr<RegistrySource> ParseRegistrySource(SourceText text,
                                                   std::string_view path);

absl::StatusOr<Registry> LoadRegistryText(std::string_view content,
                                          std::string_view path);
// The same without a copy of `content`: the Registry may point into it, so
// `content` must outlive the Registry (`svclint lint` on a registry file).
absl::StatusOr<Registry> LoadRegistryView(std::string_view content,
                                          std::string_view path);
absl::StatusOr<Registry> LoadRegistryFile(std::string_view path);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_LOADER_H_
