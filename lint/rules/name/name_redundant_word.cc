// SN009 name-redundant-word: RFC 6335 §5, "Names should be brief and
// informative, avoiding words or abbreviations that are redundant in the
// context of the registry": every entry is a service, most have a port.
//
//   acme-service  -> "... contains 'service' ...", [6, 13)
//   vmsvc         -> "... contains 'svc' ...", [3, 6)
//   support, transport, airport, services  -> nothing
//
// Tuned on the real registry to stay quiet on ordinary words: a word counts
// when it stands between hyphens (trailing digits ignored: "port2"), when
// "service(s)", "protocol(s)", "proto", "srv" or "svc" ends a longer word
// after at least two characters ("vmsvc", not "msvc"), or when "service"
// begins one ("servicetags"). "port" inside a word is never flagged
// (support, transport, airport), nor is a name that is only the word.
#include <string_view>

#include "lint/base/strings.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

constexpr std::string_view kWholeWords[] = {"port",     "ports",    "service",
                                            "services", "protocol", "protocols",
                                            "proto",    "srv",      "svc"};
constexpr std::string_view kSuffixes[] = {
    "services", "service", "protocols", "protocol", "proto", "srv", "svc"};
constexpr std::string_view kPrefixes[] = {"services", "service"};
// Characters a suffix or prefix must leave for the rest of the word.
constexpr size_t kMinRest = 2;

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  }
  return false;
}

// Every listed word contains "po", "pr", "rv" or "sv" (port, protocol,
// service and srv, svc): a name without one of them has nothing to find,
// and most names are rejected by this one pass.
constexpr bool MayContainListedWord(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char a = AsciiToLower(s[i]);
    const char b = AsciiToLower(s[i + 1]);
    if ((a == 'p' && (b == 'o' || b == 'r')) ||
        (b == 'v' && (a == 'r' || a == 's'))) {
      return true;
    }
  }
  return false;
}

constexpr bool EveryListedWordPassesTheFilter() {
  for (std::string_view w : kWholeWords) {
    if (!MayContainListedWord(w)) return false;
  }
  for (std::string_view w : kSuffixes) {
    if (!MayContainListedWord(w)) return false;
  }
  for (std::string_view w : kPrefixes) {
    if (!MayContainListedWord(w)) return false;
  }
  return true;
}
static_assert(EveryListedWordPassesTheFilter());

struct Hit {
  size_t offset = 0;
  size_t size = 0;
};

// The redundant part of `word` ("srv" of "codasrv"), if any.
bool FindRedundant(std::string_view word, Hit& hit) {
  std::string_view core = word;
  while (!core.empty() && core.back() >= '0' && core.back() <= '9') {
    core.remove_suffix(1);
  }
  for (std::string_view w : kWholeWords) {
    if (EqualsIgnoreCase(core, w)) {
      hit = {0, core.size()};
      return true;
    }
  }
  for (std::string_view s : kSuffixes) {
    if (core.size() >= s.size() + kMinRest && EndsWithIgnoreCase(core, s)) {
      hit = {core.size() - s.size(), s.size()};
      return true;
    }
  }
  for (std::string_view p : kPrefixes) {
    if (core.size() >= p.size() + kMinRest && StartsWithIgnoreCase(core, p)) {
      hit = {0, p.size()};
      return true;
    }
  }
  return false;
}

}  // namespace

void CheckNameRedundantWord(const NameFacts& name, CheckContext& ctx) {
  const std::string_view s = name.name;
  // Every listed word has at least three letters, and a shorter name has
  // nothing left to shorten.
  if (s.size() < 4 || !MayContainListedWord(s)) return;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiAlnum(s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && IsAsciiAlnum(s[i])) ++i;
    const std::string_view word = s.substr(begin, i - begin);
    Hit hit;
    if (!FindRedundant(word, hit)) continue;
    // A name that is only the word (and numbers) has nothing else to say
    // what the service is: dropping the word is no advice.
    const size_t at = begin + hit.offset;
    if (!HasLetter(s.substr(0, at)) && !HasLetter(s.substr(at + hit.size))) {
      continue;
    }
    ctx.sink.Report(
        RuleId::kSN009, SpanAt(name.at, at, hit.size),
        {{"name", InputText(s)}, {"word", InputText(s.substr(at, hit.size))}});
  }
}

}  // namespace svclint
