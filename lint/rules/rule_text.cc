#include "lint/rules/rule_text.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lint/unicode/printable.h"

namespace svclint {
namespace {

void AppendHex(uint8_t b, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out += kHex[b >> 4];
  out += kHex[b & 0xF];
}

}  // namespace

std::string Printable(std::string_view bytes, size_t max_bytes) {
  std::string out;
  out.reserve(std::min(bytes.size(), max_bytes) + 8);
  AppendPrintable(bytes, max_bytes, out);
  return out;
}

std::string Quoted(std::string_view bytes) {
  return absl::StrCat("'", Printable(bytes), "'");
}

std::string HexBytes(std::string_view bytes) {
  std::string out;
  for (char c : bytes) AppendHex(static_cast<uint8_t>(c), out);
  return out;
}

std::string ColumnText(Anchor at, size_t offset) {
  return absl::StrCat(SpanAt(at, offset, 0).column);
}

}  // namespace svclint
