#include "lint/parse/request_toml.h"

#include <toml++/toml.h>

#include <algorithm>
#include <exception>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/text_positions.h"
#include "lint/parse/toml_depth_guard.h"

namespace svclint {
namespace {

// Turns toml++'s positions (1-based lines, columns in code points, a BOM
// not counted) into byte columns of `content`.
class ColumnMap {
 public:
  explicit ColumnMap(std::string_view content) : content_(content) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < content.size(); ++i) {
      if (content[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (content.substr(0, 3) == "\xEF\xBB\xBF") bom_ = 3;
  }

  // The byte column of toml++'s (line, code-point column). Columns past
  // the end of the line (toml++ points there at a newline or end of file)
  // count one byte each. Columns are mostly asked for in file order, so
  // the walk resumes from the last one on the same line: linear, not
  // quadratic, in a line's length (a 32,768-item list on one line took a
  // minute).
  uint32_t ByteColumn(uint32_t line, uint32_t column) const {
    if (line == 0 || line > line_starts_.size()) return column;
    const size_t begin = line_starts_[line - 1];
    const size_t end =
        line < line_starts_.size() ? line_starts_[line] - 1 : content_.size();
    size_t at = begin + (line == 1 ? bom_ : 0);
    uint32_t c = 1;
    if (line == cursor_line_ && column >= cursor_column_) {
      at = cursor_at_;
      c = cursor_column_;
    }
    for (; c < column; ++c) {
      ++at;
      // A code point starts at every byte that is not a UTF-8 continuation
      // byte (10xxxxxx).
      while (at < end &&
             (static_cast<unsigned char>(content_[at]) & 0xC0) == 0x80) {
        ++at;
      }
    }
    cursor_line_ = line;
    cursor_column_ = column;
    cursor_at_ = at;
    return static_cast<uint32_t>(at - begin + 1);
  }

  SourceSpan Span(const toml::source_region& region) const {
    if (region.begin.line == 0) return SourceSpan{};
    SourceSpan span;
    span.line = region.begin.line;
    span.column = ByteColumn(region.begin.line, region.begin.column);
    span.end_line = region.end.line != 0 ? region.end.line : span.line;
    span.end_column = region.end.line != 0
                          ? ByteColumn(region.end.line, region.end.column)
                          : span.column + 1;
    return span;
  }

  // The byte at (line, byte column), or '\0' outside the text.
  char At(uint32_t line, uint32_t byte_column) const {
    if (line == 0 || line > line_starts_.size() || byte_column == 0) {
      return '\0';
    }
    const size_t offset = line_starts_[line - 1] + byte_column - 1;
    return offset < content_.size() ? content_[offset] : '\0';
  }

  // The text of `span` when it lies on one line; empty otherwise.
  std::string_view Text(const SourceSpan& span) const {
    if (span.line != span.end_line || span.line == 0 ||
        span.line > line_starts_.size() || span.end_column < span.column) {
      return {};
    }
    const size_t begin = line_starts_[span.line - 1] + span.column - 1;
    if (begin > content_.size()) return {};
    return content_.substr(begin, span.end_column - span.column);
  }

 private:
  std::string_view content_;
  std::vector<size_t> line_starts_;
  size_t bom_ = 0;
  // Where ByteColumn() last stopped: (line, code-point column) -> offset.
  mutable uint32_t cursor_line_ = 0;
  mutable uint32_t cursor_column_ = 1;
  mutable size_t cursor_at_ = 0;
};

class Converter {
 public:
  explicit Converter(const ColumnMap& map) : map_(map) {}

  RequestValue Value(const toml::node& node) const {
    RequestValue value;
    value.span = map_.Span(node.source());
    switch (node.type()) {
      case toml::node_type::string:
        value.kind = ValueKind::kString;
        value.text = node.as_string()->get();
        PlaceText(value);
        break;
      case toml::node_type::integer:
        value.kind = ValueKind::kInteger;
        value.integer = node.as_integer()->get();
        break;
      case toml::node_type::floating_point:
        value.kind = ValueKind::kFloat;
        break;
      case toml::node_type::boolean:
        value.kind = ValueKind::kBoolean;
        value.boolean = node.as_boolean()->get();
        break;
      case toml::node_type::date:
      case toml::node_type::time:
      case toml::node_type::date_time:
        value.kind = ValueKind::kDateTime;
        break;
      case toml::node_type::array:
        value.kind = ValueKind::kArray;
        for (const toml::node& item : *node.as_array()) {
          value.items.push_back(Value(item));
        }
        break;
      case toml::node_type::table:
        value.kind = ValueKind::kTable;
        value.entries = Entries(*node.as_table());
        break;
      case toml::node_type::none:
        break;
    }
    return value;
  }

  // A table's entries in file order (toml::table iterates by key).
  std::vector<RequestField> Entries(const toml::table& table) const {
    std::vector<RequestField> fields;
    fields.reserve(table.size());
    // Visit them in file order already, so ColumnMap's walk only moves
    // forward along a line (an inline table of 65,536 keys).
    std::vector<std::pair<const toml::key*, const toml::node*>> items;
    items.reserve(table.size());
    for (const auto& [key, node] : table) items.emplace_back(&key, &node);
    std::stable_sort(
        items.begin(), items.end(), [](const auto& a, const auto& b) {
          const toml::source_position& pa = a.first->source().begin;
          const toml::source_position& pb = b.first->source().begin;
          return std::tie(pa.line, pa.column) < std::tie(pb.line, pb.column);
        });
    for (const auto& [key_ptr, node_ptr] : items) {
      const toml::key& key = *key_ptr;
      const toml::node& node = *node_ptr;
      RequestField field;
      field.key = std::string(key.str());
      field.key_span = map_.Span(key.source());
      field.key_at = {field.key_span.line, field.key_span.column};
      const char first = map_.At(field.key_span.line, field.key_span.column);
      if (first == '"' || first == '\'') ++field.key_at.column;
      field.value = Value(node);
      fields.push_back(std::move(field));
    }
    std::sort(fields.begin(), fields.end(),
              [](const RequestField& a, const RequestField& b) {
                return std::tie(a.key_span.line, a.key_span.column) <
                       std::tie(b.key_span.line, b.key_span.column);
              });
    return fields;
  }

 private:
  // Finds where the string's text starts inside its quotes, and whether
  // offsets into the decoded text are offsets into the file.
  void PlaceText(RequestValue& value) const {
    const SourceSpan& span = value.span;
    value.text_at = {span.line, span.column};
    const std::string_view raw = map_.Text(span);
    if (raw.size() >= 6 &&
        (raw.substr(0, 3) == "\"\"\"" || raw.substr(0, 3) == "'''")) {
      value.text_at.column += 3;
      value.text_exact = false;  // multi-line: a leading newline is dropped
      return;
    }
    if (raw.empty()) {
      value.text_exact = false;  // spans lines: multi-line string
      return;
    }
    if (raw.front() == '"' || raw.front() == '\'') ++value.text_at.column;
    // A basic string with escapes decodes to other bytes than it shows.
    value.text_exact =
        raw.front() == '\'' || raw.find('\\') == std::string_view::npos;
  }

  const ColumnMap& map_;
};

Request ToRequest(const RequestField& table, SourceSpan header) {
  Request request;
  request.header = header;
  struct Slot {
    std::string_view key;
    std::optional<RequestField> Request::*member;
  };
  static constexpr Slot kSlots[] = {
      {"service", &Request::service},
      {"transports", &Request::transports},
      {"port", &Request::port},
      {"ports", &Request::ports},
      {"port_rationale", &Request::port_rationale},
      {"description", &Request::description},
      {"reference", &Request::reference},
      {"casting", &Request::casting},
      {"dnssd", &Request::dnssd},
      {"service_code", &Request::service_code},
      {"assignee", &Request::assignee},
      {"contact", &Request::contact},
      {"txt_keys", &Request::txt_keys},
      {"notes", &Request::notes},
  };
  for (const RequestField& field : table.value.entries) {
    bool known = false;
    for (const Slot& slot : kSlots) {
      if (field.key == slot.key) {
        request.*slot.member = field;
        known = true;
        break;
      }
    }
    if (!known) request.unknown.push_back(field);
  }
  return request;
}

}  // namespace

absl::StatusOr<RequestFile> ParseRequestToml(std::string_view path,
                                             std::string_view content) {
  if (const std::optional<size_t> at = FindTooDeepTomlKey(content)) {
    const Anchor where = TextPositions(content).At(*at);
    return absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(path), ":", where.line, ":", where.column, ": ",
                     AsAbsl(kTooDeepTomlKey)));
  }
  const ColumnMap map(content);
  toml::table root;
  try {
    root = toml::parse(content, path);
  } catch (const toml::parse_error& e) {
    const toml::source_region& where = e.source();
    const uint32_t line = where.begin.line == 0 ? 1 : where.begin.line;
    const uint32_t column =
        where.begin.line == 0 ? 1 : map.ByteColumn(line, where.begin.column);
    return absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(path), ":", line, ":", column, ": ",
                     AsAbsl(std::string_view(e.description()))));
  } catch (const std::exception& e) {
    // toml++ documents only parse_error; anything else is still a file we
    // could not read, never a crash.
    return absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(path), ":1:1: ", e.what()));
  }

  const Converter convert(map);
  RequestFile file;
  for (RequestField& field : convert.Entries(root)) {
    if (field.key != "request") {
      file.unknown.push_back(std::move(field));
      continue;
    }
    file.has_request_key = true;
    const RequestValue& value = field.value;
    if (value.kind == ValueKind::kTable) {
      // `[request]`: one request written as a plain table.
      file.requests.push_back(ToRequest(field, value.span));
    } else if (value.kind == ValueKind::kArray) {
      bool all_tables = true;
      for (const RequestValue& item : value.items) {
        if (item.kind != ValueKind::kTable) {
          all_tables = false;
          continue;
        }
        RequestField element;
        element.key = "request";
        element.key_span = item.span;
        element.value = item;
        file.requests.push_back(ToRequest(element, item.span));
      }
      if (!all_tables) file.malformed.push_back(field);
    } else {
      file.malformed.push_back(std::move(field));
    }
  }
  return file;
}

}  // namespace svclint
