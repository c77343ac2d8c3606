#include "lint/report/json_reporter.h"

#include <nlohmann/json.hpp>

namespace svclint {
namespace {

// Messages quote user input, which may hold invalid UTF-8; `replace` keeps
// the output valid JSON instead of throwing.
constexpr auto kReplaceInvalid = nlohmann::json::error_handler_t::replace;

nlohmann::ordered_json SpanFields(const SourceSpan& span) {
  return {{"line", span.line},
          {"column", span.column},
          {"end_line", span.end_line},
          {"end_column", span.end_column}};
}

nlohmann::ordered_json Item(const Diagnostic& d) {
  nlohmann::ordered_json item;
  item["path"] = d.path;
  item["line"] = d.span.line;
  item["column"] = d.span.column;
  item["end_line"] = d.span.end_line;
  item["end_column"] = d.span.end_column;
  item["severity"] = SeverityName(d.severity);
  item["rule"] = d.rule_id;
  item["slug"] = d.slug;
  item["message"] = d.message;
  if (d.fix.has_value()) {
    nlohmann::ordered_json edits = nlohmann::ordered_json::array();
    for (const Edit& edit : d.fix->edits) {
      nlohmann::ordered_json e = SpanFields(edit.span);
      e["replacement"] = edit.replacement;
      edits.push_back(std::move(e));
    }
    item["fix"] = {{"title", d.fix->title}, {"edits", std::move(edits)}};
  }
  return item;
}

}  // namespace

void WriteJson(std::span<const Diagnostic> diagnostics, std::ostream& out) {
  JsonArrayWriter writer(out);
  writer.Add(diagnostics);
  writer.Finish();
}

// nlohmann's dump(2) of an array puts "[\n", each element indented by two
// more spaces, ",\n" between them and "\n]"; "[]" when it is empty.
void JsonArrayWriter::Add(std::span<const Diagnostic> diagnostics) {
  buffer_.clear();
  for (const Diagnostic& d : diagnostics) {
    buffer_ += any_ ? ",\n  " : "[\n  ";
    any_ = true;
    const std::string item = Item(d).dump(2, ' ', false, kReplaceInvalid);
    for (const char c : item) {
      buffer_ += c;
      if (c == '\n') buffer_ += "  ";
    }
  }
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
}

void JsonArrayWriter::Finish() { out_ << (any_ ? "\n]\n" : "[]\n"); }

}  // namespace svclint
