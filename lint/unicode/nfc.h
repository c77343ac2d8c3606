// Unicode Normalization Form C (UAX #15), for SI004: RFC 6763 §4.1.1 makes
// instance names Net-Unicode (RFC 5198), which is normalised to NFC.
//
//   IsNfc(U"Caf\u00e9") == true
//   IsNfc(U"Cafe\u0301") == false     // NFC composes e + U+0301 to U+00E9
//   ToNfc(U"Cafe\u0301") == U"Caf\u00e9"
//
// The tables (nfc_tables.inc) are generated from the Unicode Character
// Database by tools/gen_nfc_tables.py, so no ICU is needed at run time. The
// quick check answers most strings in one pass; only a string holding a
// character that may compose with its predecessor is normalised and
// compared.
#ifndef SVCLINT_LINT_UNICODE_NFC_H_
#define SVCLINT_LINT_UNICODE_NFC_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace svclint {

// Canonical_Combining_Class of `cp` (0 for starters).
uint8_t CanonicalCombiningClass(char32_t cp);

// Whether `text` (code points) is in NFC.
bool IsNfc(std::u32string_view text);

// `text` in NFC: canonical decomposition, canonical ordering, composition.
std::u32string ToNfc(std::u32string_view text);

// The Unicode version the tables were generated from.
std::string_view NfcUnicodeVersion();

}  // namespace svclint

#endif  // SVCLINT_LINT_UNICODE_NFC_H_
