// Byte offsets in a file <-> 1-based line and byte column, for the config
// loaders (Avahi XML, .dnssd, services TOML) and their linters.
//
//   TextPositions pos(content);
//   Anchor at = pos.At(17);                 // {2, 5}
//   size_t offset = pos.OffsetOf(2, 5);     // 17
//   return pos.Error(path, 17, "bad port"); // ParseError at 2:5
#ifndef SVCLINT_LINT_PARSE_TEXT_POSITIONS_H_
#define SVCLINT_LINT_PARSE_TEXT_POSITIONS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lint/base/source_span.h"
#include "lint/parse/parse_error.h"

namespace svclint {

class TextPositions {
 public:
  explicit TextPositions(std::string_view text) : size_(text.size()) {
    starts_.push_back(0);
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; p < end;) {
      const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
      if (nl == nullptr) break;
      p = static_cast<const char*>(nl) + 1;
      starts_.push_back(static_cast<size_t>(p - begin));
    }
  }

  // Line and byte column of `offset`; offsets past the end are clamped.
  Anchor At(size_t offset) const {
    offset = std::min(offset, size_);
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const size_t line = static_cast<size_t>(it - starts_.begin());
    return {static_cast<uint32_t>(line),
            static_cast<uint32_t>(offset - starts_[line - 1] + 1)};
  }

  // The span of the bytes [begin, end).
  SourceSpan Span(size_t begin, size_t end) const {
    const Anchor b = At(begin);
    const Anchor e = At(std::max(begin, end));
    return {b.line, b.column, e.line, e.column};
  }

  // The offset of `line`:`column`, clamped to the text.
  size_t OffsetOf(uint32_t line, uint32_t column) const {
    if (line == 0) return 0;
    if (line > starts_.size()) return size_;
    const size_t start = starts_[line - 1];
    return std::min(size_, start + (column == 0 ? 0 : column - 1));
  }

  // The offset where `line` begins (clamped).
  size_t LineStart(uint32_t line) const { return OffsetOf(line, 1); }

  // The parse error every loader returns, at the byte `offset`.
  absl::Status Error(std::string_view path, size_t offset,
                     std::string_view reason) const {
    return ParseErrorStatus(path, {PointSpan(At(offset)), std::string(reason)});
  }

 private:
  size_t size_;
  std::vector<size_t> starts_;  // offset of the first byte of each line
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_TEXT_POSITIONS_H_
