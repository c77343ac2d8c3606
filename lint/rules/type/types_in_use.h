// Service types that clients browse for and that a published specification
// or the project's own documentation fixes, but that nobody has registered
// with IANA. Whoever deploys such a service cannot rename it (browsers look
// for exactly that name) and cannot register a name they do not own, so
// ST007 does not report them. Data, one row per type, each citing where
// the type is defined.
//
//   FindTypeInUse("uscan", Transport::kTcp)->defined_by  names Mopria eSCL
//   FindTypeInUse("uscan", Transport::kUdp)              == nullptr
//   FindTypeInUse("myapp", Transport::kTcp)              == nullptr
#ifndef SVCLINT_LINT_RULES_TYPE_TYPES_IN_USE_H_
#define SVCLINT_LINT_RULES_TYPE_TYPES_IN_USE_H_

#include <span>
#include <string_view>

#include "lint/model/transport.h"

namespace svclint {

struct TypeInUse {
  std::string_view name;  // the service name, without its underscore
  Transport transport;    // kTcp for `_tcp`, kUdp for `_udp`
  std::string_view defined_by;
};

// The row for `name` (compared without regard to case) on the DNS-SD
// transport `transport` (`_udp` stands for every non-TCP transport), or
// nullptr.
const TypeInUse* FindTypeInUse(std::string_view name, Transport transport);

// Every row, for documentation and tests.
std::span<const TypeInUse> TypesInUse();

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TYPE_TYPES_IN_USE_H_
