// Yes/no answers for programs that only need to know whether a name is
// usable, the question Avahi's avahi_is_valid_service_type_strict()
// answers: a daemon registering a service, a UI validating a field.
//
//   if (!svclint::IsValidServiceType(type)) return Refuse(type);
//
// "Valid" means what `svclint check` decides with its default rules:
// nothing of severity error. Every error rule runs -- RFC 6335 §5.1's name
// syntax (SN001-SN006) and RFC 6763's type structure (ST001-ST006, ST009)
// -- where Avahi checks the structure only. Warnings and notes (historic
// aliases, unregistered names, a wrong transport, upper case, versions)
// do not make a name invalid, so no registry is needed.
//
// One pass over the bytes, nothing allocated; a type with a backslash
// escape (rare) takes the full checks. The contract, tested over the
// registry, the corpus and generated names and asserted by the names
// fuzzer: IsValidServiceType(t) == no error from CheckServiceType(t).
#ifndef SVCLINT_LINT_RULES_VERDICT_H_
#define SVCLINT_LINT_RULES_VERDICT_H_

#include <string_view>

namespace svclint {

// A bare service name ("http"): 1-15 letters, digits and hyphens, with a
// letter, no hyphen at either end or next to another.
bool IsValidServiceName(std::string_view name);

// A service type or subtype, optionally with a domain: "_http._tcp",
// "_ipp._tcp.local.", "_printer._sub._http._tcp".
bool IsValidServiceType(std::string_view type);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_VERDICT_H_
