#include "lint/cli/catalog_commands.h"

#include <nlohmann/json.hpp>
#include <string>

#include "lint/catalog/catalog.h"
#include "lint/catalog/opt_in.h"

namespace svclint {
namespace {

bool IsOptIn(const RuleInfo& rule) {
  return IsOptInRule(static_cast<size_t>(&rule - BuiltinRules().data()));
}

nlohmann::ordered_json RuleJson(const RuleInfo& rule, bool full) {
  nlohmann::ordered_json j = {{"id", rule.id},
                              {"slug", rule.slug},
                              {"severity", SeverityName(rule.severity)},
                              {"summary", rule.summary},
                              {"reference", rule.reference},
                              {"default", !IsOptIn(rule)}};
  if (full) {
    j["docs"] = rule.docs;
    j["message"] = rule.message;
    j["flagged"] =
        std::vector<std::string_view>(rule.flagged.begin(), rule.flagged.end());
    j["clean"] =
        std::vector<std::string_view>(rule.clean.begin(), rule.clean.end());
  }
  return j;
}

std::string Pad(std::string_view s, size_t width) {
  std::string out(s);
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

}  // namespace

int RunRulesCommand(bool json, std::ostream& out) {
  if (json) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const RuleInfo& rule : BuiltinRules()) {
      array.push_back(RuleJson(rule, false));
    }
    out << array.dump(2) << '\n';
    return 0;
  }
  size_t slug_width = 0;
  for (const RuleInfo& rule : BuiltinRules()) {
    slug_width = std::max(slug_width, rule.slug.size());
  }
  for (const RuleInfo& rule : BuiltinRules()) {
    out << rule.id << "  " << Pad(rule.slug, slug_width) << "  "
        << Pad(SeverityName(rule.severity), 7) << "  " << rule.summary
        << (IsOptIn(rule) ? " (opt-in: --select " : "")
        << (IsOptIn(rule) ? rule.id : "") << (IsOptIn(rule) ? ")" : "") << '\n';
  }
  return 0;
}

int RunExplainCommand(std::string_view id_or_slug, bool json, std::ostream& out,
                      std::ostream& err) {
  const RuleInfo* rule = FindBuiltinRule(id_or_slug);
  if (rule == nullptr) {
    err << "svclint: error: no rule '" << id_or_slug
        << "'; `svclint rules` lists them\n";
    return 2;
  }
  if (json) {
    out << RuleJson(*rule, true).dump(2) << '\n';
    return 0;
  }
  out << rule->id << " " << rule->slug << " (" << SeverityName(rule->severity)
      << (IsOptIn(*rule) ? ", off by default" : "") << ")\n\n"
      << rule->summary << ".\n\n"
      << rule->docs << "\n\nReference: " << rule->reference << '\n';
  auto examples = [&](std::string_view title,
                      std::span<const std::string_view> items) {
    if (items.empty()) return;
    out << '\n' << title << ":\n";
    for (std::string_view item : items) out << "  " << item << '\n';
  };
  examples("Flagged", rule->flagged);
  examples("Clean", rule->clean);
  return 0;
}

}  // namespace svclint
