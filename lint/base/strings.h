// Small ASCII string helpers over std::string_view.
//
// Debian's Abseil 20220623 is built with its own absl::string_view, which
// does not convert from std::string_view. These helpers keep the code in
// std::string_view; `AsAbsl()` bridges to Abseil APIs where one is needed:
//   absl::StrCat("name '", AsAbsl(name), "'")
#ifndef SVCLINT_LINT_BASE_STRINGS_H_
#define SVCLINT_LINT_BASE_STRINGS_H_

#include <string>
#include <string_view>

#include "absl/strings/string_view.h"

namespace svclint {

inline absl::string_view AsAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}
inline std::string_view AsStd(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

constexpr char AsciiToLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

constexpr bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiToLower(a[i]) != AsciiToLower(b[i])) return false;
  }
  return true;
}

constexpr bool StartsWithIgnoreCase(std::string_view text,
                                    std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

// Strips ASCII whitespace from both ends.
constexpr std::string_view StripAsciiWhitespace(std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_STRINGS_H_
