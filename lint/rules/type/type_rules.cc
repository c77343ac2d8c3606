#include "lint/rules/type/type_rules.h"

namespace svclint {

SourceSpan TypeFacts::LabelSpan(int i) const {
  const DnsLabel& label = name.dns.labels[i];
  if (label.size == 0) {
    const bool has_dot = label.offset < name.dns.text.size();
    return SpanAt(at, label.offset, has_dot ? 1 : 0);
  }
  return SpanAt(at, label.offset, label.size);
}

SourceSpan TypeFacts::LabelsSpan(int begin, int end) const {
  const DnsLabel& first = name.dns.labels[begin];
  const DnsLabel& last = name.dns.labels[end - 1];
  return SpanAt(at, first.offset, last.offset + last.size - first.offset);
}

std::span<const TypeRule> TypeRules() {
  static constexpr TypeRule kRules[] = {
      {RuleId::kST001, CheckTypeMissingUnderscore},
      {RuleId::kST002, CheckTypeBadProtocol},
      {RuleId::kST003, CheckTypeMalformed},
      {RuleId::kST004, CheckSubtypeMalformed},
      {RuleId::kST005, CheckLabelTooLong},
      {RuleId::kST006, CheckFqdnTooLong},
      {RuleId::kST007, CheckTypeUnregistered},
      {RuleId::kST008, CheckTypeWrongTransport},
      {RuleId::kST009, CheckTypeMetaQuery},
      // The service label's case is the name rules' (SN008); the protocol
      // label's is read here, where the parse says which label it is.
      {RuleId::kSN008, CheckProtocolNotLowercase},
  };
  return kRules;
}

void RunTypeRules(const TypeFacts& type, CheckContext& ctx) {
  for (const TypeRule& rule : TypeRules()) {
    if (ctx.sink.Enabled(rule.id)) rule.check(type, ctx);
  }
}

}  // namespace svclint
