// ST004 subtype-malformed: RFC 6763 §7.1 writes a subtype as
// `<Sub>._sub.<Service>.<Domain>`, one subtype label of 1-63 bytes (RFC 1035
// §2.3.4), then `_sub`, then the service type.
//
//   _sub._http._tcp            -> subtype has no label before '_sub' [1, 5)
//   _a._b._sub._http._tcp      -> subtype '_a._b' spans several labels
//   _a._sub._b._sub._http._tcp -> '_sub' at column 12 is misplaced
//   <64 bytes>._sub._http._tcp -> subtype label is 64 bytes
//
// In a service config (input "config"): Avahi announces a full subtype
// under the service's own type, whatever the subtype text names after
// "_sub" (variant "other-type").
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/dnssd_name.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

namespace {

constexpr uint32_t kMaxLabel = 63;

}  // namespace

void CheckSubtypeLabelSize(std::string_view label, Anchor at,
                           CheckContext& ctx) {
  if (label.empty()) {
    ctx.sink.Report(RuleId::kST004, SpanAt(at, 0, 0), {}, {}, "empty");
  } else if (label.size() > kMaxLabel) {
    ctx.sink.Report(RuleId::kST004, SpanAt(at, 0, label.size()),
                    {{"length", label.size()}});
  }
}

void CheckSubtypeMalformed(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.sub == 0) {
    ctx.sink.Report(RuleId::kST004, type.LabelSpan(0), {}, {}, "empty");
  } else if (d.sub > 1) {
    ctx.sink.Report(RuleId::kST004, type.LabelsSpan(0, d.sub),
                    {{"label", InputText(d.LabelsText(0, d.sub))}}, {},
                    "several-labels");
  } else if (d.sub == 1) {
    const DnsLabel& label = d.dns.labels[0];
    if (label.size == 0) {
      ctx.sink.Report(RuleId::kST004, type.LabelSpan(0), {}, {}, "empty");
    } else if (label.wire_size > kMaxLabel) {
      ctx.sink.Report(RuleId::kST004, type.LabelSpan(0),
                      {{"length", label.wire_size}});
    }
  }
  for (int i = 0; i < static_cast<int>(d.size()); ++i) {
    if (d.role(i) != LabelRole::kMisplacedSub) continue;
    const SourceSpan span = type.LabelSpan(i);
    ctx.sink.Report(RuleId::kST004, span, {{"column", span.column}}, {},
                    "misplaced");
  }
}

namespace {

// "_http._tcp.local." and "_HTTP._tcp" name the same type: the service and
// protocol labels compare without case, the domain not at all.
bool SameType(std::string_view a, std::string_view b) {
  auto two_labels = [](std::string_view t) {
    const size_t first = t.find('.');
    if (first == std::string_view::npos) return t;
    return t.substr(0, t.find('.', first + 1));
  };
  return EqualsIgnoreCase(two_labels(a), two_labels(b));
}

}  // namespace

void CheckSubtypeMalformedInConfig(const ConfigFacts& config,
                                   CheckContext& ctx) {
  for (const ServiceConfig& service : config.file.services) {
    if (!service.type || service.type->text.empty()) continue;
    const std::string_view own = service.type->text;
    for (const ConfigSubtype& subtype : service.subtypes) {
      if (!subtype.full) continue;
      // "_printer._sub._ipp._tcp" names the type "_ipp._tcp".
      const std::string_view text = subtype.value.text;
      const size_t marker = FindSubMarker(text);
      if (marker == std::string_view::npos) continue;
      const size_t type_at = marker + std::string_view("._sub.").size();
      const std::string_view named = text.substr(type_at);
      if (SameType(named, own)) continue;
      ctx.sink.Report(
          RuleId::kST004, config.SpanOf(subtype.value, type_at, text.size()),
          {{"subtype_type", InputText(named)}, {"type", InputText(own)}}, {},
          "other-type");
    }
  }
}

}  // namespace svclint
