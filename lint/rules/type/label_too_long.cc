// ST005 label-too-long: RFC 1035 §2.3.4, "labels 63 octets or less",
// counted on the wire (an escape such as `\.` is one byte).
//
//   _http._tcp.<64 x 'a'>.com  -> "label 'aaa...' is 64 bytes; ...", [12, 76)
//
// Instance labels (SI002), subtype labels (ST004) and service labels
// (SN002) have their own, more specific findings.
#include "absl/strings/str_cat.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"

namespace svclint {

void CheckLabelTooLong(const TypeFacts& type, CheckContext& ctx) {
  constexpr uint32_t kMaxLabel = 63;
  const DnssdName& d = type.name;
  for (int i = 0; i < static_cast<int>(d.size()); ++i) {
    const DnsLabel& label = d.dns.labels[i];
    if (label.wire_size <= kMaxLabel) continue;
    const LabelRole role = d.role(i);
    if (role == LabelRole::kInstance || role == LabelRole::kSubtype ||
        role == LabelRole::kService) {
      continue;
    }
    ctx.sink.Report(
        RuleId::kST005, type.LabelSpan(i),
        {{"label", InputText(d.LabelText(i))}, {"length", label.wire_size}});
  }
}

}  // namespace svclint
