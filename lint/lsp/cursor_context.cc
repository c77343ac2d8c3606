#include "lint/lsp/cursor_context.h"

#include "lint/base/strings.h"
#include "lint/lsp/hover.h"

namespace svclint::lsp {
namespace {

constexpr size_t npos = std::string_view::npos;
constexpr std::string_view kProtocols[] = {"._tcp", "._udp"};

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool IsTypeDelimiter(char c) {
  return c == '"' || c == '>' || c == '<' || c == '=' || c == '\n' ||
         c == ' ' || c == '\t' || c == '\'' || c == '[' || c == ',';
}

// The service type ("_http._tcp") whose protocol label starts at `at`
// ("._tcp"), without the subtype labels a "_x._sub._http._tcp" has.
std::string_view TypeWordAt(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin > 0 && !IsTypeDelimiter(text[begin - 1]) &&
         text[begin - 1] != '.') {
    --begin;
  }
  return text.substr(begin, at + 5 - begin);
}

// Where the last (or first) protocol label before (after) `offset` starts.
size_t ProtocolLabel(std::string_view text, size_t offset, bool before) {
  size_t best = npos;
  for (std::string_view proto : kProtocols) {
    const size_t found =
        before ? text.substr(0, offset).rfind(proto) : text.find(proto, offset);
    if (found == npos) continue;
    if (best == npos || (before ? found > best : found < best)) best = found;
  }
  return best;
}

}  // namespace

EditedKind EditedKindOf(std::string_view path) {
  if (EndsWithIgnoreCase(path, ".service")) return EditedKind::kAvahi;
  if (EndsWithIgnoreCase(path, ".dnssd")) return EditedKind::kDnssd;
  if (EndsWithIgnoreCase(path, ".toml")) return EditedKind::kToml;
  return EditedKind::kOther;
}

std::optional<std::string_view> ServiceTypeAround(std::string_view text,
                                                  size_t offset) {
  offset = std::min(offset, text.size());
  for (bool before : {true, false}) {
    const size_t at = ProtocolLabel(text, offset, before);
    if (at == npos) continue;
    const std::string_view word = TypeWordAt(text, at);
    if (ServiceNameOf(word)) return word;
  }
  return std::nullopt;
}

std::optional<std::string_view> ServiceAround(std::string_view text,
                                              size_t offset) {
  const std::optional<std::string_view> type = ServiceTypeAround(text, offset);
  return type ? ServiceNameOf(*type) : std::nullopt;
}

TypedValue SplitTypedValue(std::string_view line_before) {
  size_t start = line_before.size();
  while (start > 0 && line_before[start - 1] != '"' &&
         line_before[start - 1] != '=' && line_before[start - 1] != '>' &&
         line_before[start - 1] != ' ') {
    --start;
  }
  TypedValue out{.lead = StripAsciiWhitespace(line_before.substr(0, start)),
                 .typed = line_before.substr(start)};
  if (start > 0 && line_before[start - 1] == '"') {
    // An opening quote: an even number of quotes before it.
    size_t quotes = 0;
    for (char c : line_before.substr(0, start - 1)) quotes += c == '"';
    out.after_quote = quotes % 2 == 0;
  }
  return out;
}

bool InTomlArrayString(std::string_view line_before, std::string_view key) {
  const std::string_view line = StripAsciiWhitespace(line_before);
  if (!line.starts_with(key)) return false;
  std::string_view rest = StripAsciiWhitespace(line.substr(key.size()));
  if (!rest.starts_with('=')) return false;
  rest = StripAsciiWhitespace(rest.substr(1));
  return rest.starts_with('[') && SplitTypedValue(line_before).after_quote;
}

}  // namespace svclint::lsp
