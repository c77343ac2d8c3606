#include "lint/lsp/txt_key_at.h"

#include <algorithm>

#include "lint/base/strings.h"
#include "lint/lsp/cursor_context.h"

namespace svclint::lsp {
namespace {

constexpr size_t npos = std::string_view::npos;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The string [begin, end) of `line`, if the cursor (`at`) is on its key.
std::optional<TxtKeyUnderCursor> OnKey(std::string_view line, size_t begin,
                                       size_t end, size_t at) {
  const std::string_view string = line.substr(begin, end - begin);
  const size_t equals = string.find('=');
  TxtKeyUnderCursor out{.string = string,
                        .key = string.substr(0, equals),
                        .value = {},
                        .has_value = equals != npos};
  if (out.has_value) out.value = string.substr(equals + 1);
  // On the key, or on the '=' of a string with no key (RFC 6763 §6.4).
  const size_t key_end = begin + std::max<size_t>(out.key.size(), 1);
  if (at < begin || at >= key_end || at > end) return std::nullopt;
  return out;
}

// <txt-record ...>string</txt-record> around `at` on `line`.
std::optional<TxtKeyUnderCursor> AvahiTxt(std::string_view line, size_t at) {
  const size_t open = line.substr(0, at).rfind("<txt-record");
  if (open == npos) return std::nullopt;
  const size_t gt = line.find('>', open);
  if (gt == npos || gt >= at) return std::nullopt;
  size_t end = line.find('<', gt + 1);
  if (end == npos) end = line.size();
  return OnKey(line, gt + 1, end, at);
}

// TxtText=/TxtData= words: blank-separated, each optionally quoted ("..."
// or '...', as systemd's extract_first_word reads them).
std::optional<TxtKeyUnderCursor> DnssdTxt(std::string_view line, size_t at) {
  size_t i = 0;
  while (i < line.size() && IsBlank(line[i])) ++i;
  const std::string_view rest = line.substr(i);
  if (!rest.starts_with("TxtText=") && !rest.starts_with("TxtData=")) {
    return std::nullopt;
  }
  i += 8;
  while (i < line.size()) {
    while (i < line.size() && IsBlank(line[i])) ++i;
    if (i >= line.size()) break;
    size_t begin = i, end;
    if (line[i] == '"' || line[i] == '\'') {
      const size_t close = line.find(line[i], i + 1);
      begin = i + 1;
      end = close == npos ? line.size() : close;
      i = close == npos ? line.size() : close + 1;
    } else {
      end = i;
      while (end < line.size() && !IsBlank(line[end])) ++end;
      i = end;
    }
    if (at >= begin && at <= end) {
      std::optional<TxtKeyUnderCursor> key = OnKey(line, begin, end, at);
      if (key) key->quotes_removed = true;
      return key;
    }
  }
  return std::nullopt;
}

// Whether `offset` is inside a TOML `txt = [` array opened before it.
bool InTomlTxtArray(std::string_view text, size_t offset) {
  const std::string_view before = text.substr(0, offset);
  for (size_t at = before.rfind("txt"); at != npos;
       at = at == 0 ? npos : before.rfind("txt", at - 1)) {
    size_t lead = at;  // "txt" must start its line
    while (lead > 0 && IsBlank(before[lead - 1])) --lead;
    if (lead > 0 && before[lead - 1] != '\n') continue;
    std::string_view after = StripAsciiWhitespace(before.substr(at + 3));
    if (!after.starts_with('=')) return false;
    after = StripAsciiWhitespace(after.substr(1));
    if (!after.starts_with('[')) return false;
    // Closed before the cursor? (A ']' inside a string is rare in keys.)
    return after.find(']') == npos;
  }
  return false;
}

// The "..." string around `at` on `line` (basic TOML strings; '\"' kept).
std::optional<TxtKeyUnderCursor> TomlTxt(std::string_view line, size_t at) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#') return std::nullopt;  // a comment
    if (line[i] != '"' && line[i] != '\'') continue;
    const char quote = line[i];
    size_t end = i + 1;
    while (end < line.size() && line[end] != quote) {
      end += quote == '"' && line[end] == '\\' ? 2 : 1;
    }
    end = std::min(end, line.size());
    if (at > i && at <= end) return OnKey(line, i + 1, end, at);
    i = end;
  }
  return std::nullopt;
}

}  // namespace

std::optional<TxtKeyUnderCursor> TxtKeyAt(std::string_view path,
                                          std::string_view text,
                                          size_t offset) {
  if (offset > text.size()) return std::nullopt;
  const size_t newline = text.substr(0, offset).rfind('\n');
  const size_t line_begin = newline == npos ? 0 : newline + 1;
  size_t line_end = text.find('\n', offset);
  if (line_end == npos) line_end = text.size();
  const std::string_view line = text.substr(line_begin, line_end - line_begin);
  const size_t at = offset - line_begin;
  switch (EditedKindOf(path)) {
    case EditedKind::kAvahi:
      return AvahiTxt(line, at);
    case EditedKind::kDnssd:
      return DnssdTxt(line, at);
    case EditedKind::kToml:
      if (!InTomlTxtArray(text, line_begin + std::min(at, line.size()))) {
        return std::nullopt;
      }
      return TomlTxt(line, at);
    case EditedKind::kOther:
      break;
  }
  return std::nullopt;
}

}  // namespace svclint::lsp
