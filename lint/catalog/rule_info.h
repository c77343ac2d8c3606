// What a user reads about a rule. Built-in rules come from rules/*.toml,
// compiled into tables by tools/catalog_gen.cc; custom rules from
// .svclint.toml. Nothing about a rule's text is written in C++.
#ifndef SVCLINT_LINT_CATALOG_RULE_INFO_H_
#define SVCLINT_LINT_CATALOG_RULE_INFO_H_

#include <span>
#include <string_view>

#include "lint/diag/severity.h"

namespace svclint {

// An alternative message (and severity) of one rule, e.g. TX006's
// "over 400 bytes" against its "over 1300 bytes".
struct RuleVariant {
  std::string_view name;
  Severity severity;
  std::string_view message;
};

struct RuleInfo {
  std::string_view id;         // "SN002": stable, never reused
  std::string_view slug;       // "name-too-long": names the pattern flagged
  Severity severity;           // default severity
  std::string_view summary;    // one line, for `svclint rules`
  std::string_view message;    // template: "service name '{name}' is ..."
  std::string_view fix;        // template of the fix title, or empty
  std::string_view reference;  // "RFC 6335 §5.1"
  std::string_view docs;       // the long text, for `svclint explain`
  std::string_view check_as;   // "name", "type", ... for examples; or empty
  std::span<const std::string_view> flagged;  // examples it fires on
  std::span<const std::string_view> clean;    // examples it stays quiet on
  std::span<const RuleVariant> variants;

  // The variant called `name`, or nullptr.
  const RuleVariant* FindVariant(std::string_view name) const {
    for (const RuleVariant& v : variants) {
      if (v.name == name) return &v;
    }
    return nullptr;
  }
};

}  // namespace svclint

#endif  // SVCLINT_LINT_CATALOG_RULE_INFO_H_
