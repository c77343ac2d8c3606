#include "lint/parse/request_toml.h"

#include <toml++/toml.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "lint/parse/parse_error.h"
#include "lint/parse/toml_document.h"

namespace svclint {
namespace {

// The text of `span` when it lies on one line; empty otherwise.
std::string_view TextOf(const TomlDocument& doc, const SourceSpan& span) {
  if (span.line != span.end_line || span.end_column < span.column) return {};
  const size_t begin = doc.positions().OffsetOf(span.line, span.column);
  return doc.content().substr(begin, span.end_column - span.column);
}

class Converter {
 public:
  explicit Converter(const TomlDocument& doc) : doc_(doc) {}

  RequestValue Value(const toml::node& node) const {
    RequestValue value;
    value.span = doc_.Span(node.source());
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
    // Visit them in file order already, so TomlDocument's walk only moves
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
      field.key_span = doc_.Span(key.source());
      field.key_at = {field.key_span.line, field.key_span.column};
      const std::string_view key_text = TextOf(doc_, field.key_span);
      const char first = key_text.empty() ? '\0' : key_text.front();
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
    const std::string_view raw = TextOf(doc_, span);
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

  const TomlDocument& doc_;
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
  TomlDocument doc(content);
  if (std::optional<ParseError> error = doc.Parse()) {
    return ParseErrorStatus(path, *error);
  }
  const toml::table& root = doc.root();
  const Converter convert(doc);
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
