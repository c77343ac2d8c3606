#include "lint/registry/historic_note.h"

#include "lint/base/strings.h"

namespace svclint {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Matches `phrase` at exactly `at`; returns the end offset or npos.
size_t MatchAt(std::string_view text, std::string_view phrase, size_t at) {
  size_t t = at;
  for (size_t p = 0; p < phrase.size(); ++p) {
    if (phrase[p] == ' ') {
      if (t >= text.size() || !IsSpace(text[t])) return std::string_view::npos;
      while (t < text.size() && IsSpace(text[t])) ++t;
      continue;
    }
    if (t >= text.size() || AsciiToLower(text[t]) != AsciiToLower(phrase[p])) {
      return std::string_view::npos;
    }
    ++t;
  }
  return t;
}

// The "quoted" name right after `at` (spaces allowed before the quote).
std::optional<HistoricNote> QuotedAfter(std::string_view note, size_t at,
                                        HistoricNote::Kind kind) {
  while (at < note.size() && IsSpace(note[at])) ++at;
  if (at >= note.size() || note[at] != '"') return std::nullopt;
  const size_t close = note.find('"', at + 1);
  if (close == std::string_view::npos || close == at + 1) return std::nullopt;
  return HistoricNote{kind, note.substr(at + 1, close - at - 1), at + 1};
}

}  // namespace

size_t FindPhrase(std::string_view text, std::string_view phrase, size_t from) {
  if (phrase.empty()) return from;
  const char first = AsciiToLower(phrase.front());
  for (size_t i = from; i < text.size(); ++i) {
    if (AsciiToLower(text[i]) != first) continue;
    const size_t end = MatchAt(text, phrase, i);
    if (end != std::string_view::npos) return end;
  }
  return std::string_view::npos;
}

std::optional<HistoricNote> ParseHistoricNote(std::string_view note) {
  constexpr size_t npos = std::string_view::npos;
  if (size_t at = FindPhrase(note, "This entry is an alias to"); at != npos) {
    return QuotedAfter(note, at, HistoricNote::Kind::kAliasTo);
  }
  if (size_t at = FindPhrase(note, "This is a duplicate of the"); at != npos) {
    std::optional<HistoricNote> h =
        QuotedAfter(note, at, HistoricNote::Kind::kDuplicateOf);
    // "... of the "http" service": the word after the quote must be
    // "service", so that other duplicates (of a port, a spec) are not read.
    if (h && MatchAt(note, "\" service", h->offset + h->other.size()) != npos) {
      return h;
    }
    return std::nullopt;
  }
  if (size_t at = FindPhrase(
          note, "Historically, this service has been referred to as");
      at != npos) {
    return QuotedAfter(note, at, HistoricNote::Kind::kFormerName);
  }
  return std::nullopt;
}

}  // namespace svclint
