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

// Where the bytes of a value that is not written verbatim sit in its file:
// an Avahi `&amp;`, a TOML "\u00e9" or a .dnssd continuation line decodes
// to other bytes than the file shows. The engine implements it over the
// byte offsets the config loaders record (lint/engine/config_value_mapper.h).
class ValueLocator {
 public:
  // The span of the file bytes that the value's bytes [begin, end) were
  // decoded from (empty at `begin` when begin == end).
  virtual SourceSpan Locate(size_t begin, size_t end) const = 0;

 protected:
  ~ValueLocator() = default;
};

// Where the first byte of a value sits in its file. Validators see only the
// value and report byte offsets into it; the anchor turns those into spans:
// by adding them to (line, column) for a value written verbatim on one line,
// or through its locator for any other.
struct Anchor {
  uint32_t line = 1;
  uint32_t column = 1;
  const ValueLocator* locator = nullptr;
  size_t offset = 0;  // with a locator: this anchor's byte 0 in its value
};

inline SourceSpan SpanAt(Anchor at, size_t offset, size_t length) {
  if (at.locator != nullptr) {
    return at.locator->Locate(at.offset + offset, at.offset + offset + length);
  }
  const uint32_t begin = at.column + static_cast<uint32_t>(offset);
  return {at.line, begin, at.line, begin + static_cast<uint32_t>(length)};
}

// The anchor of the value's bytes from `offset` on.
inline Anchor Shifted(Anchor at, size_t offset) {
  if (at.locator != nullptr) {
    at.offset += offset;
  } else {
    at.column += static_cast<uint32_t>(offset);
  }
  return at;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_SOURCE_SPAN_H_
