// SN010 name-has-version: RFC 7605 §7.5 keeps versions inside the protocol,
// negotiated in band, rather than in new ports and names.
//
//   sync-v2   -> "... contains the version number 'v2'", [6, 8)
//   foo-1.0   -> "... contains the version number '1.0'", [5, 8)
//   aol-2, z39.50, icpv2, dsmipv6  -> nothing
//
// Conservative, because digits in registered names are rarely versions: a
// word `v<digits>` between separators, or a dotted number (`1.0`, `v1.2`)
// that starts a word. A trailing "-2" numbers related services in the
// registry (aol-1, aol-2), and "v6" glued to a word is as often IPv6.
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of a version token at s[i] (a word start), or 0.
size_t VersionAt(std::string_view s, size_t i) {
  size_t j = i;
  const bool v = s[j] == 'v' || s[j] == 'V';
  if (v) ++j;
  const size_t digits_begin = j;
  while (j < s.size() && IsDigit(s[j])) ++j;
  if (j == digits_begin) return 0;
  size_t dotted = 0;
  while (j + 1 < s.size() && s[j] == '.' && IsDigit(s[j + 1])) {
    ++j;
    while (j < s.size() && IsDigit(s[j])) ++j;
    ++dotted;
  }
  // "v2" must be a whole word; "1.0" and "v1.0" may be followed by more.
  if (dotted == 0) {
    if (!v || (j < s.size() && IsAsciiAlnum(s[j]))) return 0;
  }
  return j - i;
}

}  // namespace

void CheckNameHasVersion(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_digit) return;
  const std::string_view s = name.name;
  size_t i = 0;
  while (i < s.size()) {
    const bool word_start =
        i == 0 || (!IsAsciiAlnum(s[i - 1]) && s[i - 1] != '.');
    const size_t n = word_start && IsAsciiAlnum(s[i]) ? VersionAt(s, i) : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    ctx.sink.Report(
        RuleId::kSN010, SpanAt(name.at, i, n),
        {{"name", InputText(s)}, {"version", InputText(s.substr(i, n))}});
    i += n;
  }
}

}  // namespace svclint
