// PR001 port-out-of-range: a port outside 0-65535, a malformed `ports`
// range, or a `port` string other than "user" (RFC 6335 §6: port numbers
// are 16-bit).
//
//   port = 70000           -> "port 70000 is not in 0-65535"
//   ports = "5003-5000"    -> malformed-range
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {

void CheckPortOutOfRange(const Request& request, CheckContext& ctx) {
  for (const PortProblem& problem : AnalyzePorts(request).problems) {
    switch (problem.kind) {
      case PortProblem::Kind::kOutOfRange:
        ctx.sink.Report(RuleId::kPR001, problem.span, {{"port", problem.text}});
        break;
      case PortProblem::Kind::kMalformedRange:
        ctx.sink.Report(RuleId::kPR001, problem.span, {{"range", problem.text}},
                        {}, "malformed-range");
        break;
      case PortProblem::Kind::kNotAPort:
        ctx.sink.Report(RuleId::kPR001, problem.span, {{"value", problem.text}},
                        {}, "not-a-port");
        break;
    }
  }
}

}  // namespace svclint
