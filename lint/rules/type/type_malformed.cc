// ST003 type-malformed: a service type is one service label and one
// protocol label (RFC 6763 §7), after an optional subtype (§7.1) or
// instance label (§4.1), before an optional domain. Reports, each at its
// own column:
//
//   _daap._http._tcp   -> '_daap' comes before the service label   [1, 6)
//   Printer._ipp._tcp  -> unexpected label 'Printer' (read as a type)
//   _http              -> no protocol label after '_http'          [1, 6)
//   _tcp.local.        -> no service label before '_tcp'           [1, 5)
//   _http._tcp._udp    -> '_udp' follows the protocol label        [12, 16)
//   _http.._tcp        -> empty label at column 7                  [7, 8)
//   _http._tcp.lo\cal  -> invalid escape '\c' (RFC 1035 §5.1)      [14, 16)
//   .                  -> '.' has no labels                      [1, 2)
//   Jane's MacBook Pro (as an instance) -> no service type after it
//
// Subtype labels (ST004) and instance labels (SI rules) have their own
// rules for emptiness and escapes.
#include "absl/strings/str_cat.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {
namespace {

void ReportLabels(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  // Only a finding needs these as text: most names have none.
  auto service = [&] {
    return d.service >= 0 ? Printable(d.LabelText(d.service)) : std::string();
  };
  auto protocol = [&] {
    return d.protocol >= 0 ? Printable(d.LabelText(d.protocol)) : std::string();
  };
  for (int i = 0; i < static_cast<int>(d.size()); ++i) {
    const std::string_view label = d.LabelText(i);
    const LabelRole role = d.role(i);
    if (label.empty()) {
      if (role == LabelRole::kSubtype) continue;  // ST004
      const SourceSpan span = type.LabelSpan(i);
      ctx.sink.Report(RuleId::kST003, span, {{"column", span.column}}, {},
                      "empty-label");
      continue;
    }
    switch (role) {
      case LabelRole::kNested:
        ctx.sink.Report(RuleId::kST003, type.LabelSpan(i),
                        {{"label", InputText(label)}, {"service", service()}});
        break;
      case LabelRole::kStray:
        ctx.sink.Report(RuleId::kST003, type.LabelSpan(i),
                        {{"label", InputText(label)}}, {}, "extra-label");
        break;
      case LabelRole::kRepeatedProtocol:
        ctx.sink.Report(RuleId::kST003, type.LabelSpan(i),
                        {{"label", InputText(label)}, {"protocol", protocol()}},
                        {}, "repeated-protocol");
        break;
      default:
        break;
    }
  }
}

void ReportMissing(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.meta_query) return;
  if (d.size() == 0) {  // "." (the root) or "": nothing is named
    ctx.sink.Report(
        RuleId::kST003, SpanAt(type.at, 0, d.dns.text.size()),
        {{"name", InputText(d.dns.text)},
         {"expected", d.with_instance
                          ? "an instance name is <Instance>._<service>._tcp"
                          : "a service type is _<service>._tcp or ._udp"}},
        {}, "no-labels");
    return;
  }
  if (d.with_instance && d.instance_end > 0 && d.service < 0 &&
      d.protocol < 0) {
    // "Jane's MacBook Pro" read as an instance: a bare instance label.
    ctx.sink.Report(RuleId::kST003, SpanAt(type.at, 0, d.dns.text.size()),
                    {{"label", InputText(d.LabelsText(0, d.instance_end))}}, {},
                    "instance-without-type");
    return;
  }
  if (d.protocol < 0) {
    const bool has_service = d.service >= 0;
    const SourceSpan span = has_service ? type.LabelSpan(d.service)
                                        : SpanAt(type.at, 0, d.dns.text.size());
    const std::string_view label =
        has_service ? d.LabelText(d.service) : d.dns.text;
    ctx.sink.Report(RuleId::kST003, span, {{"label", InputText(label)}}, {},
                    "missing-protocol");
  } else if (d.service < 0) {
    ctx.sink.Report(RuleId::kST003, type.LabelSpan(d.protocol),
                    {{"protocol", InputText(d.LabelText(d.protocol))}}, {},
                    "missing-service");
  }
  if (d.with_instance && d.instance_end == 0) {
    ctx.sink.Report(RuleId::kST003, SpanAt(type.at, 0, 0), {}, {},
                    "missing-instance");
  }
}

void ReportBadEscapes(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  // Escapes inside the instance label are SI005's.
  const size_t instance_bytes = d.LabelsText(0, d.instance_end).size();
  for (const BadEscape& e : d.dns.bad_escapes) {
    if (d.instance_end > 0 && e.offset < instance_bytes) continue;
    ctx.sink.Report(RuleId::kST003, SpanAt(type.at, e.offset, e.size),
                    {{"escape", InputText(d.dns.text.substr(e.offset, e.size))},
                     {"column", SpanAt(type.at, e.offset, 0).column}},
                    {}, "bad-escape");
  }
}

}  // namespace

void CheckTypeMalformed(const TypeFacts& type, CheckContext& ctx) {
  ReportLabels(type, ctx);
  ReportMissing(type, ctx);
  if (!type.name.dns.bad_escapes.empty()) ReportBadEscapes(type, ctx);
}

}  // namespace svclint
