// The common case first: a lower-case "_name._tcp" (or "._udp", with an
// optional plain domain such as ".local.") whose name no SN or ST rule can
// flag. Proving that takes one pass over the bytes and, with a registry,
// one hash lookup; everything else goes to the full parser and rules.
//
//   if (IsCleanCommonType("_ipp._tcp.local.", registry)) return;  // no finding
//
// The contract, tested over the whole registry and generated names: when
// this returns true, the full checks report nothing.
#ifndef SVCLINT_LINT_RULES_FAST_TYPE_H_
#define SVCLINT_LINT_RULES_FAST_TYPE_H_

#include <string_view>

#include "lint/registry/registry.h"

namespace svclint {

bool IsCleanCommonType(std::string_view type, const Registry* registry);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_FAST_TYPE_H_
