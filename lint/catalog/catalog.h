// The built-in rule catalogue, compiled in from rules/*.toml.
//
//   const RuleInfo& r = BuiltinRule(RuleId::kSN002);
//   r.slug == "name-too-long"
//
// `RuleId` is generated (svclint/rule_ids.h), so code can only name rules
// that the catalogue defines.
#ifndef SVCLINT_LINT_CATALOG_CATALOG_H_
#define SVCLINT_LINT_CATALOG_CATALOG_H_

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "lint/catalog/rule_info.h"
#include "svclint/rule_ids.h"

namespace svclint {

// Every built-in rule, in id order; index i is RuleId(i).
std::span<const RuleInfo> BuiltinRules();

inline const RuleInfo& BuiltinRule(RuleId id) {
  return BuiltinRules()[static_cast<size_t>(id)];
}

// Looks a built-in rule up by id ("SN002", any case) or slug.
const RuleInfo* FindBuiltinRule(std::string_view id_or_slug);

// A `{key}` placeholder and the text that replaces it.
using MessageArg = std::pair<std::string_view, std::string_view>;

// Replaces each `{key}` in `message_template` with its value. An unknown
// key is left as written, so a mistake shows in the output, not as a crash.
std::string FormatMessage(std::string_view message_template,
                          std::span<const MessageArg> args);

// The walk FormatMessage makes, for callers that keep their arguments in
// another form: appends `message_template` to `out`, with each `{key}` for
// which `append_value(key, out)` returns true replaced by what it appended;
// any other `{...}`, and a '{' without '}', is kept as written.
template <typename AppendValue>
void ExpandMessage(std::string_view message_template,
                   AppendValue&& append_value, std::string& out) {
  size_t i = 0;
  while (i < message_template.size()) {
    const size_t open = message_template.find('{', i);
    if (open == std::string_view::npos) {
      out.append(message_template.substr(i));
      return;
    }
    out.append(message_template.substr(i, open - i));
    i = open + 1;
    const size_t close = message_template.find('}', i);
    if (close == std::string_view::npos ||
        !append_value(message_template.substr(i, close - i), out)) {
      out.push_back('{');  // not a placeholder: kept as written
      continue;
    }
    i = close + 1;
  }
}

// The rfc-editor.org address of the first RFC section a rule cites
// ("RFC 6335 §5.1, §5.2" ->
// "https://www.rfc-editor.org/rfc/rfc6335.html#section-5.1"); for a
// consumer's source file ("avahi-core/entry.c ...", "src/resolve/...") the
// file in Avahi 0.8 or systemd 252 on GitHub; "" when it names neither.
std::string ReferenceUrl(std::string_view reference);

}  // namespace svclint

#endif  // SVCLINT_LINT_CATALOG_CATALOG_H_
