// A guard to run before toml::parse() on untrusted text. toml++ 3.3 builds
// (and frees) nested tables recursively, so one key with tens of thousands
// of dotted parts ("a.a.a...a = 1" or "[a.a...a]") overflows the stack.
// Arrays and inline tables are already capped by toml++ (256 levels).
//
//   if (std::optional<size_t> at = FindTooDeepTomlKey(content))
//     return Error(*at, kTooDeepTomlKey);   // before toml::parse(content)
//
// It refuses a line with more than 128 dots outside strings and comments:
// far beyond any real document, and with toml++'s own caps the deepest
// document that passes still parses and frees safely.
#ifndef SVCLINT_LINT_PARSE_TOML_DEPTH_GUARD_H_
#define SVCLINT_LINT_PARSE_TOML_DEPTH_GUARD_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace svclint {

inline constexpr std::string_view kTooDeepTomlKey =
    "more than 128 dotted keys on one line: too deeply nested";

// The offset of the first dot over the limit, or nullopt.
std::optional<size_t> FindTooDeepTomlKey(std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_TOML_DEPTH_GUARD_H_
