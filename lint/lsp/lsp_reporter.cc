#include "lint/lsp/lsp_reporter.h"

#include <string>
#include <utility>

#include "lint/catalog/catalog.h"

namespace svclint::lsp {

using Json = nlohmann::json;

void LspReporter::Add(std::span<const Diagnostic> diagnostics) {
  for (const Diagnostic& d : diagnostics) array_.push_back(ToLsp(d));
}

Json LspReporter::TakeArray() { return std::exchange(array_, Json::array()); }

Json LspReporter::Range(const SourceSpan& span) const {
  const Position start = map_->ToLsp(span.line, span.column, utf16_);
  const Position end = map_->ToLsp(span.end_line, span.end_column, utf16_);
  return {{"start", {{"line", start.line}, {"character", start.character}}},
          {"end", {{"line", end.line}, {"character", end.character}}}};
}

Json LspReporter::ToLsp(const Diagnostic& d) const {
  Json out = {{"range", Range(d.span)},
              {"severity", NamesOf(d.severity).lsp_severity},
              {"code", d.rule_id},
              {"source", "svclint"},
              {"message", d.message + " [" + d.slug + "]"}};
  if (const RuleInfo* rule = FindBuiltinRule(d.rule_id)) {
    // The rule's docs travel with the finding; `svclint explain` prints them.
    out["data"] = {{"slug", rule->slug},
                   {"reference", rule->reference},
                   {"docs", rule->docs}};
    if (const std::string url = ReferenceUrl(rule->reference); !url.empty()) {
      out["codeDescription"] = {{"href", url}};
    }
  }
  return out;
}

}  // namespace svclint::lsp
