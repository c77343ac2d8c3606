// The `_sub` subtypes known for a service type (RFC 6763 §7.1), each with
// where it is known from: the registry's own notes ("Known Subtypes:
// _printer" on http) and the conventions of Bonjour printing, as data.
//
//   KnownSubtypes("ipp", registry) ->
//     {"_universal", "AirPrint; CUPS publishes it (scheduler/dirsvc.c)"}, ...
#ifndef SVCLINT_LINT_LSP_KNOWN_SUBTYPES_H_
#define SVCLINT_LINT_LSP_KNOWN_SUBTYPES_H_

#include <string>
#include <string_view>
#include <vector>

#include "lint/registry/registry.h"

namespace svclint::lsp {

struct KnownSubtype {
  std::string label;   // "_universal"
  std::string source;  // "AirPrint; CUPS publishes it (scheduler/dirsvc.c)"
};

// For service name `service` ("ipp"): the registry's subtypes first, then
// the conventions' (one entry per label, its sources joined).
std::vector<KnownSubtype> KnownSubtypes(std::string_view service,
                                        const Registry& registry);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_KNOWN_SUBTYPES_H_
