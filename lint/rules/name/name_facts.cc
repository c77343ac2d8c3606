#include "lint/rules/name/name_facts.h"

#include <array>

namespace svclint {
namespace {

enum : uint8_t {
  kLetter = 1,
  kUpper = 2,
  kDigit = 4,
  kHyphen = 8,
  kInvalid = 16,
};

constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kInvalid;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter | kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['-'] = kHyphen;
  return t;
}

constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

}  // namespace

NameFacts ComputeNameFacts(std::string_view name, Anchor at) {
  NameFacts f;
  f.name = name;
  f.at = at;
  uint32_t letters = 0;
  uint8_t all = 0, prev = 0, doubled = 0;
  for (char c : name) {
    const uint8_t cls = kClass[static_cast<uint8_t>(c)];
    letters += cls & kLetter;
    all |= cls;
    doubled |= prev & cls;
    prev = cls;
  }
  f.letters = letters;
  f.has_upper = all & kUpper;
  f.has_digit = all & kDigit;
  f.has_hyphen = all & kHyphen;
  f.has_invalid = all & kInvalid;
  f.has_double_hyphen = doubled & kHyphen;
  return f;
}

}  // namespace svclint
