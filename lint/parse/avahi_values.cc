#include "lint/parse/avahi_values.h"

#include <climits>

#include "lint/parse/config_value.h"

namespace svclint {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// static-services.c's hex(): 0xFF for a non-digit.
uint8_t HexDigit(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
  if (c >= 'A' && c <= 'F') return static_cast<uint8_t>(c - 'A' + 10);
  if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
  return 0xFF;
}

// static-services.c's base64(): 255 for a non-alphabet character.
uint8_t Base64Digit(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<uint8_t>(c - 'A');
  if (c >= 'a' && c <= 'z') return static_cast<uint8_t>(c - 'a' + 26);
  if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0' + 52);
  if (c == '+') return 62;
  if (c == '/') return 63;
  return 255;
}

// decode_hex_buf: an even length, every character a hex digit.
bool DecodeHexAsAvahi(std::string_view in, std::string& out,
                      std::string& reason) {
  if (in.size() % 2 != 0) {
    reason =
        "invalid binary-hex TXT value: it needs an even number of hex "
        "digits";
    return false;
  }
  for (size_t i = 0; i < in.size(); i += 2) {
    const uint8_t high = HexDigit(in[i]);
    const uint8_t low = HexDigit(in[i + 1]);
    if (high > 0xF || low > 0xF) {
      reason = "invalid binary-hex TXT value: a character is not a hex digit";
      return false;
    }
    out.push_back(static_cast<char>((high << 4) | low));
  }
  return true;
}

// decode_base64_buf: a multiple of four characters; a final '=' makes the
// last group a padded one ("xy==" or "xyz="). Unlike RFC 4648 decoders it
// keeps the stray low bits of a padded group.
bool DecodeBase64AsAvahi(std::string_view in, std::string& out,
                         std::string& reason) {
  if (in.size() % 4 != 0) {
    reason =
        "invalid binary-base64 TXT value: it needs base64 in groups of four "
        "characters";
    return false;
  }
  const bool padded = !in.empty() && in.back() == '=';
  const size_t full = padded ? in.size() - 4 : in.size();
  auto bad = [&] {
    reason =
        "invalid binary-base64 TXT value: a character outside the base64 "
        "alphabet";
    return false;
  };
  for (size_t i = 0; i < full; i += 4) {
    const uint8_t a = Base64Digit(in[i]), b = Base64Digit(in[i + 1]),
                  c = Base64Digit(in[i + 2]), d = Base64Digit(in[i + 3]);
    if (a > 63 || b > 63 || c > 63 || d > 63) return bad();
    out.push_back(static_cast<char>((a << 2) | (b >> 4)));
    out.push_back(static_cast<char>((b << 4) | (c >> 2)));
    out.push_back(static_cast<char>((c << 6) | d));
  }
  if (padded) {
    const uint8_t a = Base64Digit(in[full]), b = Base64Digit(in[full + 1]);
    if (a > 63 || b > 63) return bad();
    out.push_back(static_cast<char>((a << 2) | (b >> 4)));
    if (in[full + 2] != '=') {
      const uint8_t c = Base64Digit(in[full + 2]);
      if (c > 63) return bad();
      out.push_back(static_cast<char>((b << 4) | (c >> 2)));
    }
  }
  return true;
}

}  // namespace

int64_t AvahiAtoi(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsBlank(text[i])) ++i;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  // strtol saturates at INT64_MAX / INT64_MIN of avahi-daemon's LP64 Linux
  // (64-bit long), whatever `long` is where svclint runs (32 bits in
  // WebAssembly).
  unsigned long long magnitude = 0;
  bool saturated = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    magnitude = magnitude * 10 + static_cast<unsigned>(text[i] - '0');
    if (magnitude > static_cast<unsigned long long>(INT64_MAX)) {
      saturated = true;
      magnitude = static_cast<unsigned long long>(INT64_MAX) + 1;
    }
  }
  int64_t value;
  if (negative) {
    value = saturated ? INT64_MIN : -static_cast<int64_t>(magnitude);
  } else {
    value = saturated ? INT64_MAX : static_cast<int64_t>(magnitude);
  }
  // atoi() returns (int) strtol(): the low 32 bits.
  return static_cast<int32_t>(static_cast<uint32_t>(value));
}

bool IsPlainAvahiPort(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsBlank(text[i])) ++i;
  const size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == digits) return false;
  while (i < text.size() && IsBlank(text[i])) ++i;
  return i == text.size();
}

std::optional<ConfigValue> DecodeAvahiTxt(std::string_view format,
                                          ConfigValue text,
                                          std::string_view content,
                                          const TextPositions& positions,
                                          AvahiValueError& error) {
  const size_t eq = text.text.find('=');
  if (format == "text" || eq == std::string::npos) {
    // Avahi takes the whole text verbatim when there is no '='.
    return text;
  }
  const std::string_view encoded = std::string_view(text.text).substr(eq + 1);
  const bool hex = format == "binary-hex";
  std::string decoded;
  if (!(hex ? DecodeHexAsAvahi(encoded, decoded, error.reason)
            : DecodeBase64AsAvahi(encoded, decoded, error.reason))) {
    error.offset = text.OffsetOfByte(eq + 1);
    return std::nullopt;
  }
  // key '=' from the text, then the decoded bytes, each pinned to the
  // encoded characters it came from.
  ValueBuilder b;
  for (size_t i = 0; i <= eq; ++i) b.Append(text.text[i], text.OffsetOfByte(i));
  for (size_t i = 0; i < decoded.size(); ++i) {
    const size_t source = hex ? 2 * i : i / 3 * 4 + i % 3;
    b.Append(decoded[i], text.OffsetOfByte(eq + 1 + source));
  }
  const size_t end = text.OffsetOfByte(text.text.size());
  return std::move(b).Build(content, positions, text.offset, end);
}

}  // namespace svclint
