#include "lint/report/json_reporter.h"

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"

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

// `s` as nlohmann's dump() writes a string: quoted, '"' and '\\' escaped.
// Control characters and non-ASCII bytes (UTF-8 to check, invalid bytes
// to replace) are rare: nlohmann writes those strings itself.
void AppendJsonString(std::string_view s, std::string& out) {
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b >= 0x80) {
      out +=
          nlohmann::json(std::string(s)).dump(-1, ' ', false, kReplaceInvalid);
      return;
    }
  }
  out += '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
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
  for (const Diagnostic& d : diagnostics) AppendItem(d);
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
}

void JsonArrayWriter::AppendItem(const Diagnostic& d) {
  buffer_ += any_ ? ",\n  " : "[\n  ";
  any_ = true;
  const std::string item = Item(d).dump(2, ' ', false, kReplaceInvalid);
  for (const char c : item) {
    buffer_ += c;
    if (c == '\n') buffer_ += "  ";
  }
}

// The object Item() builds, written field by field; a finding with a fix,
// or one that came whole, goes through Item() itself.
void JsonArrayWriter::AddFindings(const FindingStore& findings) {
  buffer_.clear();
  for (const Finding& f : findings.findings()) {
    if (findings.HasFix(f) || f.formed >= 0) {
      AppendItem(findings.ToDiagnostic(f));
      continue;
    }
    buffer_ += any_ ? ",\n  {\n    \"path\": " : "[\n  {\n    \"path\": ";
    any_ = true;
    AppendJsonString(findings.path(), buffer_);
    absl::StrAppend(&buffer_, ",\n    \"line\": ", f.span.line,
                    ",\n    \"column\": ", f.span.column);
    absl::StrAppend(&buffer_, ",\n    \"end_line\": ", f.span.end_line,
                    ",\n    \"end_column\": ", f.span.end_column);
    buffer_ += ",\n    \"severity\": \"";
    buffer_ += SeverityName(f.severity);
    buffer_ += "\",\n    \"rule\": ";
    AppendJsonString(findings.RuleIdOf(f), buffer_);
    buffer_ += ",\n    \"slug\": ";
    AppendJsonString(findings.SlugOf(f), buffer_);
    buffer_ += ",\n    \"message\": ";
    message_.clear();
    findings.AppendMessage(f, message_);
    AppendJsonString(message_, buffer_);
    buffer_ += "\n  }";
  }
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
}

void JsonArrayWriter::Finish() { out_ << (any_ ? "\n]\n" : "[]\n"); }

}  // namespace svclint
