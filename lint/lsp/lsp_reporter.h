// The language server's reporter: findings as LSP Diagnostic objects, for
// textDocument/publishDiagnostics and the diagnostics of a code action.
// Positions are converted against the document's text, in UTF-16 code
// units or bytes as the client negotiated; severities come from the one
// table (lint/catalog/severity.h).
//
//   LspReporter reporter(doc.text, /*utf16=*/true);
//   reporter.Add(doc.diagnostics);
//   reporter.Finish();
//   Json params = {{"uri", uri}, {"diagnostics", reporter.TakeArray()}};
#ifndef SVCLINT_LINT_LSP_LSP_REPORTER_H_
#define SVCLINT_LINT_LSP_LSP_REPORTER_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string_view>

#include "lint/base/source_span.h"
#include "lint/diag/diagnostic.h"
#include "lint/lsp/positions.h"
#include "lint/report/reporter.h"

namespace svclint::lsp {

class LspReporter final : public Reporter {
 public:
  // `text` must outlive the reporter.
  LspReporter(std::string_view text, bool utf16)
      : owned_map_(text), map_(&*owned_map_), utf16_(utf16) {}
  // With the line index the server keeps per document version; `map` must
  // outlive the reporter.
  LspReporter(const LineMap& map, bool utf16) : map_(&map), utf16_(utf16) {}
  LspReporter(const LspReporter&) = delete;  // map_ may point into itself
  LspReporter& operator=(const LspReporter&) = delete;

  void Add(std::span<const Diagnostic> diagnostics) override;
  void Finish() override {}

  // The Diagnostic objects added so far; the reporter starts over.
  nlohmann::json TakeArray();

  // One finding, and one span, as the LSP writes them.
  nlohmann::json ToLsp(const Diagnostic& d) const;
  nlohmann::json Range(const SourceSpan& span) const;

 private:
  std::optional<LineMap> owned_map_;
  const LineMap* map_;
  bool utf16_;
  nlohmann::json array_ = nlohmann::json::array();
};

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_LSP_REPORTER_H_
