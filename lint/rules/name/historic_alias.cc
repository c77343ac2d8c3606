// SN007 historic-alias: RFC 6335 §10.1 kept old names such as `whois++` and
// `acmaint_dbd` as historic aliases of well-formed replacements, "not usable
// for use with many common service discovery mechanisms". The replacement
// comes from the registry's own notes, and is the fix.
//
//   acmaint_dbd  -> "'acmaint_dbd' is a historic alias of 'acmaint-dbd'...",
//                   fix: replace with 'acmaint-dbd'
#include "lint/registry/registry.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckHistoricAlias(const NameFacts& name, CheckContext& ctx) {
  if (ctx.registry == nullptr || name.name.empty()) return;
  const std::optional<std::string_view> replacement =
      ctx.registry->HistoricReplacement(name.name);
  if (!replacement) return;
  const SourceSpan span = SpanAt(name.at, 0, name.name.size());
  ctx.sink.Report(
      RuleId::kSN007, span,
      {{"name", InputText(name.name)}, {"replacement", *replacement}},
      {Edit{span, std::string(*replacement)}});
}

}  // namespace svclint
