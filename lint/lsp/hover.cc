#include "lint/lsp/hover.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/catalog/catalog.h"
#include "lint/lsp/cursor_context.h"
#include "lint/lsp/txt_key_at.h"
#include "lint/lsp/txt_key_hover.h"
#include "lint/model/transport.h"

namespace svclint::lsp {
namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

bool Covers(const SourceSpan& span, uint32_t line, uint32_t column) {
  if (line < span.line || line > span.end_line) return false;
  if (line == span.line && column < span.column) return false;
  // An empty span (a finding at a point) covers its column.
  const uint32_t end = std::max(span.end_column, span.column + 1);
  return line != span.end_line || column < end;
}

std::string RuleSection(const Diagnostic& d) {
  std::string out = absl::StrCat("**", d.rule_id, "** `", d.slug, "`");
  if (const RuleInfo* rule = FindBuiltinRule(d.rule_id)) {
    absl::StrAppend(&out, ": ", AsAbsl(rule->summary));
    const std::string url = ReferenceUrl(rule->reference);
    if (url.empty()) {
      absl::StrAppend(&out, "\n\n", AsAbsl(rule->reference));
    } else {
      absl::StrAppend(&out, "\n\n[", AsAbsl(rule->reference), "](", url, ")");
    }
    absl::StrAppend(&out, " · `svclint explain ", d.rule_id, "`");
  } else {
    absl::StrAppend(&out, ": custom rule (.svclint.toml)");
  }
  return out;
}

std::string ServiceSection(std::string_view name, const Registry& registry) {
  std::span<const uint32_t> records = registry.FindByName(name);
  if (records.empty()) {
    return absl::StrCat("`", AsAbsl(name),
                        "`: not in the IANA service name registry");
  }
  const RecordView first = registry.record(records.front());
  std::string out = absl::StrCat("**", AsAbsl(first.name), "**");
  if (!first.description.empty()) {
    absl::StrAppend(&out, ": ", AsAbsl(first.description));
  }
  out += '\n';
  for (uint32_t i : records) {
    const RecordView r = registry.record(i);
    std::string port = "no port (DNS-SD)";
    if (r.has_port) {
      port = r.port_lo == r.port_hi
                 ? absl::StrCat("port ", r.port_lo)
                 : absl::StrCat("ports ", r.port_lo, "-", r.port_hi);
    }
    absl::StrAppend(&out, "\n- ", port);
    if (r.transport != Transport::kNone) {
      absl::StrAppend(&out, "/", AsAbsl(TransportName(r.transport)));
    }
    if (!r.assignee.empty()) {
      absl::StrAppend(&out, ", assignee ", AsAbsl(r.assignee));
    }
    if (!r.reference.empty()) {
      absl::StrAppend(&out, ", ", AsAbsl(r.reference));
    }
  }
  if (const DefinedTxtKeys* txt = registry.TxtKeys(name)) {
    if (txt->parsed && !txt->keys.empty()) {
      std::string keys;
      for (std::string_view key : txt->keys) {
        absl::StrAppend(&keys, keys.empty() ? "" : ", ", "`", AsAbsl(key), "`");
      }
      absl::StrAppend(&out, "\n\nDefined TXT keys: ", keys);
    } else {
      absl::StrAppend(&out, "\n\n",
                      AsAbsl(txt->note));  // "Defined TXT keys: ..."
    }
  }
  if (std::optional<std::string_view> replacement =
          registry.HistoricReplacement(name)) {
    absl::StrAppend(&out, "\n\nA historic alias: the registry's name is `",
                    AsAbsl(*replacement), "`.");
  }
  return out;
}

std::optional<std::string> JoinSections(std::span<const std::string> sections) {
  if (sections.empty()) return std::nullopt;
  std::string out;
  for (const std::string& s : sections) {
    absl::StrAppend(&out, out.empty() ? "" : "\n\n---\n\n", s);
  }
  return out;
}

}  // namespace

std::optional<std::string_view> ServiceNameOf(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty()) return std::nullopt;
  std::vector<std::string_view> labels;
  for (size_t start = 0;;) {
    const size_t dot = word.find('.', start);
    labels.push_back(word.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (labels.size() == 1) {
    std::string_view name = labels[0];
    if (!name.empty() && name[0] == '_') name.remove_prefix(1);
    return name.empty() ? std::nullopt : std::optional(name);
  }
  // The label before the protocol label (_tcp, _udp, ...).
  for (size_t i = 1; i < labels.size(); ++i) {
    const std::string_view proto = labels[i];
    if (proto.size() > 1 && proto[0] == '_' &&
        ParseTransport(proto.substr(1)) && labels[i - 1].size() > 1 &&
        labels[i - 1][0] == '_') {
      return labels[i - 1].substr(1);
    }
  }
  return std::nullopt;
}

std::string_view WordAt(std::string_view line, size_t offset) {
  if (offset > line.size()) return {};
  size_t begin = offset;
  while (begin > 0 && IsWordChar(line[begin - 1])) --begin;
  size_t end = offset;
  while (end < line.size() && IsWordChar(line[end])) ++end;
  return line.substr(begin, end - begin);
}

std::optional<std::string> HoverMarkdown(
    const HoverAt& at, std::span<const Diagnostic> diagnostics,
    const Registry& registry) {
  std::vector<std::string> sections;
  std::vector<std::string> rules_shown;
  for (const Diagnostic& d : diagnostics) {
    if (Covers(d.span, at.line, at.column)) {
      sections.push_back(RuleSection(d));
      rules_shown.push_back(d.rule_id);
    }
  }
  if (std::optional<TxtKeyUnderCursor> txt =
          TxtKeyAt(at.path, at.text, at.offset)) {
    sections.push_back(TxtKeyHoverMarkdown(
        *txt, ServiceAround(at.text, at.offset), registry, rules_shown));
    return JoinSections(sections);
  }
  const std::string_view word = WordAt(at.line_text, at.column - 1);
  if (std::optional<std::string_view> name = ServiceNameOf(word);
      name && (word.find('.') != std::string_view::npos ||
               registry.ContainsName(*name))) {
    sections.push_back(ServiceSection(*name, registry));
  }
  return JoinSections(sections);
}

}  // namespace svclint::lsp
