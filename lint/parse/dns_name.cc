#include "lint/parse/dns_name.h"

#include "lint/unicode/utf8.h"

namespace svclint {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Escape DecodeEscape(std::string_view text, size_t pos) {
  Escape e;
  if (pos + 1 >= text.size()) {
    e.value = '\\';
    e.size = 1;
    e.kind = BadEscape::Kind::kDangling;
    return e;
  }
  const char next = text[pos + 1];
  if (next == '.' || next == '\\') {
    e.value = static_cast<uint8_t>(next);
    e.size = 2;
    e.valid = true;
    return e;
  }
  e.value = '?';
  if (IsDigit(next)) {
    // RFC 1035 §5.1: "\DDD where each D is a digit is the octet
    // corresponding to the decimal number described by DDD".
    unsigned value = 0;
    size_t digits = 0;
    while (digits < 3 && pos + 1 + digits < text.size() &&
           IsDigit(text[pos + 1 + digits])) {
      value = value * 10 + static_cast<unsigned>(text[pos + 1 + digits] - '0');
      ++digits;
    }
    e.size = static_cast<uint8_t>(1 + digits);
    if (digits == 3 && value <= 255) {
      e.value = static_cast<uint8_t>(value);
      e.valid = true;
    } else {
      e.kind = BadEscape::Kind::kDecimal;
    }
    return e;
  }
  char32_t cp;
  const size_t n = DecodeUtf8(text, pos + 1, cp);
  e.size = static_cast<uint8_t>(1 + (n == 0 ? 1 : n));
  e.kind = BadEscape::Kind::kUnknown;
  return e;
}

DnsName ParseDnsName(std::string_view text) {
  DnsName name;
  name.text = text;
  if (text.empty()) return name;
  if (text == ".") {
    name.absolute = true;
    return name;
  }
  DnsLabel label;
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
    // The common case: a run of plain bytes.
    while (i < n && text[i] != '.' && text[i] != '\\') {
      ++i;
      ++label.wire_size;
    }
    if (i < n && text[i] == '\\') {
      const Escape e = DecodeEscape(text, i);
      if (!e.valid) {
        name.bad_escapes.push_back({static_cast<uint32_t>(i), e.size, e.kind});
      }
      label.escaped = true;
      ++label.wire_size;
      i += e.size;
      continue;
    }
    label.size = static_cast<uint32_t>(i) - label.offset;
    name.labels.push_back(label);
    name.wire_size += 1 + label.wire_size;
    if (i >= n) break;
    ++i;  // the dot
    if (i == n) {
      name.absolute = true;
      break;
    }
    label = DnsLabel{};
    label.offset = static_cast<uint32_t>(i);
  }
  return name;
}

}  // namespace svclint
