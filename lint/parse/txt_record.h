// Reads one string of a DNS-SD TXT record as a key and a value (RFC 6763
// §6.4): the key runs to the first '=', the value is everything after it,
// and a string without '=' is a boolean attribute.
//
//   TxtEntry e = ParseTxtString("path=/queue");
//   e.key == "path";  e.value == "/queue";  e.has_value;  e.value_offset == 5
//   ParseTxtString("duplex").has_value == false     // a boolean
//   ParseTxtString("=x").key.empty()                // no key: ignored
#ifndef SVCLINT_LINT_PARSE_TXT_RECORD_H_
#define SVCLINT_LINT_PARSE_TXT_RECORD_H_

#include <cstdint>
#include <string_view>

namespace svclint {

struct TxtEntry {
  std::string_view key;
  std::string_view value;     // empty for a boolean or "key="
  bool has_value = false;     // an '=' is present
  uint32_t value_offset = 0;  // of value[0] in the string
};

inline TxtEntry ParseTxtString(std::string_view bytes) {
  TxtEntry e;
  const size_t eq = bytes.find('=');
  if (eq == std::string_view::npos) {
    e.key = bytes;
    e.value_offset = static_cast<uint32_t>(bytes.size());
    return e;
  }
  e.key = bytes.substr(0, eq);
  e.value = bytes.substr(eq + 1);
  e.has_value = true;
  e.value_offset = static_cast<uint32_t>(eq + 1);
  return e;
}

// RFC 6763 §6 / RFC 1035 §3.3.14: on the wire each string is a length byte
// followed by its bytes.
constexpr size_t TxtStringWireSize(std::string_view bytes) {
  return 1 + bytes.size();
}

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_TXT_RECORD_H_
