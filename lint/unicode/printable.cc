#include "lint/unicode/printable.h"

#include <cstdint>

#include "lint/unicode/utf8.h"

namespace svclint {
namespace {

void AppendHex(uint8_t b, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const char hex[4] = {'\\', 'x', kHex[b >> 4], kHex[b & 0xF]};
  out.append(hex, 4);
}

}  // namespace

void AppendPrintable(std::string_view bytes, size_t max_bytes,
                     std::string& out) {
  size_t i = 0;
  while (i < bytes.size() && i < max_bytes) {
    // The common case, a run of printable ASCII, in one append.
    size_t run = i;
    while (run < bytes.size() && run < max_bytes &&
           static_cast<uint8_t>(bytes[run]) >= 0x20 &&
           static_cast<uint8_t>(bytes[run]) < 0x7F) {
      ++run;
    }
    if (run > i) {
      out.append(bytes.data() + i, run - i);
      i = run;
      continue;
    }
    const uint8_t b = static_cast<uint8_t>(bytes[i]);
    char32_t cp;
    const size_t n = b >= 0x80 ? DecodeUtf8(bytes, i, cp) : 0;
    if (n > 0 && cp >= 0xA0) {
      out.append(bytes.substr(i, n));
      i += n;
      continue;
    }
    AppendHex(b, out);
    ++i;
  }
  if (i < bytes.size()) out += "...";
}

}  // namespace svclint
