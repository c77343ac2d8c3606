// The service type and subtype rules (ST001-ST009, RFC 6763 §4.1, §7,
// §7.1, §9, §11; RFC 1035 §2.3.4): one function per rule, one file per
// function (lint/rules/type/<slug>.cc), registered by `input = "type"` in
// rules/st.toml (the generated svclint/rules_type.h).
//
//   const DnssdName name = ParseDnssdName("_daap._http._tcp", false);
//   RunTypeRules(TypeFacts{name, Anchor{1, 1}}, ctx);   // ST003 at [1, 6)
//
// The rules read the roles ParseDnssdName gave each label; the service name
// inside the type is checked by the SN rules (lint/rules/name/). The same
// rules run on the type part of instance names. Registry-aware rules read
// `ctx.registry` (nullptr when no registry is loaded).
//
// Adding a rule: tools/new_rule.py (see docs/adding_a_rule.md).
#ifndef SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_
#define SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_

#include <string_view>

#include "lint/rules/check_context.h"
#include "lint/rules/type/type_facts.h"
#include "svclint/rules_type.h"

namespace svclint {

// Runs each enabled rule of kTypeRules, in id order, on `type`.
void RunTypeRules(const TypeFacts& type, CheckContext& ctx);

// ST004 on a bare subtype label (systemd `SubType=`, TOML `subtypes`): empty
// or over 63 bytes. Defined with ST004 (subtype_malformed.cc).
void CheckSubtypeLabelSize(std::string_view label, Anchor at,
                           CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_
