// What the SN rules need to know about one service name (RFC 6335 §5.1),
// gathered in one pass, so that on a clean name each rule reads a flag and
// returns; only a rule whose flag is set scans the name again to find
// where.
//
//   NameFacts f = ComputeNameFacts("Foo--bar", Anchor{1, 2});
//   f.letters == 6;  f.has_upper;  f.has_double_hyphen;  !f.has_invalid
#ifndef SVCLINT_LINT_RULES_NAME_NAME_FACTS_H_
#define SVCLINT_LINT_RULES_NAME_NAME_FACTS_H_

#include <cstdint>
#include <string_view>

#include "lint/base/source_span.h"

namespace svclint {

struct NameFacts {
  std::string_view name;  // the service name, without a label's underscore
  Anchor at;              // where name[0] is
  uint32_t letters = 0;   // A-Z, a-z
  bool has_upper = false;
  bool has_digit = false;
  bool has_hyphen = false;
  bool has_invalid = false;        // a byte outside A-Z a-z 0-9 -
  bool has_double_hyphen = false;  // "--"
};

NameFacts ComputeNameFacts(std::string_view name, Anchor at);

// RFC 6335 §5.1: "only US-ASCII letters 'A' - 'Z' and 'a' - 'z', digits
// '0' - '9', and hyphens".
constexpr bool IsServiceNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-';
}

constexpr bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_NAME_NAME_FACTS_H_
