// Values as avahi-daemon 0.8 reads them (avahi-daemon/static-services.c),
// where that differs from a plain reading:
//
//   AvahiAtoi("80x") == 80;  AvahiAtoi("http") == 0;  AvahiAtoi(" 22") == 22
//     (xml_end reads <port> with atoi(); only a result outside 0-65535 is a
//     parse failure)
//   DecodeAvahiTxt("binary-hex", "k=00ff", ...) -> "k=\x00\xff"
//     (xml_cdata splits at the first '=', decode_hex_buf/decode_base64_buf
//     decode the rest; a text without '=' is kept verbatim)
#ifndef SVCLINT_LINT_PARSE_AVAHI_VALUES_H_
#define SVCLINT_LINT_PARSE_AVAHI_VALUES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lint/model/service_config.h"
#include "lint/parse/text_positions.h"

namespace svclint {

// atoi() as glibc computes it: blanks, a sign, digits, anything after them
// ignored; strtol's saturation to the range of long, then the conversion
// to int (two's complement wrap-around).
int64_t AvahiAtoi(std::string_view text);

// Whether `text` is what atoi() reads as written: optional blanks, then
// only digits (no sign, no trailing bytes but blanks).
bool IsPlainAvahiPort(std::string_view text);

struct AvahiValueError {
  size_t offset = 0;  // file offset of the bad value
  std::string reason;
};

// One <txt-record>'s string, decoded per its value-format ("text",
// "binary-hex", "binary-base64"); nullopt and `error` when avahi-daemon
// refuses the file. Decoded bytes keep the offsets of the characters they
// came from.
std::optional<ConfigValue> DecodeAvahiTxt(std::string_view format,
                                          ConfigValue text,
                                          std::string_view content,
                                          const TextPositions& positions,
                                          AvahiValueError& error);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_AVAHI_VALUES_H_
