// SN008 name-not-lowercase: service names compare case-insensitively (RFC
// 6335 §5.1, RFC 4343), and the registry writes them in lower case. The
// fix, safe because case carries no meaning, lower-cases the name.
//
//   _HTTP._tcp  -> "service name 'HTTP' has upper-case letters; ...", [2, 6)
#include "lint/base/strings.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {

void CheckNameNotLowercase(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_upper) return;
  const SourceSpan span = SpanAt(name.at, 0, name.name.size());
  std::string lower = AsciiLower(name.name);
  std::vector<Edit> edits;
  // Only a name that is plain ASCII is rewritten; anything else has other
  // findings to fix first.
  if (!name.has_invalid) edits.push_back({span, lower});
  ctx.sink.Report(RuleId::kSN008, span,
                  {{"name", Printable(name.name)}, {"lower", Printable(lower)}},
                  std::move(edits));
}

}  // namespace svclint
