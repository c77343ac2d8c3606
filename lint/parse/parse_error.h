// Why a file could not be read, and where: what every parser returns on
// failure, so the linter never has to read a position back out of text.
//
//   return ParseErrorStatus(path, {positions.Span(at, at + 1), "bad port"});
//   ...
//   if (std::optional<ParseError> e = ParseErrorOf(status))
//     Report(e->span, e->reason);            // IO001 at the exact span
//
// The error travels as an absl::Status (across StatusOr and
// SVCLINT_ASSIGN_OR_RETURN unchanged): its message is the human form
// "path:line:col: reason" for the CLI and library users, and its payload
// holds the span and reason as a typed record, never parsed from the
// message.
#ifndef SVCLINT_LINT_PARSE_PARSE_ERROR_H_
#define SVCLINT_LINT_PARSE_PARSE_ERROR_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "lint/base/source_span.h"

namespace svclint {

struct ParseError {
  SourceSpan span;
  std::string reason;

  friend bool operator==(const ParseError&, const ParseError&) = default;
};

// A one-byte span at `at`: where most parsers can point.
inline SourceSpan PointSpan(Anchor at) { return SpanAt(at, 0, 1); }

// InvalidArgument, message "path:line:col: reason", carrying `error`.
absl::Status ParseErrorStatus(std::string_view path, const ParseError& error);

// The error a parser attached to `status`; nullopt for a status made
// elsewhere (an unreadable file, an OK status).
std::optional<ParseError> ParseErrorOf(const absl::Status& status);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_PARSE_ERROR_H_
