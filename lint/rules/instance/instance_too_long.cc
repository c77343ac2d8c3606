// SI002 instance-too-long: the instance is one DNS label, "63 octets or
// less" (RFC 1035 §2.3.4), counted in bytes after decoding escapes.
//
//   <64-byte name>._ipp._tcp  -> "instance name is 64 bytes; ...", [1, 65)
#include "absl/strings/str_cat.h"
#include "lint/rules/instance/instance_rules.h"

namespace svclint {

void CheckInstanceTooLong(const InstanceFacts& instance, CheckContext& ctx) {
  constexpr uint32_t kMaxLabel = 63;
  if (instance.wire_size <= kMaxLabel) return;
  ctx.sink.Report(RuleId::kSI002, SpanAt(instance.at, 0, instance.text.size()),
                  {{"length", absl::StrCat(instance.wire_size)}});
}

}  // namespace svclint
