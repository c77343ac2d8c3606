// PR003 port-system-range: a port in 0-1023. RFC 6335 §8.1.2: System Ports
// are assigned only through "IETF Review" or "IESG Approval" (RFC 8126
// §4.8, §4.9), so the finding is an error when the request's reference is
// not an RFC or an Internet-Draft.
//
//   port = 80, reference = "RFC 9999"            -> warning
//   port = 80, reference = "https://example.com" -> error (not-ietf)
#include <algorithm>

#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckPortSystemRange(const Request& request, CheckContext& ctx) {
  constexpr uint32_t kLastSystem = 1023;
  const RequestValue* reference = StringField(request.reference);
  const bool no_reference = reference == nullptr || IsBlank(reference->text);
  for (const PortRange& range : AnalyzePorts(request).ranges) {
    if (range.lo > kLastSystem) continue;
    const std::string ports =
        CapitalPorts(range.lo, std::min(range.hi, kLastSystem));
    if (no_reference) {
      ctx.sink.Report(RuleId::kPR003, range.span, {{"ports", ports}}, {},
                      "no-reference");
    } else if (!IsIetfReference(reference->text)) {
      ctx.sink.Report(RuleId::kPR003, range.span,
                      {{"ports", ports}, {"reference", reference->text}}, {},
                      "not-ietf");
    } else {
      ctx.sink.Report(RuleId::kPR003, range.span, {{"ports", ports}});
    }
  }
}

}  // namespace svclint
