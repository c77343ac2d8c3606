#include "lint/parse/services_toml.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "lint/base/strings.h"
#include "lint/parse/config_value.h"
#include "lint/parse/parse_error.h"
#include "lint/parse/text_positions.h"
#include "lint/parse/toml_document.h"

namespace svclint {
namespace {

bool IsTomlBlank(char c) { return c == ' ' || c == '\t'; }

// Re-reads the TOML string token whose opening quote is at content[at],
// recording where each decoded byte comes from. Returns the offset of the
// closing quote(s) and sets `begin` to the first byte after the opening
// ones. toml++ has already validated the token, so this only has to be
// right for valid input; the caller compares with toml++'s text anyway.
size_t DecodeTomlString(std::string_view content, size_t at, size_t& begin,
                        ValueBuilder& b) {
  const std::string_view rest = content.substr(at);
  const char quote = rest.empty() ? '"' : rest[0];
  const bool multi = rest.size() >= 3 && rest[1] == quote && rest[2] == quote;
  const bool literal = quote == '\'';
  size_t i = at + (multi ? 3 : 1);
  if (multi) {  // a newline right after the opening quotes is dropped
    if (content.substr(i, 2) == "\r\n") {
      i += 2;
    } else if (content.substr(i, 1) == "\n") {
      i += 1;
    }
  }
  begin = i;
  std::string decoded;
  while (i < content.size()) {
    const char c = content[i];
    if (c == quote) {
      if (!multi) return i;
      if (content.substr(i, 3) == std::string(3, quote)) {
        // Up to two more quotes just before the closing ones are content.
        size_t extra = 0;
        while (extra < 2 && i + 3 + extra < content.size() &&
               content[i + 3 + extra] == quote) {
          ++extra;
        }
        for (size_t k = 0; k < extra; ++k) b.Append(quote, i + k);
        return i + extra;
      }
    }
    if (c == '\\' && !literal) {
      const char e = i + 1 < content.size() ? content[i + 1] : '\0';
      size_t used = 2;
      decoded.clear();
      switch (e) {
        case 'b':
          decoded.assign(1, '\b');
          break;
        case 't':
          decoded.assign(1, '\t');
          break;
        case 'n':
          decoded.assign(1, '\n');
          break;
        case 'f':
          decoded.assign(1, '\f');
          break;
        case 'r':
          decoded.assign(1, '\r');
          break;
        case 'e':
          decoded.assign(1, '\x1B');
          break;
        case '"':
          decoded.assign(1, '"');
          break;
        case '\\':
          decoded.assign(1, '\\');
          break;
        case 'x':
        case 'u':
        case 'U': {
          const size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          for (size_t k = 0; k < n && i + 2 + k < content.size(); ++k) {
            const char h = content[i + 2 + k];
            const int d = (h >= '0' && h <= '9')   ? h - '0'
                          : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                          : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                   : 0;
            cp = cp << 4 | static_cast<uint32_t>(d);
          }
          AppendUtf8(cp, decoded);
          used = 2 + n;
          break;
        }
        default: {
          // A line-ending backslash (multi-line only): skip the blanks and
          // newlines that follow.
          size_t k = i + 1;
          while (k < content.size() &&
                 (IsTomlBlank(content[k]) || content[k] == '\n' ||
                  content[k] == '\r')) {
            ++k;
          }
          used = k - i;
          break;
        }
      }
      b.Append(decoded, i);
      i += used;
      continue;
    }
    if (c == '\r' && multi && content.substr(i, 2) == "\r\n") {
      b.Append('\n', i);  // toml++ reads CR LF as LF
      i += 2;
      continue;
    }
    b.Append(c, i);
    ++i;
  }
  return content.size();
}

class TomlLoader {
 public:
  TomlLoader(std::string_view path, std::string_view content)
      : path_(path), content_(content), doc_(content) {}

  absl::StatusOr<ServiceConfigFile> Load();

 private:
  size_t Offset(const toml::source_position& p) const { return doc_.Offset(p); }
  SourceSpan Span(const toml::source_region& r) const { return doc_.Span(r); }
  // The bytes of the bare token (number, bool, date) at `at`.
  size_t TokenEnd(size_t at) const {
    size_t i = at;
    while (i < content_.size() && content_[i] != ',' && content_[i] != ']' &&
           content_[i] != '}' && content_[i] != '#' && content_[i] != '\n' &&
           content_[i] != '\r' && !IsTomlBlank(content_[i])) {
      ++i;
    }
    return i;
  }
  // The string's value; `token_end` gets the offset past its closing
  // quotes.
  ConfigValue StringValue(const toml::value<std::string>& node,
                          size_t* token_end = nullptr) const;
  // The span deleting item `i` of a list whose items are the string tokens
  // `tokens` ([begin, end) each), with its comma; nullopt when the cut
  // would not be clean (a comment or another item in the way).
  std::optional<SourceSpan> ItemCut(
      const std::vector<std::pair<size_t, size_t>>& tokens, size_t i) const;
  void WrongType(std::string_view field, std::string_view expected,
                 const TomlTypeError& error, ServiceConfigFile& file) const {
    file.issues.push_back({ConfigIssue::Kind::kWrongType, std::string(field),
                           std::string(expected), std::string(error.found),
                           error.span});
  }
  void LoadService(const toml::table& table, ServiceConfigFile& file) const;

  std::string_view path_;
  std::string_view content_;
  TomlDocument doc_;
  const TextPositions& positions_ = doc_.positions();
};

ConfigValue TomlLoader::StringValue(const toml::value<std::string>& node,
                                    size_t* token_end) const {
  const size_t at = Offset(node.source().begin);
  size_t begin = at;
  ValueBuilder b;
  const size_t end = DecodeTomlString(content_, at, begin, b);
  if (token_end != nullptr) {
    const bool triple =
        content_.substr(at, 3) == R"(""")" || content_.substr(at, 3) == "'''";
    *token_end = std::min(content_.size(), end + (triple ? 3 : 1));
  }
  if (b.text() != node.get()) {
    // Not what toml++ read: keep its text, pinned to the opening quote.
    ValueBuilder pinned;
    pinned.Append(node.get(), begin);
    return std::move(pinned).Build(content_, positions_, begin, end);
  }
  return std::move(b).Build(content_, positions_, begin, end);
}

std::optional<SourceSpan> TomlLoader::ItemCut(
    const std::vector<std::pair<size_t, size_t>>& tokens, size_t i) const {
  auto only = [&](size_t from, size_t to, std::string_view allowed,
                  size_t commas) {
    size_t seen = 0;
    for (size_t k = from; k < to; ++k) {
      if (content_[k] == ',') {
        ++seen;
      } else if (allowed.find(content_[k]) == std::string_view::npos) {
        return false;
      }
    }
    return seen == commas;
  };
  const auto [begin, end] = tokens[i];
  // Alone on its line (a list written one item per line): the whole line.
  size_t line_end = end;
  while (line_end < content_.size() &&
         (content_[line_end] == ' ' || content_[line_end] == '\t')) {
    ++line_end;
  }
  if (line_end < content_.size() && content_[line_end] == ',') ++line_end;
  const SourceSpan line = CutSpan(content_, positions_, begin, line_end);
  if (line.end_line > line.line) return line;
  // On a line with others: the item and the comma before (or after) it.
  if (i > 0 && only(tokens[i - 1].second, begin, " \t", 1)) {
    return positions_.Span(tokens[i - 1].second, end);
  }
  if (i + 1 < tokens.size() && only(end, tokens[i + 1].first, " \t", 1)) {
    return positions_.Span(begin, tokens[i + 1].first);
  }
  return std::nullopt;
}

void TomlLoader::LoadService(const toml::table& table,
                             ServiceConfigFile& file) const {
  ServiceConfig& service = file.services.emplace_back();
  {
    // The span of the `[[service]]` header (or the inline table).
    const size_t at = Offset(table.source().begin);
    size_t end = content_.find('\n', at);
    if (end == std::string_view::npos) end = content_.size();
    const size_t close = content_.substr(at, end - at).find("]]");
    if (close != std::string_view::npos) end = at + close + 2;
    service.span = positions_.Span(at, end);
  }
  for (auto&& [key, node] : table) {
    const std::string_view name = key.str();
    if (name == "instance" || name == "type") {
      const TomlTyped<std::string> s = doc_.Get<std::string>(node);
      if (!s) {
        WrongType(name, "a string", s.error, file);
        continue;
      }
      (name == "type" ? service.type : service.instance) = StringValue(*s);
    } else if (name == "port") {
      const TomlTyped<int64_t> n = doc_.Get<int64_t>(node);
      if (!n) {
        WrongType(name, "an integer", n.error, file);
        continue;
      }
      const size_t at = Offset(n->source().begin);
      service.port = VerbatimValue(content_, positions_, at, TokenEnd(at));
      service.port_number = n->get();
    } else if (name == "subtypes" || name == "txt") {
      const TomlTyped<toml::array> list = doc_.Get<toml::array>(node);
      if (!list) {
        WrongType(name, "an array of strings", list.error, file);
        continue;
      }
      ConfigTxtRecord record;
      record.span = Span(list->source());
      std::vector<std::pair<size_t, size_t>> tokens;
      for (const toml::node& item : *list) {
        const TomlTyped<std::string> s = doc_.Get<std::string>(item);
        if (!s) {
          WrongType(name, "a string", s.error, file);
          continue;
        }
        size_t token_end = 0;
        ConfigValue v = StringValue(*s, &token_end);
        tokens.emplace_back(Offset(s->source().begin), token_end);
        if (name == "txt") {
          record.strings.push_back(std::move(v));
        } else {
          // A full "_x._sub._ipp._tcp" is taken as written.
          const bool full = v.text.find("._sub.") != std::string::npos;
          service.subtypes.push_back({std::move(v), full});
        }
      }
      if (name == "txt") {
        // Deleting a string needs a clean cut; with a non-string item in
        // the list (RQ010), none is offered.
        for (size_t i = 0;
             record.strings.size() == list->size() && i < record.strings.size();
             ++i) {
          record.strings[i].element = ItemCut(tokens, i);
        }
        service.txt_records.push_back(std::move(record));
      }
    } else {
      static constexpr std::string_view kKeys[] = {"instance", "type",
                                                   "subtypes", "port", "txt"};
      file.issues.push_back(
          {ConfigIssue::Kind::kUnknownField, std::string(name), "[[service]]",
           "", Span(key.source()), std::string(ClosestWord(name, kKeys))});
    }
  }
  for (std::string_view required : {"instance", "type"}) {
    if (!table.contains(required)) {
      file.issues.push_back({ConfigIssue::Kind::kMissingField,
                             std::string(required), "", "", service.span});
    }
  }
}

absl::StatusOr<ServiceConfigFile> TomlLoader::Load() {
  if (std::optional<ParseError> error = doc_.Parse()) {
    return ParseErrorStatus(path_, *error);
  }
  const toml::table& root = doc_.root();
  ServiceConfigFile file;
  for (auto&& [key, node] : root) {
    if (key.str() != "service") {
      static constexpr std::string_view kTables[] = {"service"};
      file.issues.push_back({ConfigIssue::Kind::kUnknownField,
                             std::string(key.str()), "the top level", "",
                             Span(key.source()),
                             std::string(ClosestWord(key.str(), kTables))});
      continue;
    }
    const TomlTyped<toml::array> services = doc_.Get<toml::array>(node);
    if (!services) {
      WrongType("service", "[[service]] tables", services.error, file);
      continue;
    }
    for (const toml::node& item : *services) {
      if (const TomlTyped<toml::table> table = doc_.Get<toml::table>(item)) {
        LoadService(*table, file);
      } else {
        WrongType("service", "a table", table.error, file);
      }
    }
  }
  return file;
}

}  // namespace

absl::StatusOr<ServiceConfigFile> ParseServicesToml(std::string_view path,
                                                    std::string_view content) {
  return TomlLoader(path, content).Load();
}

}  // namespace svclint
