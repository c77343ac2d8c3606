// Byte offset -> 1-based line and column, for parsers that learn positions
// as offsets (pugixml's offset_debug, a CSV scanner).
//
//   LineIndex index(text);
//   auto [line, column] = index.Locate(offset);
#ifndef SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
#define SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
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

  // "path:line:col: message", the error form every loader returns.
  std::string Message(std::string_view path, size_t offset,
                      std::string_view message) const {
    return Error(path, offset, message);
  }
};

// The same for offsets that only grow (records in file order): one pass
// over the text, no table of line starts.
//
//   LineCursor cursor(text);
//   auto [line, column] = cursor.Locate(record_offset);  // offsets ascend
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}

  std::pair<uint32_t, uint32_t> Locate(size_t offset) {
    if (offset < pos_) {  // went backwards: start over (rare)
      pos_ = 0;
      line_ = 1;
      line_start_ = 0;
    }
    offset = std::min(offset, text_.size());
    const char* p = text_.data() + pos_;
    const char* end = text_.data() + offset;
    while (p < end) {
      const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
      if (nl == nullptr) break;
      p = static_cast<const char*>(nl) + 1;
      ++line_;
      line_start_ = static_cast<size_t>(p - text_.data());
    }
    pos_ = offset;
    return {line_, static_cast<uint32_t>(offset - line_start_ + 1)};
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  size_t line_start_ = 0;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
