// The one TOML front end: requests (request_toml), service lists
// (services_toml) and .svclint.toml (lint/config/config.cc) all read TOML
// through it, so the depth guard, toml++'s exceptions and the conversion of
// toml++'s code-point columns to byte columns live in one place.
//
//   TomlDocument doc(content);
//   if (std::optional<ParseError> e = doc.Parse()) ...   // byte-exact span
//   for (auto&& [key, node] : doc.root()) {
//     TomlTyped<std::string> s = doc.Get<std::string>(node);
//     if (!s) Report(s.error.span, "must be a string, not " + s.error.found);
//     doc.Span(node.source());                            // bytes, not code
//     points
//   }
#ifndef SVCLINT_LINT_PARSE_TOML_DOCUMENT_H_
#define SVCLINT_LINT_PARSE_TOML_DOCUMENT_H_

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "lint/base/source_span.h"
#include "lint/parse/parse_error.h"
#include "lint/parse/text_positions.h"

namespace svclint {

// "a string", "an integer", "a table", ...: a node type for messages.
std::string_view TomlTypeName(toml::node_type type);

// A value of the wrong type: where it is and what it is.
struct TomlTypeError {
  SourceSpan span;
  std::string_view found;  // TomlTypeName() of the value
};

// The node as a T (toml::table, toml::array, std::string, int64_t, ...),
// or why not. Converts to true when the node has the type.
template <typename T>
struct TomlTyped {
  using Node = std::remove_pointer_t<
      decltype(std::declval<const toml::node&>().template as<T>())>;
  const Node* node = nullptr;
  TomlTypeError error;

  explicit operator bool() const { return node != nullptr; }
  const Node& operator*() const { return *node; }
  const Node* operator->() const { return node; }
};

class TomlDocument {
 public:
  // `content` must outlive the document.
  explicit TomlDocument(std::string_view content);

  // Parses the content; the error's span points at the offending byte.
  // Never throws: a document too deeply nested for toml++'s recursion is
  // refused first (toml_depth_guard.h), and toml++'s exceptions are caught.
  std::optional<ParseError> Parse();
  // The parsed document (empty before a successful Parse()).
  const toml::table& root() const { return root_; }

  // The byte offset of toml++'s position (1-based line, code-point column,
  // a BOM not counted). Columns past the end of a line count one byte
  // each, as toml++ points there at a newline or the end of the file.
  size_t Offset(const toml::source_position& position) const;
  // The bytes toml++'s region covers; {1,1,1,1} for a node without one.
  // Lines are toml++'s; columns count bytes.
  SourceSpan Span(const toml::source_region& region) const;
  // toml++'s position as a line and byte column (1:1 for none).
  Anchor At(const toml::source_position& position) const;
  const TextPositions& positions() const { return positions_; }
  std::string_view content() const { return content_; }

  template <typename T>
  TomlTyped<T> Get(const toml::node& node) const {
    TomlTyped<T> typed;
    typed.node = node.as<T>();
    if (typed.node == nullptr) {
      typed.error = {Span(node.source()), TomlTypeName(node.type())};
    }
    return typed;
  }

 private:
  std::string_view content_;
  TextPositions positions_;
  size_t bom_ = 0;
  toml::table root_;
  // Where Offset() last stopped, (line, code-point column) -> offset:
  // positions are mostly asked for in file order, so the walk resumes
  // there and stays linear in a line's length (a 65,536-item list on one
  // line took minutes when each column was counted from the line start).
  mutable uint32_t cursor_line_ = 0;
  mutable uint32_t cursor_column_ = 1;
  mutable size_t cursor_offset_ = 0;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_TOML_DOCUMENT_H_
