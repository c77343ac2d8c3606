#include "lint/report/sarif_reporter.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "lint/base/build_info.h"
#include "lint/catalog/catalog.h"

namespace svclint {
namespace {

using Json = nlohmann::ordered_json;

std::string_view Level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "error";
}

Json RuleDescriptor(const RuleInfo& rule) {
  Json descriptor = {
      {"id", rule.id},
      {"name", rule.slug},
      {"shortDescription", {{"text", rule.summary}}},
      {"fullDescription", {{"text", rule.docs}}},
      {"help",
       {{"text", std::string(rule.docs) +
                     "\n\nReference: " + std::string(rule.reference)}}},
      {"defaultConfiguration", {{"level", Level(rule.severity)}}},
      {"properties", {{"reference", rule.reference}}}};
  if (const std::string url = ReferenceUrl(rule.reference); !url.empty()) {
    descriptor["helpUri"] = url;
  }
  return descriptor;
}

Json Region(const SourceSpan& span) {
  return {{"startLine", span.line},
          {"startColumn", span.column},
          {"endLine", span.end_line},
          {"endColumn", std::max(span.end_column, span.column + 1)}};
}

// SARIF wants URIs: a relative path stays relative (GitHub resolves it
// against the checkout); characters outside the URI set are %-encoded.
std::string PathToUri(std::string_view path) {
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

}  // namespace

void WriteSarif(std::span<const Diagnostic> diagnostics, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const RuleInfo& rule : BuiltinRules()) {
    rule_index[std::string(rule.id)] = rules.size();
    rules.push_back(RuleDescriptor(rule));
  }
  Json results = Json::array();
  for (const Diagnostic& d : diagnostics) {
    Json result = {{"ruleId", d.rule_id}};
    if (auto it = rule_index.find(d.rule_id); it != rule_index.end()) {
      result["ruleIndex"] = it->second;
    } else {
      // A custom rule: describe it from the finding itself.
      rule_index[d.rule_id] = rules.size();
      result["ruleIndex"] = rules.size();
      rules.push_back(
          {{"id", d.rule_id},
           {"name", d.slug},
           {"shortDescription", {{"text", d.slug}}},
           {"defaultConfiguration", {{"level", Level(d.severity)}}}});
    }
    result["level"] = Level(d.severity);
    result["message"] = {{"text", d.message}};
    result["locations"] =
        Json::array({{{"physicalLocation",
                       {{"artifactLocation", {{"uri", PathToUri(d.path)}}},
                        {"region", Region(d.span)}}}}});
    if (d.fix.has_value()) {
      Json replacements = Json::array();
      for (const Edit& edit : d.fix->edits) {
        replacements.push_back(
            {{"deletedRegion", Region(edit.span)},
             {"insertedContent", {{"text", edit.replacement}}}});
      }
      result["fixes"] = Json::array(
          {{{"description", {{"text", d.fix->title}}},
            {"artifactChanges",
             Json::array({{{"artifactLocation", {{"uri", PathToUri(d.path)}}},
                           {"replacements", std::move(replacements)}}})}}});
    }
    results.push_back(std::move(result));
  }
  Json sarif = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       Json::array(
           {{{"tool",
              {{"driver",
                {{"name", "svclint"},
                 {"informationUri", "https://www.rfc-editor.org/rfc/rfc6335"},
                 {"semanticVersion", SvclintVersion()},
                 {"rules", std::move(rules)}}}}},
             {"results", std::move(results)}}})}};
  out << sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
}

}  // namespace svclint
