// Byte offset -> 1-based line and column, for parsers that learn positions
// as offsets (pugixml's offsets, a CSV scanner).
//
//   LineIndex index(text);
//   auto [line, column] = index.Locate(offset);
#ifndef SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
#define SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

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

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_LINE_INDEX_H_
