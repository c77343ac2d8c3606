// Whether a TXT key is one the service's own definition names: the
// registry's "Defined TXT keys" note (with its templates, `dkX` for dk0,
// dk1, ...) or, for the service types whose note only points to a
// specification (or says "None"), that document's keys (spec_txt_keys.h).
//
//   ServiceDefinesKey(registry, "adisk", "dk0")        == true   (dkX)
//   ServiceDefinesKey(registry, "ipp", "printer-type") == true
//   KeyMatchesDefined("dkX", "dk12") == true; KeyMatchesDefined("dkX", "dk")
//   == false
#ifndef SVCLINT_LINT_RULES_TXT_DEFINED_KEYS_H_
#define SVCLINT_LINT_RULES_TXT_DEFINED_KEYS_H_

#include <string_view>

#include "lint/registry/registry.h"

namespace svclint {

// `defined` as a registry note writes it: a key ("path", compared without
// regard to case, RFC 6763 §6.4), or a template whose last character is a
// placeholder for a number: an upper-case X or N after a lower-case stem
// ("dkX", "sysN"), or '#' ("c#" is not one: '#' alone after one letter is
// HomeKit's real key, so the stem must be two characters or more).
bool KeyMatchesDefined(std::string_view defined, std::string_view key);

// Whether `key` is defined for `service` by the registry (nullptr: no
// registry) or by the specification of its type (spec_txt_keys.h: Bonjour
// Printing, eSCL, Matter, Thread MeshCoP, HomeKit).
bool ServiceDefinesKey(const Registry* registry, std::string_view service,
                       std::string_view key);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TXT_DEFINED_KEYS_H_
