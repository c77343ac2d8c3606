// Source positions shared by every parser, rule and reporter.
//
// Lines and columns are 1-based; columns count bytes. A span's end is
// exclusive (the column just past the last byte), as in SARIF and LSP, so
// `svclint check toolongservicename1` flags columns [1, 20).
#ifndef SVCLINT_LINT_BASE_SOURCE_SPAN_H_
#define SVCLINT_LINT_BASE_SOURCE_SPAN_H_

#include <cstddef>
#include <cstdint>
#include <tuple>

namespace svclint {

struct SourceSpan {
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t end_line = 1;
  uint32_t end_column = 1;

  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
  friend bool operator<(const SourceSpan& a, const SourceSpan& b) {
    return std::tie(a.line, a.column, a.end_line, a.end_column) <
           std::tie(b.line, b.column, b.end_line, b.end_column);
  }
};

// Where the first byte of a value sits in its file. Validators see only the
// value and report byte offsets into it; the anchor turns those into spans.
// Values never span lines (names, types, TXT strings), so this stays exact.
struct Anchor {
  uint32_t line = 1;
  uint32_t column = 1;
};

inline SourceSpan SpanAt(Anchor at, size_t offset, size_t length) {
  const uint32_t begin = at.column + static_cast<uint32_t>(offset);
  return {at.line, begin, at.line, begin + static_cast<uint32_t>(length)};
}

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_SOURCE_SPAN_H_
