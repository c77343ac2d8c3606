#include "lint/lsp/positions.h"

#include <algorithm>

namespace svclint::lsp {
namespace {

// UTF-16 code units of the UTF-8 sequence starting with `lead`.
uint32_t Utf16Units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

LineMap::LineMap(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

Position LineMap::ToLsp(uint32_t line, uint32_t column, bool utf16) const {
  if (line == 0) line = 1;
  if (line > starts_.size()) {
    return {static_cast<uint32_t>(starts_.size() - 1), 0};
  }
  const size_t begin = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  const size_t target = std::min(begin + (column == 0 ? 0 : column - 1), end);
  if (!utf16) return {line - 1, static_cast<uint32_t>(target - begin)};
  uint32_t units = 0;
  for (size_t i = begin; i < target; ++i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (!IsContinuation(c)) units += Utf16Units(c);
  }
  return {line - 1, units};
}

std::pair<uint32_t, uint32_t> LineMap::FromLsp(Position p, bool utf16) const {
  const uint32_t line = std::min<uint32_t>(p.line, starts_.size() - 1);
  const size_t begin = starts_[line];
  const size_t end =
      line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  if (!utf16) {
    return {line + 1, static_cast<uint32_t>(std::min(begin + p.character, end) -
                                            begin + 1)};
  }
  uint32_t units = 0;
  size_t i = begin;
  while (i < end && units < p.character) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    units += Utf16Units(c);
    ++i;
    while (i < end && IsContinuation(static_cast<unsigned char>(text_[i]))) ++i;
  }
  return {line + 1, static_cast<uint32_t>(i - begin + 1)};
}

std::string_view LineMap::Line(uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  const size_t begin = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

std::string UriToPath(std::string_view uri) {
  constexpr std::string_view kFile = "file://";
  if (uri.substr(0, kFile.size()) != kFile) return std::string(uri);
  std::string_view rest = uri.substr(kFile.size());
  std::string out;
  for (size_t i = 0; i < rest.size(); ++i) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 &&
        hex(rest[i + 2]) >= 0) {
      out += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
      i += 2;
    } else {
      out += rest[i];
    }
  }
  return out;
}

}  // namespace svclint::lsp
