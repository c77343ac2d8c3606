// Strict UTF-8 decoding (RFC 3629): no overlong forms, no surrogates,
// nothing above U+10FFFF.
//
//   char32_t cp;
//   size_t n = DecodeUtf8("é!", 0, cp);   // n == 2, cp == U+00E9
//   DecodeUtf8("\xE9", 0, cp) == 0        // a Latin-1 byte is not UTF-8
#ifndef SVCLINT_LINT_UNICODE_UTF8_H_
#define SVCLINT_LINT_UNICODE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace svclint {

// The length (1-4) of the well-formed UTF-8 sequence starting at `s[i]`,
// storing its code point in `cp`; 0 when the bytes there are not one.
inline size_t DecodeUtf8(std::string_view s, size_t i, char32_t& cp) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t n;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;  // a continuation byte, C0/C1 (always overlong), or F5-FF
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const uint8_t b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_UNICODE_UTF8_H_
