// A DNS name in presentation form taken apart into labels, with byte
// offsets, and the invalid escapes found on the way (RFC 1035 §5.1,
// RFC 6763 §4.3). Plain data: ParseDnsName (lint/parse/dns_name.h) builds
// it, the model's DnssdName and the rules read it.
#ifndef SVCLINT_LINT_MODEL_DNS_NAME_H_
#define SVCLINT_LINT_MODEL_DNS_NAME_H_

#include <cstdint>
#include <string_view>

#include "absl/container/inlined_vector.h"

namespace svclint {

struct DnsLabel {
  uint32_t offset = 0;     // first byte of the label in the name's text
  uint32_t size = 0;       // bytes as written, escapes included
  uint32_t wire_size = 0;  // bytes on the wire, escapes decoded
  bool escaped = false;    // holds a backslash
};

// A backslash sequence that is not `\.`, `\\` or `\DDD` (<= 255).
struct BadEscape {
  enum class Kind : uint8_t {
    kUnknown,   // `\q`: not an escape DNS-SD uses
    kDecimal,   // `\25x` or `\256`: not three digits, or over 255
    kDangling,  // a backslash that ends the text
  };
  uint32_t offset = 0;  // of the backslash
  uint32_t size = 0;    // bytes of the sequence as written
  Kind kind = Kind::kUnknown;
};

struct DnsName {
  std::string_view text;
  absl::InlinedVector<DnsLabel, 6> labels;
  absl::InlinedVector<BadEscape, 1> bad_escapes;
  bool absolute = false;  // ends with an unescaped '.'
  // RFC 1035 §3.1: each label with its length byte, plus the root's zero.
  uint32_t wire_size = 1;

  std::string_view LabelText(size_t i) const {
    return text.substr(labels[i].offset, labels[i].size);
  }
};

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_DNS_NAME_H_
