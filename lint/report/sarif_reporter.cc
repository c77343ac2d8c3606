#include "lint/report/sarif_reporter.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/build_info.h"
#include "lint/base/strings.h"
#include "lint/base/utf16.h"
#include "lint/catalog/catalog.h"

namespace svclint {
namespace {

using Json = nlohmann::ordered_json;

// GitHub refuses longer rule descriptions.
constexpr size_t kMaxDescription = 1024;
constexpr std::string_view kSrcRoot = "%SRCROOT%";

Json RuleDescriptor(const RuleInfo& rule) {
  const std::string url = ReferenceUrl(rule.reference);
  const std::string reference =
      url.empty() ? std::string(rule.reference)
                  : absl::StrCat("[", AsAbsl(rule.reference), "](", url, ")");
  Json descriptor = {
      {"id", rule.id},
      {"name", rule.slug},
      {"shortDescription", {{"text", rule.summary}}},
      {"fullDescription",
       {{"text", FirstParagraphsWithin(rule.docs, kMaxDescription)}}},
      {"help",
       {{"text", std::string(rule.docs) +
                     "\n\nReference: " + std::string(rule.reference)},
        {"markdown", std::string(rule.docs) + "\n\nReference: " + reference}}},
      {"defaultConfiguration", {{"level", NamesOf(rule.severity).sarif_level}}},
      {"properties", {{"reference", rule.reference}}}};
  // A reference with no public URL (svclint's own SPEC: CF, IO, RQ002,
  // RQ010) points at RFC 6335, the procedures the whole tool checks; the
  // consumers' rules (AV, SD) at the source they cite.
  descriptor["helpUri"] =
      url.empty() ? "https://www.rfc-editor.org/rfc/rfc6335" : url;
  return descriptor;
}

Json RuleDescriptor(const SarifRule& rule) {
  return {
      {"id", rule.id},
      {"name", rule.slug},
      {"shortDescription", {{"text", rule.summary}}},
      {"fullDescription",
       {{"text", FirstParagraphsWithin(rule.description, kMaxDescription)}}},
      {"help", {{"text", rule.description}, {"markdown", rule.description}}},
      {"helpUri", rule.help_uri},
      {"defaultConfiguration", {{"level", NamesOf(rule.severity).sarif_level}}},
      {"properties", {{"custom", true}}}};
}

// A finding of a custom rule no SarifRule describes (the library used
// without SarifOptions): described from the finding itself.
Json RuleDescriptor(const Diagnostic& d) {
  const std::string text =
      "Custom rule " + d.rule_id + " (" + d.slug + ") from .svclint.toml.";
  return {
      {"id", d.rule_id},
      {"name", d.slug},
      {"shortDescription", {{"text", text}}},
      {"fullDescription", {{"text", text}}},
      {"help", {{"text", text}, {"markdown", text}}},
      {"helpUri", "https://www.rfc-editor.org/rfc/rfc6335"},
      {"defaultConfiguration", {{"level", NamesOf(d.severity).sarif_level}}},
      {"properties", {{"custom", true}}}};
}

// SARIF wants URIs: characters outside the unreserved set and "/" are
// %-encoded.
std::string PercentEncode(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) ||
        std::string_view("-._~/").find(c) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

class SarifWriter {
 public:
  explicit SarifWriter(const SarifOptions& options) : options_(options) {
    if (!options.root.empty()) {
      root_ = std::filesystem::path(options.root).lexically_normal();
      if (root_.filename().empty()) root_ = root_.parent_path();
    }
  }

  // {"uri": ..., "uriBaseId": ...} for `path`.
  Json ArtifactLocation(std::string_view path) const {
    if (path == "-" || path == "<args>" || path.empty()) {
      return {{"uri", PercentEncode(path)}};
    }
    namespace fs = std::filesystem;
    const fs::path p(path);
    if (root_.empty()) return {{"uri", PercentEncode(path)}};
    const fs::path absolute =
        (p.is_absolute() ? p : root_ / p).lexically_normal();
    const fs::path relative = absolute.lexically_relative(root_);
    if (!relative.empty() && *relative.begin() != "..") {
      return {{"uri", PercentEncode(relative.generic_string())},
              {"uriBaseId", kSrcRoot}};
    }
    return {{"uri", "file://" + PercentEncode(absolute.generic_string())}};
  }

  Json OriginalUriBaseIds() const {
    std::string uri = "file://" + PercentEncode(root_.generic_string());
    if (uri.back() != '/') uri += '/';  // a base URI names a directory
    return {{std::string(kSrcRoot), {{"uri", uri}}}};
  }

  bool has_root() const { return !root_.empty(); }

  Json Region(std::string_view path, const SourceSpan& span) const {
    const uint32_t end_column = std::max(span.end_column, span.column + 1);
    return {{"startLine", span.line},
            {"startColumn", Column(path, span.line, span.column)},
            {"endLine", span.end_line},
            {"endColumn", Column(path, span.end_line, end_column)}};
  }

 private:
  uint32_t Column(std::string_view path, uint32_t line,
                  uint32_t byte_column) const {
    if (options_.sources == nullptr) return byte_column;
    const std::optional<std::string_view> text =
        options_.sources->Line(path, line);
    return text ? Utf16Column(*text, byte_column) : byte_column;
  }

  const SarifOptions& options_;
  std::filesystem::path root_;
};

}  // namespace

std::string FileUri(std::string_view absolute_path) {
  return "file://" + PercentEncode(absolute_path);
}

std::string FirstParagraphsWithin(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  // Whole paragraphs first.
  size_t cut = text.rfind("\n\n", limit);
  if (cut != std::string_view::npos && cut > 0) {
    return std::string(text.substr(0, cut));
  }
  // Then whole sentences, leaving room for nothing else.
  for (size_t end = limit; end > 0; --end) {
    if (text[end - 1] == '.' &&
        (end == text.size() || text[end] == ' ' || text[end] == '\n')) {
      return std::string(text.substr(0, end));
    }
  }
  // Then a word, with an ellipsis (3 bytes in UTF-8).
  size_t end = text.rfind(' ', limit - 3);
  if (end == std::string_view::npos || end == 0) {
    end = limit - 3;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;  // not inside a UTF-8 sequence
    }
  }
  return std::string(text.substr(0, end)) + "\u2026";
}

// The log is written in three parts, so results can follow as they come:
// the head (everything before the results, rules included), the results
// one at a time, and the tail. Head and tail are cut from the dump of the
// whole log with a marker as its only result, and each result is dumped at
// the marker's indentation, so the bytes are those of dumping the whole
// log at once.
struct SarifLogWriter::Impl {
  Impl(const SarifOptions& options, std::ostream& out,
       std::span<const Diagnostic> known)
      : own_options(options), writer(own_options), out(out) {
    for (const RuleInfo& rule : BuiltinRules()) {
      rule_index[std::string(rule.id)] = rules.size();
      rules.push_back(RuleDescriptor(rule));
    }
    for (const SarifRule& rule : options.extra_rules) {
      if (rule_index.contains(rule.id)) continue;
      rule_index[rule.id] = rules.size();
      rules.push_back(RuleDescriptor(rule));
    }
    // Rules no description covers, in the order their findings come.
    for (const Diagnostic& d : known) {
      if (rule_index.contains(d.rule_id)) continue;
      rule_index[d.rule_id] = rules.size();
      rules.push_back(RuleDescriptor(d));
    }
  }

  void WriteHead() {
    if (head_written) return;
    head_written = true;
    Json run = {
        {"tool",
         {{"driver",
           {{"name", "svclint"},
            {"informationUri", "https://www.rfc-editor.org/rfc/rfc6335"},
            {"semanticVersion", SvclintVersion()},
            {"rules", std::move(rules)}}}}}};
    if (writer.has_root())
      run["originalUriBaseIds"] = writer.OriginalUriBaseIds();
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = Json::array({kMarker});
    const Json sarif = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", Json::array({std::move(run)})}};
    const std::string whole = Dump(sarif);
    // ... "results": [\n<indent>"marker"\n<indent - 2>]\n ...
    std::string quoted(1, '"');
    quoted.append(kMarker).push_back('"');
    const size_t marker = whole.find(quoted);
    const size_t open = whole.rfind('[', marker);
    out << std::string_view(whole).substr(0, open + 1);
    indent = std::string(marker - whole.rfind('\n', marker) - 1, ' ');
    const size_t after = marker + kMarker.size() + 2;
    close = whole.substr(after);  // "\n      ]\n    }\n  ]\n}"
  }

  void Add(const Diagnostic& d) {
    WriteHead();
    Json result = {{"ruleId", d.rule_id}};
    // A rule nothing described (a stream of findings from the library used
    // without SarifOptions): the result names it without an index.
    if (auto it = rule_index.find(d.rule_id); it != rule_index.end()) {
      result["ruleIndex"] = it->second;
    }
    result["level"] = NamesOf(d.severity).sarif_level;
    result["message"] = {{"text", d.message}};
    result["locations"] =
        Json::array({{{"physicalLocation",
                       {{"artifactLocation", writer.ArtifactLocation(d.path)},
                        {"region", writer.Region(d.path, d.span)}}}}});
    if (d.fix.has_value()) {
      Json replacements = Json::array();
      for (const Edit& edit : d.fix->edits) {
        replacements.push_back(
            {{"deletedRegion", writer.Region(d.path, edit.span)},
             {"insertedContent", {{"text", edit.replacement}}}});
      }
      result["fixes"] = Json::array(
          {{{"description", {{"text", d.fix->title}}},
            {"artifactChanges",
             Json::array(
                 {{{"artifactLocation", writer.ArtifactLocation(d.path)},
                   {"replacements", std::move(replacements)}}})}}});
    }
    // Results never contain a raw newline (JSON escapes it), so the lines
    // of the dump can be indented one by one.
    const std::string text = Dump(result);
    out << (any_result ? ",\n" : "\n") << indent;
    size_t from = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos;
         nl = text.find('\n', from)) {
      out << std::string_view(text).substr(from, nl + 1 - from) << indent;
      from = nl + 1;
    }
    out << std::string_view(text).substr(from);
    any_result = true;
  }

  void Finish() {
    WriteHead();
    if (any_result) {
      out << close;
    } else {  // an empty array is dumped as "[]"
      out << ']' << std::string_view(close).substr(close.find(']') + 1);
    }
    out << '\n';
  }

  static std::string Dump(const Json& json) {
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  }

  static constexpr std::string_view kMarker = "svclint:results";
  const SarifOptions own_options;  // the caller's may not outlive this
  const SarifWriter writer;
  std::ostream& out;
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  bool head_written = false;
  bool any_result = false;
  std::string indent;  // of a result in the whole dump
  std::string close;   // what follows the results
};

SarifLogWriter::SarifLogWriter(const SarifOptions& options, std::ostream& out,
                               std::span<const Diagnostic> known)
    : impl_(std::make_unique<Impl>(options, out, known)) {}

SarifLogWriter::~SarifLogWriter() = default;

void SarifLogWriter::Add(std::span<const Diagnostic> diagnostics) {
  for (const Diagnostic& d : diagnostics) impl_->Add(d);
}

void SarifLogWriter::Finish() { impl_->Finish(); }

void WriteSarif(std::span<const Diagnostic> diagnostics,
                const SarifOptions& options, std::ostream& out) {
  SarifLogWriter log(options, out, diagnostics);
  log.Add(diagnostics);
  log.Finish();
}

}  // namespace svclint
