#include "lint/registry/txt_keys_note.h"

#include <optional>
#include <string>

#include "lint/base/strings.h"
#include "lint/registry/historic_note.h"

namespace svclint {
namespace {

constexpr size_t npos = std::string_view::npos;

// Words that make a "list" prose, not keys.
constexpr std::string_view kStopwords[] = {
    "a",       "all",       "also",       "an",    "and",   "any",  "are",
    "as",      "at",        "be",         "been",  "by",    "can",  "could",
    "defined", "described", "documented", "e.g.",  "eg",    "etc",  "for",
    "from",    "has",       "have",       "here",  "i.e.",  "ie",   "if",
    "in",      "is",        "it",         "its",   "may",   "must", "no",
    "not",     "of",        "on",         "only",  "or",    "per",  "please",
    "see",     "should",    "than",       "that",  "the",   "then", "there",
    "these",   "this",      "those",      "to",    "using", "via",  "was",
    "were",    "when",      "where",      "which", "will",  "with", "would"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A byte a key may hold (RFC 6763 §6.4 allows any printable ASCII but '=';
// separators and brackets are excluded here because the notes use them
// around keys, never inside).
bool IsKeyChar(char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '=':
    case ',':
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '<':
    case '>':
    case '"':
    case '\'':
      return false;
    default:
      return true;
  }
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  return FindPhrase(s, needle) != npos;
}

// Whether `t` (a run of key chars) reads as a key rather than as prose, a
// URL, a file name or a service type.
bool IsKeyToken(std::string_view t) {
  if (t.empty() || t.size() > 64) return false;
  bool letter = false;
  for (char c : t) letter = letter || IsUpper(c) || IsLower(c);
  if (!letter) return false;
  if (t.back() == '.' || t.back() == ':') return false;
  if (ContainsIgnoreCase(t, "://") || StartsWithIgnoreCase(t, "www.") ||
      ContainsIgnoreCase(t, "._tcp") || ContainsIgnoreCase(t, "._udp")) {
    return false;
  }
  for (std::string_view ext : {".html", ".htm", ".pdf"}) {
    if (EndsWithIgnoreCase(t, ext)) return false;
  }
  // "and", "And" and "AND" are prose; "A" alone is a key (wdp's "A").
  if (t.size() > 1 || IsLower(t[0])) {
    for (std::string_view w : kStopwords) {
      if (EqualsIgnoreCase(t, w)) return false;
    }
  }
  // "None" followed by keys contradicts itself (hg, mxs).
  return !EqualsIgnoreCase(t, "none");
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

size_t KeyRunEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsKeyChar(s[i])) ++i;
  return i;
}

// End of the bracketed or quoted group opening at s[i], or npos when it
// does not close on this line.
size_t SkipGroup(std::string_view s, size_t i) {
  const char open = s[i];
  if (open == '"' || open == '\'') {
    const size_t close = s.find(open, i + 1);
    return close == npos ? npos : close + 1;
  }
  const char close = open == '('   ? ')'
                     : open == '[' ? ']'
                     : open == '{' ? '}'
                                   : '>';
  int depth = 0;
  for (size_t j = i; j < s.size(); ++j) {
    if (s[j] == open) ++depth;
    if (s[j] == close && --depth == 0) return j + 1;
  }
  return npos;
}

bool IsOpener(char c) {
  return c == '(' || c == '[' || c == '{' || c == '<' || c == '"';
}

// Splits at ',' and ';' outside brackets; false when a bracket is left open.
bool SplitTopLevel(std::string_view s, std::vector<std::string_view>& out) {
  out.clear();
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    if (IsOpener(s[i])) {
      const size_t end = SkipGroup(s, i);
      if (end == npos) return false;
      i = end;
      continue;
    }
    if (s[i] == ',' || s[i] == ';') {
      out.push_back(StripAsciiWhitespace(s.substr(start, i - start)));
      start = i + 1;
    }
    ++i;
  }
  out.push_back(StripAsciiWhitespace(s.substr(start)));
  return true;
}

// Reads `key[=value] (remark)...` from s[i]; on success returns the end and
// sets `key`. `multiword` admits "Machine ID" style keys (comma lists only).
size_t ParseItemAt(std::string_view s, size_t i, bool multiword,
                   std::string_view& key, bool& has_value) {
  const size_t start = i;
  size_t end = KeyRunEnd(s, i);
  if (end == i || !IsKeyToken(s.substr(i, end - i))) return npos;
  // Further words of a multi-word key each start with a capital letter.
  for (int words = 1; multiword && words < 3; ++words) {
    if (end + 1 >= s.size() || s[end] != ' ' || !IsUpper(s[end + 1])) break;
    const size_t next = KeyRunEnd(s, end + 1);
    if (!IsKeyToken(s.substr(end + 1, next - end - 1))) break;
    end = next;
  }
  key = s.substr(start, end - start);
  i = end;
  has_value = false;
  if (i < s.size() && s[i] == '=') {
    has_value = true;
    ++i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != ',' && s[i] != ';') {
      if (IsOpener(s[i]) || s[i] == '\'') {
        const size_t g = SkipGroup(s, i);
        if (g == npos) return npos;
        i = g;
      } else {
        ++i;
      }
    }
  }
  // Remarks: "(string)", "[if not specified then ...]".
  while (true) {
    const size_t j = SkipSpaces(s, i);
    if (j < s.size() && (s[j] == '(' || s[j] == '[')) {
      const size_t g = SkipGroup(s, j);
      if (g == npos) return npos;
      i = g;
      continue;
    }
    break;
  }
  return i;
}

// Accepts what may follow the last item of a list: " - http://..." or ".".
bool OnlyTrailer(std::string_view rest) {
  rest = StripAsciiWhitespace(rest);
  if (rest.empty() || rest == ".") return true;
  if (rest.substr(0, 2) == "- ") rest = StripAsciiWhitespace(rest.substr(2));
  return (StartsWithIgnoreCase(rest, "http://") ||
          StartsWithIgnoreCase(rest, "https://")) &&
         rest.find(' ') == npos;
}

bool IsRemarkOnly(std::string_view piece) {
  return !piece.empty() && piece.front() == '(' &&
         SkipGroup(piece, 0) == piece.size();
}

// Rule 1: the whole line is a list of keys.
bool ParseListLine(std::string_view line, std::vector<std::string_view>& keys) {
  std::vector<std::string_view> pieces;
  if (!SplitTopLevel(line, pieces)) return false;
  std::vector<std::string_view> found;
  std::string_view key;
  bool has_value = false;
  if (pieces.size() > 1) {
    for (size_t p = 0; p < pieces.size(); ++p) {
      const std::string_view piece = pieces[p];
      if (piece.empty()) {
        if (p + 1 == pieces.size()) break;  // trailing separator
        return false;
      }
      if (IsRemarkOnly(piece)) continue;
      const size_t end = ParseItemAt(piece, 0, true, key, has_value);
      if (end == npos || !OnlyTrailer(piece.substr(end))) return false;
      found.push_back(key);
    }
  } else if (line.find('=') != npos) {
    // "u=<username> p=<password>": every item has a value.
    for (size_t i = 0; i < line.size();) {
      const size_t end = ParseItemAt(line, i, false, key, has_value);
      if (end == npos || !has_value) return false;
      found.push_back(key);
      i = SkipSpaces(line, end);
      if (i < line.size() && OnlyTrailer(line.substr(i))) break;
    }
  } else {
    // "txtvers uuid devicename": single-spaced lower-case words, or one key.
    for (size_t i = 0; i < line.size();) {
      if (!found.empty() && (!IsLower(line[i]) || !IsLower(found[0][0]))) {
        return false;
      }
      const size_t end = ParseItemAt(line, i, false, key, has_value);
      if (end == npos) return false;
      found.push_back(key);
      if (end < line.size() && OnlyTrailer(line.substr(end))) break;
      if (end + 1 < line.size() && IsSpace(line[end + 1])) return false;
      i = SkipSpaces(line, end);
    }
  }
  if (found.empty()) return false;
  keys.insert(keys.end(), found.begin(), found.end());
  return true;
}

enum class Lead { kNone, kEquals, kColon, kColumn };

// Rule 2: one key leads a line and its meaning follows:
// "cport= the port for ...", "td: Absolute pathname ...", "auth    plain".
Lead ParseLeadLine(std::string_view line, std::string_view& key) {
  const size_t end = KeyRunEnd(line, 0);
  if (end == 0 || !IsKeyToken(line.substr(0, end))) {
    // "td:" is a key run ending in ':'; retry without the colon.
    if (end > 1 && line[end - 1] == ':' &&
        IsKeyToken(line.substr(0, end - 1)) && end < line.size() &&
        IsSpace(line[end]) && SkipSpaces(line, end) < line.size()) {
      key = line.substr(0, end - 1);
      return Lead::kColon;
    }
    return Lead::kNone;
  }
  key = line.substr(0, end);
  if (end < line.size() && line[end] == '=') return Lead::kEquals;
  if (end + 1 < line.size() && IsSpace(line[end]) && IsSpace(line[end + 1]) &&
      SkipSpaces(line, end) < line.size()) {
    return Lead::kColumn;
  }
  return Lead::kNone;
}

std::string_view StripBullet(std::string_view line) {
  if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
    return StripAsciiWhitespace(line.substr(2));
  }
  // "a. ssid=...", "1. txtvers", "2) name"
  size_t i = 0;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i == 0 && line.size() > 1 && IsLower(line[0])) i = 1;
  if (i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') &&
      line[i + 1] == ' ') {
    return StripAsciiWhitespace(line.substr(i + 2));
  }
  return line;
}

bool SaysNone(std::string_view body) {
  for (std::string_view phrase :
       {"there is no TXT keys", "there are no TXT keys"}) {
    const size_t end = FindPhrase(body, phrase);
    if (end != npos && end <= phrase.size() + 8) return true;  // at the start
  }
  if (!StartsWithIgnoreCase(body, "none")) return false;
  const std::string_view rest = StripAsciiWhitespace(body.substr(4));
  return rest.empty() || rest.front() == '.' ||
         EqualsIgnoreCase(rest, "at present");
}

bool SaysUndisclosed(std::string_view body) {
  if (!body.empty() && body.back() == '.') body.remove_suffix(1);
  return EqualsIgnoreCase(body, "proprietary") || EqualsIgnoreCase(body, "tbd");
}

}  // namespace

TxtKeysNote ParseTxtKeysNote(std::string_view note, std::string_view service) {
  TxtKeysNote out;
  const size_t marker = FindPhrase(note, "Defined TXT keys");
  if (marker == npos) return out;
  size_t colon = SkipSpaces(note, marker);
  if (colon >= note.size() || note[colon] != ':') return out;
  out.body = StripAsciiWhitespace(note.substr(colon + 1));

  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= out.body.size();) {
    size_t nl = out.body.find('\n', start);
    if (nl == npos) nl = out.body.size();
    const std::string_view line =
        StripAsciiWhitespace(out.body.substr(start, nl - start));
    if (!line.empty()) lines.push_back(line);
    start = nl + 1;
  }
  if (lines.empty()) {
    out.kind = TxtKeysNote::Kind::kNone;
    return out;
  }
  if (SaysNone(lines[0])) {
    // "None" then a description is none; "None" then keys contradicts
    // itself (hg, mxs) and stays unparsed.
    std::vector<std::string_view> keys;
    std::string_view key;
    for (size_t i = 1; i < lines.size(); ++i) {
      const std::string_view line = StripBullet(lines[i]);
      if (ParseListLine(line, keys) ||
          ParseLeadLine(line, key) != Lead::kNone) {
        out.kind = TxtKeysNote::Kind::kUnparsed;
        return out;
      }
    }
    out.kind = TxtKeysNote::Kind::kNone;
    return out;
  }
  if (lines.size() == 1 && SaysUndisclosed(lines[0])) {
    out.kind = TxtKeysNote::Kind::kUndisclosed;
    return out;
  }

  out.kind = TxtKeysNote::Kind::kUnparsed;
  std::vector<std::string_view> keys;
  Lead style = Lead::kNone;  // how the first entry line was written
  bool list_continues = false;
  for (std::string_view raw : lines) {
    const std::string_view line = StripBullet(raw);
    if (ParseListLine(line, keys)) {
      if (style == Lead::kNone) style = Lead::kEquals;
      list_continues = line.back() == ',';
      continue;
    }
    std::string_view key;
    const Lead lead = ParseLeadLine(line, key);
    // Colon and column entries only when the list is written that way, so
    // that prose such as 'normally: "path=/pks/"' stays prose.
    const bool accept =
        lead == Lead::kEquals ||
        (lead != Lead::kNone && (keys.empty() || style == lead));
    if (accept) {
      if (keys.empty()) style = lead;
      keys.push_back(key);
      list_continues = false;
      continue;
    }
    // Prose before any key, or a comma list running into prose: unreadable.
    if (keys.empty() || list_continues) return out;
  }
  // A lone "key" that is the service's own name, or a service label.
  if (keys.size() == 1 && lines.size() == 1) {
    const std::string_view k = keys[0];
    if (EqualsIgnoreCase(k, service) || k.front() == '_' ||
        (StartsWithIgnoreCase(k, service) && k.size() > service.size() &&
         (k[service.size()] == '-' || k[service.size()] == '_'))) {
      return out;
    }
  }
  for (std::string_view k : keys) {
    bool seen = false;
    for (std::string_view have : out.keys)
      seen = seen || EqualsIgnoreCase(have, k);
    if (!seen) out.keys.push_back(k);
  }
  out.kind = TxtKeysNote::Kind::kKeys;
  return out;
}

}  // namespace svclint
