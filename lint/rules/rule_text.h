// How rules show values inside messages. A message may end up in a
// terminal, a JSON string or a GitHub annotation, so bytes that are not
// printable are written as \xNN, and very long values are cut short.
//
//   Printable("caf\xC3\xA9\x01") == "café\\x01"
//   Printable(std::string(300, 'a')).size() == 123   // 120 bytes and "..."
//   ColumnText(Anchor{1, 5}, 3) == "8"
#ifndef SVCLINT_LINT_RULES_RULE_TEXT_H_
#define SVCLINT_LINT_RULES_RULE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "lint/base/source_span.h"
#include "lint/unicode/printable.h"

namespace svclint {

// ASCII 0x20-0x7E and well-formed UTF-8 above U+009F as they are, anything
// else (controls, DEL, C1 controls, invalid UTF-8) as \xNN per byte. Stops
// after `max_bytes` input bytes and appends "...".
std::string Printable(std::string_view bytes,
                      size_t max_bytes = kPrintableMaxBytes);

// Printable(bytes) in single quotes: "'_'", "'\\x01'".
std::string Quoted(std::string_view bytes);

// Every byte as \xNN: "\\xE9\\x80".
std::string HexBytes(std::string_view bytes);

// The 1-based column of byte `offset` of a value anchored at `at`.
std::string ColumnText(Anchor at, size_t offset);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_RULE_TEXT_H_
