// What a request asks for in `port` and `ports` (SPEC §2), read once so
// that every port rule agrees on it:
//
//   port = 4999           -> ranges {4999-4999}
//   port = "user"         -> any_user
//   ports = "5000-5003"   -> ranges {5000-5003}
//   ports = [5000, 5002]  -> ranges {5000-5000, 5002-5002}
//   port = 70000          -> problems {kOutOfRange}  (PR001)
//
// Values of the wrong type (`port = 80.0`) are neither ranges nor
// problems: RQ010 reports them.
#ifndef SVCLINT_LINT_RULES_REQUEST_REQUESTED_PORTS_H_
#define SVCLINT_LINT_RULES_REQUEST_REQUESTED_PORTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lint/base/source_span.h"
#include "lint/model/request.h"

namespace svclint {

struct PortRange {
  uint32_t lo = 0;  // 0 <= lo <= hi <= 65535
  uint32_t hi = 0;
  SourceSpan span;  // the value that asks for it

  uint32_t size() const { return hi - lo + 1; }
  // "80" or "5000-5003".
  std::string Text() const;
};

struct PortProblem {
  enum class Kind {
    kOutOfRange,      // an integer outside 0-65535
    kMalformedRange,  // a `ports` string that is not "LOW-HIGH"
    kNotAPort,        // a `port` string other than "user"
  };
  Kind kind;
  SourceSpan span;
  std::string text;  // the value as the message shows it
};

struct RequestedPorts {
  std::vector<PortRange> ranges;  // valid ones, in file order
  bool any_user = false;          // port = "user"
  std::vector<PortProblem> problems;
  bool has_port_key = false;   // `port` written (any value)
  bool has_ports_key = false;  // `ports` written (any value)
  SourceSpan key_span;         // the first of the two keys

  // Whether the request asks for a port at all.
  bool asked() const { return has_port_key || has_ports_key; }
  // How many specific ports the valid ranges hold.
  uint64_t count() const;
  // For messages: "port 4999", "ports 5000-5003", "ports 80, 443",
  // "a User port", or "a port" when nothing valid is asked for.
  std::string Describe() const;
};

RequestedPorts AnalyzePorts(const Request& request);

// For PR002/PR003 messages: "Port 80" or "Ports 1000-1023".
std::string CapitalPorts(uint32_t lo, uint32_t hi);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_REQUEST_REQUESTED_PORTS_H_
