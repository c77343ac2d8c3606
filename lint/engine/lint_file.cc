#include "lint/engine/lint_file.h"

#include <charconv>
#include <string>

#include "lint/config/custom_rule.h"

namespace svclint {
namespace {

// Reads "<line>:<col>: " after `path:` at the start of `message`.
bool SplitPosition(std::string_view message, std::string_view path,
                   uint32_t& line, uint32_t& column, std::string_view& rest) {
  if (message.substr(0, path.size()) != path) return false;
  std::string_view s = message.substr(path.size());
  if (s.empty() || s[0] != ':') return false;
  s.remove_prefix(1);
  auto number = [&](uint32_t& out) {
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec != std::errc() || ptr == s.data()) return false;
    s.remove_prefix(static_cast<size_t>(ptr - s.data()));
    return true;
  };
  if (!number(line)) return false;
  if (!s.empty() && s[0] == ':') {
    s.remove_prefix(1);
    if (!number(column)) return false;
  }
  if (s.substr(0, 2) != ": ") return false;
  rest = s.substr(2);
  return true;
}

}  // namespace

void ReportParseError(const absl::Status& error, FileKind kind,
                      DiagnosticSink& sink) {
  const std::string_view message(error.message().data(),
                                 error.message().size());
  uint32_t line = 1, column = 1;
  std::string_view reason = message;
  SplitPosition(message, sink.path(), line, column, reason);
  const SourceSpan span{line, column, line, column + 1};
  // IO001 is reported even when deselected: a broken file is never clean.
  Diagnostic d;
  d.path = sink.path();
  d.span = span;
  const RuleInfo& rule = BuiltinRule(RuleId::kIO001);
  d.rule_id = std::string(rule.id);
  d.slug = std::string(rule.slug);
  d.severity = Severity::kError;
  const MessageArg args[] = {{"kind", FileKindName(kind)}, {"reason", reason}};
  d.message = FormatMessage(rule.message, args);
  sink.Add(std::move(d));
}

DiagnosticSink NewSink(std::string_view path, const LintContext& ctx) {
  DiagnosticSink sink{std::string(path), *ctx.policy};
  sink.set_custom_rules(ctx.custom_rules);
  return sink;
}

FileResult LintText(std::string_view path, std::string_view content,
                    FileKind kind, const LintContext& ctx) {
  FileResult result;
  switch (kind) {
    case FileKind::kRegistry:
      result = LintRegistryFile(path, content, ctx);
      break;
    case FileKind::kRequest:
      result = LintRequestFile(path, content, ctx);
      break;
    case FileKind::kServices:
      result = LintServicesFile(path, content, ctx);
      break;
    case FileKind::kAvahi:
      result = LintAvahiFile(path, content, ctx);
      break;
    case FileKind::kDnssd:
      result = LintDnssdFile(path, content, ctx);
      break;
  }
  SortDiagnostics(result.diagnostics);
  return result;
}

}  // namespace svclint
