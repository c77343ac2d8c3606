#include "lint/report/text_reporter.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/catalog/catalog.h"

namespace svclint {
namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kReset = "\033[0m";

std::string Plural(size_t n, std::string_view noun) {
  std::string out = std::to_string(n);
  out += ' ';
  out += noun;
  if (n != 1) out += 's';
  return out;
}

}  // namespace

void AppendTextDiagnostic(const Diagnostic& d, bool color, std::string& out) {
  const std::string_view reset = color ? kReset : "";
  if (color) out += kBold;
  out += d.path;
  absl::StrAppend(&out, ":", d.span.line, ":", d.span.column, ":");
  out += reset;
  out += ' ';
  if (color) out += NamesOf(d.severity).ansi_color;
  out += SeverityName(d.severity);
  out += ':';
  out += reset;
  out += ' ';
  out += d.message;
  out += " [";
  out += d.rule_id;
  out += ' ';
  out += d.slug;
  out += "]\n";
}

void AppendTextFinding(const FindingStore& store, const Finding& f, bool color,
                       std::string& out) {
  const std::string_view reset = color ? kReset : "";
  if (color) out += kBold;
  out += store.PathOf(f);
  absl::StrAppend(&out, ":", f.span.line, ":", f.span.column, ":");
  out += reset;
  out += ' ';
  if (color) out += NamesOf(f.severity).ansi_color;
  out += SeverityName(f.severity);
  out += ':';
  out += reset;
  out += ' ';
  store.AppendMessage(f, out);
  out += " [";
  out += store.RuleIdOf(f);
  out += ' ';
  out += store.SlugOf(f);
  out += "]\n";
}

void WriteTextDiagnostic(const Diagnostic& d, bool color, std::ostream& out) {
  std::string line;
  AppendTextDiagnostic(d, color, line);
  out << line;
}

void WriteTextSummary(std::span<const Diagnostic> diagnostics, size_t inputs,
                      std::string_view input_noun, std::ostream& out) {
  FindingCounts counts;
  for (const Diagnostic& d : diagnostics) counts.Add(d);
  WriteTextSummary(counts, inputs, input_noun, out);
}

void WriteTextSummary(const FindingCounts& counts, size_t inputs,
                      std::string_view input_noun, std::ostream& out) {
  if (counts.total() == 0) {
    out << "No problems found in " << Plural(inputs, input_noun) << ".\n";
    return;
  }
  const size_t* count = counts.by_severity;
  const size_t fixable = counts.fixable;
  std::vector<std::string> parts;
  // Most severe first; "info" is a mass noun ("2 info").
  for (auto it = kSeverityNames.rbegin(); it != kSeverityNames.rend(); ++it) {
    const size_t n = count[static_cast<size_t>(it->severity)];
    if (n == 0) continue;
    parts.push_back(it->severity == Severity::kInfo
                        ? std::to_string(n) + " " + std::string(it->name)
                        : Plural(n, it->name));
  }
  out << "Found " << Plural(counts.total(), "problem") << " (";
  for (size_t i = 0; i < parts.size(); ++i) {
    out << (i > 0 ? ", " : "") << parts[i];
  }
  out << ") in " << Plural(inputs, input_noun);
  if (fixable > 0) out << "; " << fixable << " fixable with --fix";
  out << ".\n";
}

void WriteStatistics(std::span<const Diagnostic> diagnostics,
                     std::ostream& out) {
  RuleStatistics statistics;
  statistics.Add(diagnostics);
  statistics.Write(out);
}

void RuleStatistics::Count(std::string_view id, std::string_view slug,
                           size_t n) {
  auto it = by_rule_.find(id);
  if (it == by_rule_.end()) {
    it = by_rule_
             .emplace(std::string(id), std::pair{size_t{0}, std::string(slug)})
             .first;
  }
  it->second.first += n;
}

void RuleStatistics::Add(std::span<const Diagnostic> diagnostics) {
  for (const Diagnostic& d : diagnostics) Count(d.rule_id, d.slug, 1);
}

void RuleStatistics::Add(const FindingStore& findings) {
  for (const Finding& f : findings.findings()) {
    if (f.formed >= 0) {
      Count(findings.RuleIdOf(f), findings.SlugOf(f), 1);
      continue;
    }
    const size_t index = static_cast<size_t>(f.id);
    if (index >= builtin_counts_.size()) builtin_counts_.resize(index + 1);
    ++builtin_counts_[index];
  }
}

void RuleStatistics::Write(std::ostream& out) const {
  RuleStatistics all = *this;
  for (size_t i = 0; i < builtin_counts_.size(); ++i) {
    if (builtin_counts_[i] == 0) continue;
    const RuleInfo& rule = BuiltinRule(static_cast<RuleId>(i));
    all.Count(rule.id, rule.slug, builtin_counts_[i]);
  }
  std::vector<
      std::pair<std::string_view, const std::pair<size_t, std::string>*>>
      rows;
  for (const auto& [id, entry] : all.by_rule_) rows.emplace_back(id, &entry);
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second->first > b.second->first;
  });
  for (const auto& [id, entry] : rows) {
    const std::string count = std::to_string(entry->first);
    out << std::string(count.size() < 6 ? 6 - count.size() : 0, ' ') << count
        << "  " << id << "  " << entry->second << '\n';
  }
}

}  // namespace svclint
