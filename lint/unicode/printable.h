// Bytes shown in a message: ASCII 0x20-0x7E and well-formed UTF-8 above
// U+009F as they are, anything else (controls, DEL, C1 controls, invalid
// UTF-8) as \xNN per byte; after `max_bytes` input bytes, "...".
//
//   std::string out;
//   AppendPrintable("caf\xC3\xA9\x01", 120, out);  // out == "café\\x01"
//
// The one implementation behind the rules' Printable() (rule_text.h) and
// the findings formatted only when a reporter writes them (finding.h).
#ifndef SVCLINT_LINT_UNICODE_PRINTABLE_H_
#define SVCLINT_LINT_UNICODE_PRINTABLE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace svclint {

inline constexpr size_t kPrintableMaxBytes = 120;

void AppendPrintable(std::string_view bytes, size_t max_bytes,
                     std::string& out);

}  // namespace svclint

#endif  // SVCLINT_LINT_UNICODE_PRINTABLE_H_
