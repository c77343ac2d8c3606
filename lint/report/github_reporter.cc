#include "lint/report/github_reporter.h"

namespace svclint {
namespace {

std::string Escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string EscapeGithubData(std::string_view text) {
  return Escape(text, false);
}
std::string EscapeGithubProperty(std::string_view text) {
  return Escape(text, true);
}

void WriteGithub(std::span<const Diagnostic> diagnostics, std::ostream& out) {
  for (const Diagnostic& d : diagnostics) {
    out << "::" << NamesOf(d.severity).github_command
        << " file=" << EscapeGithubProperty(d.path) << ",line=" << d.span.line
        << ",col=" << d.span.column << ",endLine=" << d.span.end_line
        << ",endColumn=" << d.span.end_column
        << ",title=" << EscapeGithubProperty(d.rule_id + " " + d.slug)
        << "::" << EscapeGithubData(d.message) << "\n";
  }
}

}  // namespace svclint
