// Helpers the three config loaders share: building a ConfigValue from the
// bytes a daemon reads and where each came from, and strict base64.
//
//   ValueBuilder b;
//   b.Append('a', 10);            // decoded byte, file offset
//   b.Append("&amp;" -> '&', 11)  // an entity: one byte at the '&'
//   ConfigValue v = std::move(b).Build(content, positions, /*end=*/16);
//   v.verbatim() == false;  v.OffsetOfByte(1) == 11
#ifndef SVCLINT_LINT_PARSE_CONFIG_VALUE_H_
#define SVCLINT_LINT_PARSE_CONFIG_VALUE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/model/service_config.h"
#include "lint/parse/text_positions.h"

namespace svclint {

class ValueBuilder {
 public:
  // Appends decoded bytes that all come from the file offset `offset`.
  void Append(std::string_view bytes, size_t offset) {
    text_.append(bytes);
    offsets_.insert(offsets_.end(), bytes.size(),
                    static_cast<uint32_t>(offset));
  }
  void Append(char c, size_t offset) {
    text_.push_back(c);
    offsets_.push_back(static_cast<uint32_t>(offset));
  }
  size_t size() const { return text_.size(); }
  std::string_view text() const { return text_; }
  const std::vector<uint32_t>& offsets() const { return offsets_; }

  // The value, read from the raw bytes [begin, end) (quotes included where
  // the caller wants them in the span). The per-byte offsets are dropped
  // when the text is a verbatim one-line copy of the file.
  ConfigValue Build(std::string_view content, const TextPositions& positions,
                    size_t begin, size_t end) &&;

 private:
  std::string text_;
  std::vector<uint32_t> offsets_;
};

// A value read verbatim from content[begin, end).
ConfigValue VerbatimValue(std::string_view content,
                          const TextPositions& positions, size_t begin,
                          size_t end);

// The span that deletes content[begin, end): the whole line, newline
// included, when nothing but blanks shares the line; else those bytes and
// the blanks after them (at the start of a line) or before them.
SourceSpan CutSpan(std::string_view content, const TextPositions& positions,
                   size_t begin, size_t end);

// The word of `known` that `word` is most likely a typo of ("Nmae" ->
// "Name", "subtype" -> "subtypes"), or "" when none is close.
std::string_view ClosestWord(std::string_view word,
                             std::span<const std::string_view> known);

// Appends the UTF-8 form of code point `cp` (escapes such as \u00e9).
void AppendUtf8(uint32_t cp, std::string& out);

// Decodes RFC 4648 base64 (with '=' padding, no whitespace). False on any
// other character, a bad length or bad padding.
bool DecodeBase64(std::string_view in, std::string& out);

// Decodes hex pairs (either case). False on odd length or a non-hex digit.
bool DecodeHex(std::string_view in, std::string& out);

// Parses a plain decimal number ("631"); nullopt when `text` is empty or
// holds anything but digits. Huge values saturate (the caller checks the
// range), so "99999999999999999999" is still "out of range", not "bad".
std::optional<int64_t> ParseDecimal(std::string_view text);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_CONFIG_VALUE_H_
