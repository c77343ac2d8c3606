#include "lint/engine/suppressions.h"

#include <algorithm>

#include "lint/base/strings.h"
#include "lint/catalog/catalog.h"
#include "lint/diag/make_diagnostic.h"

namespace svclint {
namespace {

constexpr std::string_view kMarker = "svclint:";

bool IsRuleChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Parses "disable...=A,B" at `text` (just after the marker) on `line`,
// whose byte 0 is at column `column`.
bool ParseDirective(std::string_view text, uint32_t line, uint32_t column,
                    Suppression& out) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  struct Form {
    std::string_view word;
    Suppression::Scope scope;
  };
  // Longest first: "disable" is a prefix of the others.
  static constexpr Form kForms[] = {
      {"disable-next-line=", Suppression::Scope::kNextLine},
      {"disable-file=", Suppression::Scope::kFile},
      {"disable=", Suppression::Scope::kLine}};
  const Form* form = nullptr;
  for (const Form& f : kForms) {
    if (text.substr(i, f.word.size()) == f.word) {
      form = &f;
      break;
    }
  }
  if (form == nullptr) return false;
  i += form->word.size();
  out.scope = form->scope;
  out.line = line;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    const size_t start = i;
    while (i < text.size() && IsRuleChar(text[i])) ++i;
    if (i == start) break;
    const uint32_t col = column + static_cast<uint32_t>(start);
    out.entries.push_back(
        {std::string(text.substr(start, i - start)),
         {line, col, line, col + static_cast<uint32_t>(i - start)},
         false});
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != ',') break;
  }
  return !out.entries.empty();
}

bool Covers(const Suppression& s, uint32_t line) {
  switch (s.scope) {
    case Suppression::Scope::kFile:
      return true;
    case Suppression::Scope::kLine:
      return line == s.line;
    case Suppression::Scope::kNextLine:
      return line == s.line + 1;
  }
  return false;
}

}  // namespace

std::vector<Suppression> FindSuppressions(std::string_view content) {
  std::vector<Suppression> out;
  size_t pos = 0;
  uint32_t line = 1;
  size_t line_start = 0;
  while ((pos = content.find(kMarker, pos)) != std::string_view::npos) {
    for (size_t k = line_start; k < pos; ++k) {
      if (content[k] == '\n') {
        ++line;
        line_start = k + 1;
      }
    }
    // Only inside a comment: '#', ';', '//' or '<!--' earlier on the line.
    const std::string_view before =
        content.substr(line_start, pos - line_start);
    const bool in_comment = before.find('#') != std::string_view::npos ||
                            before.find(';') != std::string_view::npos ||
                            before.find("//") != std::string_view::npos ||
                            before.find("<!--") != std::string_view::npos;
    const size_t after = pos + kMarker.size();
    const size_t eol = std::min(content.find('\n', after), content.size());
    Suppression s;
    if (in_comment &&
        ParseDirective(content.substr(after, eol - after), line,
                       static_cast<uint32_t>(after - line_start + 1), s)) {
      out.push_back(std::move(s));
    }
    pos = after;
  }
  return out;
}

void ApplySuppressions(std::vector<Suppression>& suppressions,
                       const RulePolicy& policy, std::string_view path,
                       std::vector<Diagnostic>& diagnostics) {
  if (suppressions.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    bool suppressed = false;
    for (Suppression& s : suppressions) {
      if (!Covers(s, d.span.line)) continue;
      for (Suppression::Entry& e : s.entries) {
        if (EqualsIgnoreCase(e.rule, d.rule_id) || e.rule == d.slug) {
          e.used = true;
          suppressed = true;
        }
      }
    }
    return suppressed;
  });
  if (!policy.Enabled(RuleId::kCF002)) return;
  for (const Suppression& s : suppressions) {
    for (const Suppression::Entry& e : s.entries) {
      if (e.used) continue;
      // A rule that is switched off may be on elsewhere: not "unused" here.
      const RuleInfo* rule = FindBuiltinRule(e.rule);
      if (rule != nullptr &&
          !policy.Enabled(static_cast<RuleId>(rule - BuiltinRules().data()))) {
        continue;
      }
      const RuleInfo& cf002 = BuiltinRule(RuleId::kCF002);
      const MessageArg args[] = {{"rules", e.rule}};
      diagnostics.push_back(MakeDiagnostic(
          path, e.span, cf002,
          policy.SeverityOverride(RuleId::kCF002).value_or(cf002.severity),
          args));
    }
  }
}

}  // namespace svclint
