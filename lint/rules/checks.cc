#include "lint/rules/checks.h"

#include "lint/base/strings.h"
#include "lint/parse/dns_name.h"
#include "lint/parse/dnssd_name.h"
#include "lint/rules/fast_type.h"
#include "lint/rules/instance/instance_rules.h"
#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"
#include "lint/rules/type/type_rules.h"
#include "svclint/rules_domain.h"

namespace svclint {
namespace {

bool HasUnderscore(std::string_view label) {
  return !label.empty() && label[0] == '_';
}

void Publish(CheckContext& ctx, std::string_view field, std::string_view value,
             Anchor at, size_t offset) {
  if (!ctx.sink.has_custom_rules()) return;
  ctx.sink.Field(field, value, SpanAt(at, offset, value.size()));
}

void RunName(std::string_view name, Anchor at, CheckContext& ctx) {
  Publish(ctx, "service.name", name, at, 0);
  RunNameRules(ComputeNameFacts(name, at), ctx);
}

// `--as subtype` on a name without `_sub`, or `--as type` on a subtype:
// the input is not what the user said it is (ST004/ST003), and the rules
// that read it as it is still run.
void CheckReading(const DnssdName& d, bool subtype, Anchor at,
                  CheckContext& ctx) {
  const SourceSpan whole = SpanAt(at, 0, d.dns.text.size());
  bool has_sub = d.sub >= 0;
  for (int i = 0; i < static_cast<int>(d.size()) && !has_sub; ++i) {
    has_sub = IsSubLabel(d.LabelText(i));
  }
  if (subtype && !has_sub && d.size() > 0) {
    ctx.sink.Report(RuleId::kST004, whole, {{"name", InputText(d.dns.text)}},
                    {}, "not-subtype");
  } else if (!subtype && d.sub > 0 && d.service >= 0) {
    ctx.sink.Report(RuleId::kST003, whole,
                    {{"name", InputText(d.dns.text)},
                     {"subtype", InputText(d.LabelsText(0, d.sub))},
                     {"type", InputText(d.LabelsText(
                                  d.sub + 1, static_cast<int>(d.size())))}},
                    {}, "is-subtype");
  }
}

// The type, name and subtype checks of a parsed type or instance name.
void CheckParsed(const DnssdName& d, Anchor at, CheckContext& ctx) {
  RunTypeRules(TypeFacts{d, at}, ctx);
  if (d.meta_query) return;
  if (d.service >= 0 && !d.LabelText(d.service).empty()) {
    const uint32_t offset = d.ServiceNameOffset();
    RunName(d.ServiceName(), Shifted(at, offset), ctx);
  }
  if (ctx.sink.has_custom_rules()) {
    const int first = d.sub >= 0 ? d.sub + 1 : d.instance_end;
    const int n = static_cast<int>(d.size());
    const std::string_view type = d.LabelsText(first, n);
    if (first < n) {
      Publish(ctx, "service.type", type, at, d.dns.labels[first].offset);
    }
    if (d.sub == 1) Publish(ctx, "service.subtype", d.LabelText(0), at, 0);
  }
}

// CheckServiceType, after saying when `type` is not of the kind the user
// forced: `subtype` true for `--as subtype`, false for `--as type`.
void CheckServiceTypeAs(std::string_view type, bool subtype, Anchor at,
                        CheckContext& ctx) {
  if (type.empty()) {
    CheckServiceType(type, at, ctx);
    return;
  }
  // A clean "_name._tcp" has no `_sub`: fine as a type (the fast path of
  // CheckServiceType, taken once), not as a subtype.
  if (!subtype && !ctx.sink.has_custom_rules() &&
      IsCleanCommonType(type, ctx.registry)) {
    return;
  }
  const DnssdName d = ParseDnssdName(type, /*with_instance=*/false);
  if (ctx.sink.Enabled(RuleId::kST003) || ctx.sink.Enabled(RuleId::kST004)) {
    CheckReading(d, subtype, at, ctx);
  }
  CheckParsed(d, at, ctx);
}

}  // namespace

// A `_sub` label anywhere ("._sub.", or "_sub." first) makes a subtype, so
// that an input read as it looks never meets CheckReading's complaints.
InputKind ClassifyInput(std::string_view input) {
  if (FindSubMarker(input) != std::string_view::npos ||
      (input.size() > 5 && IsSubLabel(input.substr(0, 4)) && input[4] == '.')) {
    return InputKind::kSubtype;
  }
  // The first label starts with the input's first byte.
  if (!input.empty() && input[0] == '_') return InputKind::kType;
  const DnsName name = ParseDnsName(input);
  const size_t n = name.labels.size();
  if (n == 0) return InputKind::kName;
  auto label = [&](size_t i) { return name.LabelText(i); };
  if (HasUnderscore(label(0))) return InputKind::kType;
  if (n == 1) return InputKind::kName;
  if (EqualsIgnoreCase(label(1), "_dns-sd")) {
    for (std::string_view m : {"b", "db", "r", "dr", "lb"}) {
      if (EqualsIgnoreCase(label(0), m)) return InputKind::kType;
    }
  }
  for (size_t i = 1; i < n; ++i) {
    if (ProtocolOf(label(i)) != Transport::kNone) {
      return i == 1 ? InputKind::kType : InputKind::kInstance;
    }
  }
  if (HasUnderscore(label(1))) return InputKind::kInstance;
  for (size_t i = 1; i < n; ++i) {
    if (EqualsIgnoreCase(label(i), "tcp") || EqualsIgnoreCase(label(i), "udp"))
      return InputKind::kType;
  }
  return InputKind::kName;
}

void CheckAs(std::string_view input, InputKind kind, Anchor at,
             CheckContext& ctx) {
  switch (kind) {
    case InputKind::kName:
      CheckServiceName(input, at, ctx);
      break;
    case InputKind::kType:
      CheckServiceTypeAs(input, /*subtype=*/false, at, ctx);
      break;
    case InputKind::kSubtype:
      CheckServiceTypeAs(input, /*subtype=*/true, at, ctx);
      break;
    case InputKind::kInstance:
      CheckInstanceName(input, at, ctx);
      break;
    case InputKind::kTxt: {
      const TxtString one{input, at};
      CheckTxtRecord(std::span<const TxtString>(&one, 1), ctx,
                     SpanAt(at, 0, input.size()));
      break;
    }
  }
}

void CheckServiceName(std::string_view name, Anchor at, CheckContext& ctx) {
  RunName(name, at, ctx);
}

void CheckServiceType(std::string_view type, Anchor at, CheckContext& ctx) {
  if (type.empty()) {
    RunName(type, at, ctx);  // SN001: nothing names the service
    return;
  }
  // Most types in the wild are clean "_name._tcp": prove it in one pass.
  if (!ctx.sink.has_custom_rules() && IsCleanCommonType(type, ctx.registry)) {
    return;
  }
  const DnssdName d = ParseDnssdName(type, /*with_instance=*/false);
  CheckParsed(d, at, ctx);
}

void CheckInstanceName(std::string_view instance, Anchor at,
                       CheckContext& ctx) {
  const DnssdName d = ParseDnssdName(instance, /*with_instance=*/true);
  const std::string_view label = d.LabelsText(0, d.instance_end);
  if (!label.empty()) {
    Publish(ctx, "service.instance", label, at, 0);
    RunInstanceRules(ComputeInstanceFacts(label, at, /*escaped=*/true), ctx);
  }
  CheckParsed(d, at, ctx);
}

void CheckInstanceLabel(std::string_view label, Anchor at, CheckContext& ctx) {
  Publish(ctx, "service.instance", label, at, 0);
  RunInstanceRules(ComputeInstanceFacts(label, at, /*escaped=*/false), ctx);
}

void CheckSubtypeLabel(std::string_view label, Anchor at, CheckContext& ctx) {
  Publish(ctx, "service.subtype", label, at, 0);
  if (ctx.sink.Enabled(RuleId::kST004)) CheckSubtypeLabelSize(label, at, ctx);
}

void CheckTxtRecord(std::span<const TxtString> strings, CheckContext& ctx,
                    SourceSpan record_span, std::string_view service) {
  const TxtRecordFacts record =
      ComputeTxtRecordFacts(strings, record_span, service);
  RunTxtRules(record, ctx);
  if (ctx.sink.has_custom_rules()) {
    for (const TxtStringFacts& s : record.entries) {
      Publish(ctx, "txt.key", s.entry.key, s.at(), 0);
      if (s.entry.has_value) {
        Publish(ctx, "txt.value", s.entry.value, s.at(), s.entry.value_offset);
      }
    }
  }
}

void CheckDomainName(std::string_view name, Anchor at, DomainKind kind,
                     CheckContext& ctx) {
  // Not gated on the rule's own id: ST010's check also reports ST005 and
  // ST006, which the sink filters one by one.
  const DomainFacts domain{name, at, kind};
  for (const auto& rule : kDomainRules) rule.check(domain, ctx);
}

}  // namespace svclint
