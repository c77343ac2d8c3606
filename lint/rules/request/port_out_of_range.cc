// PR001 port-out-of-range: a port outside 0-65535, a malformed `ports`
// range, or a `port` string other than "user" (RFC 6335 §6: port numbers
// are 16-bit).
//
//   port = 70000           -> "port 70000 is not in 0-65535"
//   ports = "5003-5000"    -> malformed-range
//
// In a service config (input "config"): a port that is not a number in
// 0-65535. A missing port or port 0 is fine: Avahi and systemd publish
// port 0, which DNS-SD uses for a service that is advertised but not
// offered on this host; Avahi reads an empty <port> as port 0.
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/config/config_facts.h"
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

void CheckPortOutOfRangeInConfig(const ConfigFacts& config, CheckContext& ctx) {
  for (const ServiceConfig& service : config.file.services) {
    if (!service.port) continue;
    const std::string_view text = StripAsciiWhitespace(service.port->text);
    if (text.empty()) continue;
    if (service.port_number && *service.port_number >= 0 &&
        *service.port_number <= 65535) {
      continue;
    }
    const std::string shown = service.port_number
                                  ? absl::StrCat(*service.port_number)
                                  : absl::StrCat("'", AsAbsl(text), "'");
    ctx.sink.Report(RuleId::kPR001, service.port->span, {{"port", shown}});
  }
}

}  // namespace svclint
