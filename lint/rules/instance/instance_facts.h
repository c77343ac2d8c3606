// What the SI rules need to know about one service instance label (RFC 6763
// §4.1.1), gathered in one pass: an ASCII name without escapes sets no flag,
// and each rule returns at once.
//
// An instance comes in two shapes. Inside a full instance name it is in
// presentation form (RFC 6763 §4.3): `My\.Printer` is the 10-byte label
// "My.Printer", and an unescaped '.' would have split it. In a config file
// (`<name>` in Avahi, `Name=` in systemd, `instance =` in TOML) it is the
// label itself: every byte is literal.
//
//   InstanceFacts f = ComputeInstanceFacts(R"(Caf\195\169)", {1, 1}, true);
//   f.wire_size == 5;  f.has_non_ascii;  !f.has_control
#ifndef SVCLINT_LINT_RULES_INSTANCE_INSTANCE_FACTS_H_
#define SVCLINT_LINT_RULES_INSTANCE_INSTANCE_FACTS_H_

#include <cstdint>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "lint/base/source_span.h"
#include "lint/parse/dns_name.h"

namespace svclint {

struct InstanceFacts {
  std::string_view text;       // as written
  Anchor at;                   // where text[0] is
  bool escaped = false;        // presentation form: `\.`, `\\`, `\DDD` decoded
  uint32_t wire_size = 0;      // bytes of the label after decoding
  bool has_control = false;    // a decoded byte 0x00-0x1F or 0x7F
  bool has_non_ascii = false;  // a decoded byte >= 0x80
  absl::InlinedVector<BadEscape, 1> bad_escapes;    // offsets into `text`
  absl::InlinedVector<uint32_t, 1> unescaped_dots;  // offsets into `text`
};

InstanceFacts ComputeInstanceFacts(std::string_view text, Anchor at,
                                   bool escaped);

// One byte of the label as DNS carries it, and the bytes of `text` it was
// written as. Bad escapes decode to '?', so they raise no other finding.
struct DecodedByte {
  uint8_t value = 0;
  uint32_t offset = 0;  // into InstanceFacts::text
  uint32_t size = 1;
};

absl::InlinedVector<DecodedByte, 64> DecodeInstance(const InstanceFacts& f);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_INSTANCE_INSTANCE_FACTS_H_
