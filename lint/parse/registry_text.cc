#include "lint/parse/registry_text.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/model/transport.h"
#include "lint/parse/parse_error.h"

namespace svclint {
namespace {

constexpr size_t npos = std::string_view::npos;

struct Line {
  std::string_view text;  // without the line break
  uint32_t number = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// "5432" or "225-241".
bool IsPortLike(std::string_view t) {
  const size_t dash = t.find('-');
  auto digits = [](std::string_view d) {
    if (d.empty() || d.size() > 5) return false;
    for (char c : d) {
      if (!IsDigit(c)) return false;
    }
    return true;
  };
  return dash == npos ? digits(t)
                      : digits(t.substr(0, dash)) && digits(t.substr(dash + 1));
}

bool IsProtocol(std::string_view t) { return ParseTransport(t).has_value(); }

// Registry names, historic ones included: "whois++", "914c/g", "z39.50".
bool IsNameLike(std::string_view t) {
  if (t.empty() || t.size() > 63 || t.back() == ':') return false;
  bool letter = false;
  for (char c : t) {
    letter = letter || IsAlpha(c);
    if (!IsAlpha(c) && !IsDigit(c) && c != '-' && c != '_' && c != '+' &&
        c != '*' && c != '.' && c != '/') {
      return false;
    }
  }
  return letter;
}

// "2015-10-08" or "2006-09".
bool IsDate(std::string_view t) {
  if (t.size() != 7 && t.size() != 10) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    if ((i == 4 || i == 7) ? t[i] != '-' : !IsDigit(t[i])) return false;
  }
  return true;
}

// "[Tom_Lane]", "[RFC7858][RFC8094]".
bool IsBrackets(std::string_view t) {
  while (!t.empty()) {
    const size_t close = t.find(']');
    if (t.front() != '[' || close == npos || close == 1) return false;
    t.remove_prefix(close + 1);
  }
  return true;
}

// A bracketed reference rather than a person: [RFC6335], [1], [draft-...],
// [https://...], [n/a].
bool IsReference(std::string_view bracketed) {
  const std::string_view in = bracketed.substr(1, bracketed.find(']') - 1);
  return StartsWithIgnoreCase(in, "RFC") || StartsWithIgnoreCase(in, "draft") ||
         in.find("://") != npos || in == "n/a" ||
         (!in.empty() && IsDigit(in[0]) && in.size() <= 3);
}

// Phrases that begin an assignment note, not a description.
bool StartsNote(std::string_view s) {
  for (std::string_view p :
       {"This entry is an alias", "This is a duplicate", "Defined TXT keys",
        "This is an extension", "Historically,", "De-assigned",
        "Known Unauthorized Use", "Unauthorized Use Known"}) {
    if (StartsWithIgnoreCase(s, p)) return true;
  }
  return false;
}

bool IsUnauthorized(std::string_view s) {
  return StartsWithIgnoreCase(s, "Known Unauthorized Use") ||
         StartsWithIgnoreCase(s, "Unauthorized Use Known");
}

// First whitespace-separated token of `s` at or after `pos`.
std::string_view TokenAt(std::string_view s, size_t& pos) {
  while (pos < s.size() &&
         (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n')) {
    ++pos;
  }
  const size_t start = pos;
  while (pos < s.size() && s[pos] != ' ' && s[pos] != '\t' && s[pos] != '\n') {
    ++pos;
  }
  return s.substr(start, pos - start);
}

// Fills a record from its values in column order, empty columns dropped.
class RecordFiller {
 public:
  RecordFiller(SourceRecord& r, StringArena& arena) : r_(r), arena_(arena) {}

  void Add(std::string_view cell) {
    cell = StripAsciiWhitespace(cell);
    if (cell.empty()) return;
    if (notes_started_) return AppendNote(cell);
    if (IsBrackets(cell)) {
      if (IsReference(cell)) {
        r_.reference = Concat(r_.reference, "", cell);
      } else if (r_.assignee.empty() && r_.reference.empty()) {
        r_.assignee = Ids(cell);
      } else if (r_.contact.empty() && r_.reference.empty()) {
        r_.contact = Ids(cell);
      } else {
        r_.reference = Concat(r_.reference, "", cell);
      }
    } else if (IsDate(cell) && r_.modification_date.empty()) {
      (r_.registration_date.empty() ? r_.registration_date
                                    : r_.modification_date) = cell;
    } else if (!seen_description_ && !StartsNote(cell)) {
      seen_description_ = true;
      // "Unassigned Unauthorized Use Known on port 796" (plain layout).
      for (std::string_view word : {"Unassigned", "Reserved"}) {
        if (StartsWithIgnoreCase(cell, word) && cell.size() > word.size() &&
            cell[word.size()] == ' ') {
          r_.description = cell.substr(0, word.size());
          return Add(cell.substr(word.size()));
        }
      }
      r_.description = cell;
    } else if (r_.protocol == "dccp" && IsPortLike(cell) &&
               cell.find('-') == npos && r_.service_code.empty()) {
      r_.service_code = cell;
    } else if (IsUnauthorized(cell) && r_.unauthorized.empty()) {
      r_.unauthorized = cell;
    } else {
      AppendNote(cell);
    }
    seen_description_ = true;
  }

  // The plain layout: a description, then bracket and date tokens, then
  // the notes, whole.
  void AddPlainTail(std::string_view tail) {
    size_t pos = 0;
    size_t run = npos;  // start of the text run being read
    bool structured_seen = false;
    auto rest_as_notes = [&](size_t at) {
      const std::string_view rest = StripAsciiWhitespace(tail.substr(at));
      if (IsUnauthorized(rest) && r_.unauthorized.empty()) {
        r_.unauthorized = rest;
      } else {
        AppendNote(rest);
      }
    };
    while (true) {
      const std::string_view t = TokenAt(tail, pos);
      if (t.empty()) break;
      const size_t at = static_cast<size_t>(t.data() - tail.data());
      if (IsBrackets(t) || IsDate(t)) {
        if (run != npos) Add(tail.substr(run, at - run));
        run = npos;
        Add(t);
        structured_seen = true;
        continue;
      }
      if (run == npos && structured_seen) return rest_as_notes(at);
      if (StartsNote(tail.substr(at))) {
        // "VueProRenderCow Defined TXT keys: None"
        if (run != npos) Add(tail.substr(run, at - run));
        return rest_as_notes(at);
      }
      if (run == npos) run = at;
    }
    if (run != npos) Add(tail.substr(run));
  }

 private:
  void AppendNote(std::string_view cell) {
    notes_started_ = true;
    r_.note = Concat(r_.note, r_.note.empty() ? "" : " ", cell);
  }
  std::string_view Concat(std::string_view a, std::string_view sep,
                          std::string_view b) {
    if (a.empty()) return b;
    return arena_.Save(absl::StrCat(AsAbsl(a), AsAbsl(sep), AsAbsl(b)));
  }
  std::string_view Ids(std::string_view bracketed) {
    std::string out;
    for (std::string_view t = bracketed; !t.empty();) {
      const size_t close = t.find(']');
      if (!out.empty()) out.append(", ");
      out.append(t.substr(1, close - 1));
      t.remove_prefix(close + 1);
    }
    return arena_.Save(out);
  }

  SourceRecord& r_;
  StringArena& arena_;
  bool seen_description_ = false;
  bool notes_started_ = false;
};

// Splits "| a | b |" (or "a | b |") into trimmed, non-empty cells.
std::vector<std::string_view> Cells(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (start <= line.size()) {
    size_t bar = line.find('|', start);
    if (bar == npos) bar = line.size();
    const std::string_view cell =
        StripAsciiWhitespace(line.substr(start, bar - start));
    if (!cell.empty()) cells.push_back(cell);
    start = bar + 1;
  }
  return cells;
}

// Name, number and protocol lead a record in both layouts.
size_t FillLead(const std::vector<std::string_view>& values, SourceRecord& r) {
  size_t i = 0;
  if (i < values.size() && !IsPortLike(values[i]) && IsNameLike(values[i]) &&
      !IsProtocol(values[i])) {
    r.name = values[i++];
  }
  if (i < values.size() && IsPortLike(values[i])) r.number = values[i++];
  if (i < values.size() && IsProtocol(values[i])) r.protocol = values[i++];
  return i;
}

// The column header, not the page title ("Service Name and Transport
// Protocol Port Number Registry").
bool IsHeader(std::string_view line) {
  const size_t name = line.find("Service Name");
  const size_t port = line.find("Port Number");
  const size_t protocol = line.find("Transport Protocol");
  return name != npos && port != npos && protocol != npos && name < port &&
         port < protocol && line.find("Description") != npos;
}

// A plain-layout line that opens a record.
bool StartsPlainRecord(std::string_view line, bool after_blank) {
  size_t pos = 0;
  const std::string_view t0 = TokenAt(line, pos);
  const std::string_view t1 = TokenAt(line, pos);
  if (IsPortLike(t0)) return true;
  if (!IsNameLike(t0)) return false;
  if (IsPortLike(t1) || IsProtocol(t1)) return true;
  return !after_blank;  // a name-only record, unless a paragraph goes on
}

std::optional<SourcePerson> ParsePerson(std::string_view line, bool table) {
  SourcePerson p;
  std::vector<std::string_view> values;
  if (table) {
    values = Cells(line);
  } else {
    size_t pos = 0;
    for (std::string_view t = TokenAt(line, pos); !t.empty();
         t = TokenAt(line, pos)) {
      values.push_back(t);
    }
  }
  if (values.empty() || !IsBrackets(values[0])) return std::nullopt;
  p.id = values[0].substr(1, values[0].size() - 2);
  std::vector<std::string_view> words;
  for (size_t i = 1; i < values.size(); ++i) {
    const std::string_view v = values[i];
    if (v.find("mailto:") != npos || v.find("://") != npos) {
      p.uri = v;
    } else if (IsDate(v) && !p.uri.empty()) {
      p.updated = v;
    } else if (p.uri.empty()) {
      words.push_back(v);
    }
  }
  if (words.empty()) return p;
  if (table) {
    p.name = words[0];
    if (words.size() > 1) p.org = words[1];
    return p;
  }
  // The plain layout runs name and organisation together; the id is the
  // name with underscores ("Gordon_C_Galligher" <- "Gordon C. Galligher").
  std::string id_key, key;
  for (char c : p.id) {
    if (IsAlpha(c) || IsDigit(c)) id_key.push_back(AsciiToLower(c));
  }
  size_t name_words = words.size();
  for (size_t k = 1; k <= words.size(); ++k) {
    for (char c : words[k - 1]) {
      if (IsAlpha(c) || IsDigit(c)) key.push_back(AsciiToLower(c));
    }
    if (id_key.rfind(key, 0) != 0) break;
    name_words = k;
  }
  const char* begin = words[0].data();
  const std::string_view last = words[name_words - 1];
  p.name = std::string_view(begin, last.data() + last.size() - begin);
  if (name_words < words.size()) {
    const std::string_view end = words.back();
    const char* org = words[name_words].data();
    p.org = std::string_view(org, end.data() + end.size() - org);
  }
  return p;
}

}  // namespace

bool LooksLikeRegistryText(std::string_view content) {
  size_t start = 0;
  for (int n = 0; n < 400 && start < content.size(); ++n) {
    size_t nl = content.find('\n', start);
    if (nl == npos) nl = content.size();
    if (IsHeader(content.substr(start, nl - start))) return true;
    start = nl + 1;
  }
  return false;
}

absl::StatusOr<RegistrySource> ParseRegistryText(SourceText text,
                                                 std::string_view path) {
  RegistrySource src;
  src.path = std::string(path);
  src.text = std::move(text);
  const std::string_view content = src.text.view();
  std::vector<Line> lines;
  for (size_t start = 0, n = 1; start < content.size(); ++n) {
    size_t nl = content.find('\n', start);
    if (nl == npos) nl = content.size();
    std::string_view l = content.substr(start, nl - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back({l, static_cast<uint32_t>(n)});
    start = nl + 1;
  }
  auto strip_dash = [](std::string_view l) {
    l = StripAsciiWhitespace(l);
    if (l.substr(0, 2) == "- ") l = StripAsciiWhitespace(l.substr(2));
    return l;
  };
  size_t i = 0;
  for (; i < lines.size() && !IsHeader(lines[i].text); ++i) {
    if (strip_dash(lines[i].text) == "Last Updated" && i + 1 < lines.size() &&
        IsDate(strip_dash(lines[i + 1].text))) {
      src.updated = strip_dash(lines[i + 1].text);
    }
  }
  if (i == lines.size()) {
    return ParseErrorStatus(path, {PointSpan({1, 1}),
                                   "no 'Service Name Port Number Transport "
                                   "Protocol ...' header line: not an IANA "
                                   "registry text"});
  }
  const bool table = lines[i].text.find('|') != npos;
  ++i;
  if (table && i < lines.size() && lines[i].text.find("---") != npos) ++i;

  // Group lines into records: each record is its lines' text, joined.
  std::vector<std::pair<uint32_t, std::vector<std::string_view>>> groups;
  bool after_blank = false;
  for (; i < lines.size(); ++i) {
    const std::string_view l = StripAsciiWhitespace(lines[i].text);
    if (l == "Contact Information") break;
    if (l.empty()) {
      after_blank = true;
      continue;
    }
    const bool starts = table ? l.front() != '[' && l.find('|') != npos
                              : StartsPlainRecord(l, after_blank);
    if (starts) {
      groups.push_back({lines[i].number, {lines[i].text}});
    } else if (!groups.empty()) {
      groups.back().second.push_back(l);
    }
    after_blank = false;
  }
  src.records.reserve(groups.size());
  for (const auto& [number, parts] : groups) {
    SourceRecord& r = src.records.emplace_back();
    r.line = number;
    RecordFiller filler(r, src.arena);
    if (table) {
      std::vector<std::string_view> values;
      for (std::string_view part : parts) {
        for (std::string_view c : Cells(part)) values.push_back(c);
      }
      for (size_t v = FillLead(values, r); v < values.size(); ++v) {
        filler.Add(values[v]);
      }
    } else {
      const std::string_view first = parts[0];
      size_t pos = 0;
      std::vector<std::string_view> lead;
      for (int k = 0; k < 3; ++k) lead.push_back(TokenAt(first, pos));
      const size_t used = FillLead(lead, r);
      pos = 0;
      for (size_t k = 0; k < used; ++k) TokenAt(first, pos);
      std::string tail(first.substr(pos));
      for (size_t p = 1; p < parts.size(); ++p)
        absl::StrAppend(&tail, "\n", AsAbsl(parts[p]));
      filler.AddPlainTail(src.arena.Save(tail));
    }
    if (!r.name.empty()) {
      r.name_line = r.line;
      r.name_column =
          static_cast<uint32_t>(r.name.data() - parts[0].data() + 1);
    }
  }
  // People: "[Tom_Lane] Tom Lane mailto:tgl&sss.pgh.pa.us 2010-01-01".
  for (; i < lines.size(); ++i) {
    const std::string_view l = StripAsciiWhitespace(lines[i].text);
    if (std::optional<SourcePerson> p = ParsePerson(l, table)) {
      src.people.push_back(*p);
    }
  }
  return src;
}

}  // namespace svclint
