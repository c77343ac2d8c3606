// Converts svclint positions (1-based line, 1-based byte column) to LSP
// positions (0-based line, 0-based character in UTF-16 code units, or in
// bytes when the client negotiated "utf-8"), and file URIs to paths.
#ifndef SVCLINT_LINT_LSP_POSITIONS_H_
#define SVCLINT_LINT_LSP_POSITIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace svclint::lsp {

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
};

class LineMap {
 public:
  explicit LineMap(std::string_view text);

  // `column` is 1-based bytes; out-of-range values are clamped to the line.
  Position ToLsp(uint32_t line, uint32_t column, bool utf16) const;
  // The inverse: an LSP position to a 1-based (line, byte column).
  std::pair<uint32_t, uint32_t> FromLsp(Position p, bool utf16) const;
  // Line `line` (1-based) without its line break; empty past the end.
  std::string_view Line(uint32_t line) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// "file:///home/a/b%20c.toml" -> "/home/a/b c.toml"; other schemes as is.
std::string UriToPath(std::string_view uri);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_POSITIONS_H_
