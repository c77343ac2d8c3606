// Splits a DNS name in presentation form into labels, with byte offsets.
//
// RFC 1035 §5.1 and RFC 6763 §4.3: a '.' ends a label unless escaped; `\.`
// and `\\` stand for the character itself, `\DDD` (three decimal digits, at
// most 255) for one byte. Like Avahi, svclint accepts no other escape. The
// parser never fails: an invalid escape is recorded, decodes to one byte,
// and parsing goes on, so rules can report every problem of a name.
//
//   DnsName n = ParseDnsName(R"(My\.Printer._ipp._tcp.local.)");
//   n.labels.size() == 4;       n.LabelText(0) == R"(My\.Printer)"
//   n.labels[0].wire_size == 10;  n.absolute == true;  n.wire_size == 28
#ifndef SVCLINT_LINT_PARSE_DNS_NAME_H_
#define SVCLINT_LINT_PARSE_DNS_NAME_H_

#include <cstdint>
#include <string_view>

#include "lint/model/dns_name.h"

namespace svclint {

// One decoded escape: the byte it stands for and how many bytes it spans.
struct Escape {
  uint8_t value = 0;
  uint8_t size = 0;
  bool valid = false;
  BadEscape::Kind kind = BadEscape::Kind::kUnknown;  // when !valid
};

// Decodes the escape whose backslash is `text[pos]`. An invalid one spans
// the backslash and the character after it (a whole UTF-8 sequence, when
// that is one), or the digits of a bad `\DDD`, and decodes to '?'.
Escape DecodeEscape(std::string_view text, size_t pos);

// Splits `text` at unescaped dots. "" has no label and "." is the root
// alone; "a..b" has an empty middle label; a final '.' makes the name
// absolute and adds no label.
DnsName ParseDnsName(std::string_view text);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_DNS_NAME_H_
