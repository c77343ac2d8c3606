// ST004 subtype-malformed: RFC 6763 §7.1 writes a subtype as
// `<Sub>._sub.<Service>.<Domain>`, one subtype label of 1-63 bytes (RFC 1035
// §2.3.4), then `_sub`, then the service type.
//
//   _sub._http._tcp            -> subtype has no label before '_sub' [1, 5)
//   _a._b._sub._http._tcp      -> subtype '_a._b' spans several labels
//   _a._sub._b._sub._http._tcp -> '_sub' at column 12 is misplaced
//   <64 bytes>._sub._http._tcp -> subtype label is 64 bytes
#include "absl/strings/str_cat.h"
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
                    {{"length", absl::StrCat(label.size())}});
  }
}

void CheckSubtypeMalformed(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (d.sub == 0) {
    ctx.sink.Report(RuleId::kST004, type.LabelSpan(0), {}, {}, "empty");
  } else if (d.sub > 1) {
    ctx.sink.Report(RuleId::kST004, type.LabelsSpan(0, d.sub),
                    {{"label", Printable(d.LabelsText(0, d.sub))}}, {},
                    "several-labels");
  } else if (d.sub == 1) {
    const DnsLabel& label = d.dns.labels[0];
    if (label.size == 0) {
      ctx.sink.Report(RuleId::kST004, type.LabelSpan(0), {}, {}, "empty");
    } else if (label.wire_size > kMaxLabel) {
      ctx.sink.Report(RuleId::kST004, type.LabelSpan(0),
                      {{"length", absl::StrCat(label.wire_size)}});
    }
  }
  for (int i = 0; i < static_cast<int>(d.size()); ++i) {
    if (d.role(i) != LabelRole::kMisplacedSub) continue;
    const SourceSpan span = type.LabelSpan(i);
    ctx.sink.Report(RuleId::kST004, span,
                    {{"column", absl::StrCat(span.column)}}, {}, "misplaced");
  }
}

}  // namespace svclint
