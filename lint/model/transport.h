// The transport protocols the IANA registry assigns ports for.
#ifndef SVCLINT_LINT_MODEL_TRANSPORT_H_
#define SVCLINT_LINT_MODEL_TRANSPORT_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "lint/base/strings.h"

namespace svclint {

enum class Transport : uint8_t { kNone = 0, kTcp, kUdp, kSctp, kDccp };

constexpr std::string_view TransportName(Transport t) {
  switch (t) {
    case Transport::kTcp:
      return "tcp";
    case Transport::kUdp:
      return "udp";
    case Transport::kSctp:
      return "sctp";
    case Transport::kDccp:
      return "dccp";
    case Transport::kNone:
      break;
  }
  return "";
}

// "tcp", "UDP", ... ; nullopt for anything else (including "").
inline std::optional<Transport> ParseTransport(std::string_view text) {
  for (Transport t :
       {Transport::kTcp, Transport::kUdp, Transport::kSctp, Transport::kDccp}) {
    if (EqualsIgnoreCase(text, TransportName(t))) return t;
  }
  return std::nullopt;
}

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_TRANSPORT_H_
