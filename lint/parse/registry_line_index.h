// Byte offset -> 1-based line and column, for parsers that learn positions
// as offsets (Expat's byte indexes, a CSV scanner).
//
//   LineIndex index(text);
//   auto [line, column] = index.Locate(offset);
//
//   LineCounter counter(text);             // no index: for offsets asked
//   auto [l, c] = counter.Locate(offset);  // for in increasing order
#ifndef SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
#define SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "lint/parse/parse_error.h"
#include "lint/parse/text_positions.h"

namespace svclint {

// TextPositions under the names the registry loaders use.
class LineIndex : public TextPositions {
 public:
  using TextPositions::TextPositions;

  // Line and byte column of `offset` (both 1-based).
  std::pair<uint32_t, uint32_t> Locate(size_t offset) const {
    const Anchor at = At(offset);
    return {at.line, at.column};
  }
};

// Line and byte column of offsets asked for in increasing order, counting
// line breaks on the way: a streaming parser gets positions without an
// index of every line start (127,000 of them in the registry XML). An
// offset before the previous one counts again from the start.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}

  std::pair<uint32_t, uint32_t> Locate(size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset < pos_) {
      pos_ = line_start_ = 0;
      line_ = 1;
    }
    const char* const begin = text_.data();
    for (const char* p = begin + pos_;;) {
      const void* nl =
          std::memchr(p, '\n', static_cast<size_t>(begin + offset - p));
      if (nl == nullptr) break;
      p = static_cast<const char*>(nl) + 1;
      ++line_;
      line_start_ = static_cast<size_t>(p - begin);
    }
    pos_ = offset;
    return {line_, static_cast<uint32_t>(offset - line_start_ + 1)};
  }

  // The parse error every loader returns, at the byte `offset`.
  absl::Status Error(std::string_view path, size_t offset,
                     std::string_view reason) {
    const auto [line, column] = Locate(offset);
    return ParseErrorStatus(path,
                            {PointSpan({line, column}), std::string(reason)});
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;         // the offset counted up to
  size_t line_start_ = 0;  // where the line holding pos_ begins
  uint32_t line_ = 1;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
