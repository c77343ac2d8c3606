// Columns in UTF-16 code units, as SARIF consumers (GitHub: columnKind
// "utf16CodeUnits") and LSP clients count them, from svclint's byte columns.
#ifndef SVCLINT_LINT_BASE_UTF16_H_
#define SVCLINT_LINT_BASE_UTF16_H_

#include <cstdint>
#include <string_view>

namespace svclint {

// The 1-based UTF-16 column of the 1-based byte column `byte_column` of
// `line` (without its newline). A lead byte counts the code units of its
// sequence (two for 4-byte sequences, which are surrogate pairs in UTF-16),
// continuation bytes none, so valid UTF-8 counts exactly; svclint reports
// invalid UTF-8 before anything on its line. Columns past the end of the
// line count one per byte.
constexpr uint32_t Utf16Column(std::string_view line, uint32_t byte_column) {
  const size_t bytes = byte_column > 0 ? byte_column - 1 : 0;
  uint32_t units = 0;
  for (size_t i = 0; i < bytes; ++i) {
    if (i >= line.size()) {
      ++units;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80 && c < 0xC0) continue;  // continuation byte
    units += c >= 0xF0 && c < 0xF8 ? 2 : 1;
  }
  return units + 1;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_UTF16_H_
