// Reads an IANA assignment request file (SPEC §2) into the plain model of
// lint/model/request.h. This is the one place where toml++'s exceptions
// are caught for requests.
//
//   absl::StatusOr<RequestFile> file = ParseRequestToml("req.toml", text);
//   if (!file.ok()) ...  // "req.toml:3:9: expected value, saw '\n'"
//   file->requests[0].service->value.text   // "example-sync"
//
// Only TOML syntax errors fail. Wrong value types, unknown keys and missing
// fields are recorded as facts in the model for the rules to report.
// Every position is a 1-based line and byte column (TomlDocument converts
// toml++'s code-point columns).
#ifndef SVCLINT_LINT_PARSE_REQUEST_TOML_H_
#define SVCLINT_LINT_PARSE_REQUEST_TOML_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/model/request.h"

namespace svclint {

// Errors are InvalidArgument "path:line:col: reason" carrying a ParseError
// (lint/parse/parse_error.h).
absl::StatusOr<RequestFile> ParseRequestToml(std::string_view path,
                                             std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REQUEST_TOML_H_
