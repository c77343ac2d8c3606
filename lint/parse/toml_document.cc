#include "lint/parse/toml_document.h"

#include <algorithm>
#include <exception>
#include <string>

#include "lint/parse/toml_depth_guard.h"

namespace svclint {

std::string_view TomlTypeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return "a date/time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

TomlDocument::TomlDocument(std::string_view content)
    : content_(content), positions_(content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") bom_ = 3;
}

std::optional<ParseError> TomlDocument::Parse() {
  if (const std::optional<size_t> at = FindTooDeepTomlKey(content_)) {
    return ParseError{PointSpan(positions_.At(*at)),
                      std::string(kTooDeepTomlKey)};
  }
  try {
    root_ = toml::parse(content_);
  } catch (const toml::parse_error& e) {
    return ParseError{PointSpan(At(e.source().begin)),
                      std::string(e.description())};
  } catch (const std::exception& e) {
    // toml++ documents only parse_error; anything else is still a file we
    // could not read, never a crash.
    return ParseError{PointSpan({1, 1}), e.what()};
  }
  return std::nullopt;
}

size_t TomlDocument::Offset(const toml::source_position& p) const {
  if (p.line == 0) return 0;
  const size_t line_start = positions_.LineStart(p.line);
  // The next line's start, from the line table: searching for the newline
  // would rescan a 100 MB line at every position on it.
  size_t line_end = positions_.LineStart(p.line + 1);
  if (line_end > line_start && content_[line_end - 1] == '\n') --line_end;
  size_t at = line_start + (p.line == 1 ? bom_ : 0);
  uint32_t column = 1;
  if (p.line == cursor_line_ && p.column >= cursor_column_) {
    at = cursor_offset_;
    column = cursor_column_;
  }
  for (; column < p.column; ++column) {
    ++at;
    // A code point starts at every byte that is not a UTF-8 continuation
    // byte (10xxxxxx).
    while (at < line_end &&
           (static_cast<unsigned char>(content_[at]) & 0xC0) == 0x80) {
      ++at;
    }
  }
  cursor_line_ = p.line;
  cursor_column_ = column;
  cursor_offset_ = at;
  return at;
}

Anchor TomlDocument::At(const toml::source_position& position) const {
  if (position.line == 0) return {1, 1};
  const size_t offset = Offset(position);
  return {position.line, static_cast<uint32_t>(
                             offset - positions_.LineStart(position.line) + 1)};
}

SourceSpan TomlDocument::Span(const toml::source_region& region) const {
  if (region.begin.line == 0) return SourceSpan{};
  const Anchor begin = At(region.begin);
  if (region.end.line == 0) return PointSpan(begin);
  Anchor end = At(region.end);
  if (end.line < begin.line ||
      (end.line == begin.line && end.column < begin.column)) {
    end = begin;
  }
  return {begin.line, begin.column, end.line, end.column};
}

}  // namespace svclint
