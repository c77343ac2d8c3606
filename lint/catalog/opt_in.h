// Which built-in rules are opt-in (`opt_in = true` in rules/*.toml): off by
// default, as ruff's non-default rules, and run only when a --select or
// `select` entry names them (the id, a prefix of it, the slug, or ALL).
// TX008 is one: on real configurations it reports the registry's gaps more
// often than the user's mistakes. Generated with the catalogue.
//
//   if (IsOptInRule(i)) enabled[i] = false;   // i: index in BuiltinRules()
#ifndef SVCLINT_LINT_CATALOG_OPT_IN_H_
#define SVCLINT_LINT_CATALOG_OPT_IN_H_

#include <cstddef>

namespace svclint {

// `index` is the rule's position in BuiltinRules().
bool IsOptInRule(size_t index);

}  // namespace svclint

#endif  // SVCLINT_LINT_CATALOG_OPT_IN_H_
