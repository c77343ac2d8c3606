// The service type and subtype rules (ST001-ST009, RFC 6763 §4.1, §7,
// §7.1, §9, §11; RFC 1035 §2.3.4): one function per rule, one file per
// function (lint/rules/type/<slug>.cc), and the explicit list that runs
// them, in id order.
//
//   const DnssdName name = ParseDnssdName("_daap._http._tcp", false);
//   RunTypeRules(TypeFacts{name, Anchor{1, 1}}, ctx);   // ST003 at [1, 6)
//
// The rules read the roles ParseDnssdName gave each label; the service name
// inside the type is checked by the SN rules (lint/rules/name/). The same
// list runs on the type part of instance names. Registry-aware rules read
// `ctx.registry` (nullptr when no registry is loaded).
//
// Adding a rule: its entry in rules/st.toml, its .cc, its line in
// TypeRules() (type_rules.cc) and its tests in tests/rules/.
#ifndef SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_
#define SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_

#include <span>

#include "lint/base/source_span.h"
#include "lint/model/dnssd_name.h"
#include "lint/rules/check_context.h"
#include "svclint/rule_ids.h"

namespace svclint {

struct TypeFacts {
  const DnssdName& name;
  Anchor at;  // where the name's first byte is

  // The span of label `i` (a zero-length label spans the dot after it).
  SourceSpan LabelSpan(int i) const;
  // The span of labels [begin, end), dots between them included.
  SourceSpan LabelsSpan(int begin, int end) const;
};

struct TypeRule {
  RuleId id;
  void (*check)(const TypeFacts& type, CheckContext& ctx);
};

// Every service type rule, in id order (then SN008 for the protocol label).
std::span<const TypeRule> TypeRules();

// Runs each enabled rule of TypeRules() on `type`.
void RunTypeRules(const TypeFacts& type, CheckContext& ctx);

void CheckTypeMissingUnderscore(const TypeFacts& type, CheckContext& ctx);
void CheckTypeBadProtocol(const TypeFacts& type, CheckContext& ctx);
void CheckTypeMalformed(const TypeFacts& type, CheckContext& ctx);
void CheckSubtypeMalformed(const TypeFacts& type, CheckContext& ctx);
void CheckLabelTooLong(const TypeFacts& type, CheckContext& ctx);
void CheckFqdnTooLong(const TypeFacts& type, CheckContext& ctx);
void CheckTypeUnregistered(const TypeFacts& type, CheckContext& ctx);
void CheckTypeWrongTransport(const TypeFacts& type, CheckContext& ctx);
void CheckTypeMetaQuery(const TypeFacts& type, CheckContext& ctx);
// SN008 on an upper-case protocol label ("_TCP").
void CheckProtocolNotLowercase(const TypeFacts& type, CheckContext& ctx);

// ST004 on a bare subtype label (systemd `SubType=`, TOML `subtypes`): empty
// or over 63 bytes.
void CheckSubtypeLabelSize(std::string_view label, Anchor at,
                           CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TYPE_TYPE_RULES_H_
