// The TXT keys that a published specification defines for a DNS-SD service
// type, when the IANA registry's "Defined TXT keys" note does not list them
// (it points to the document, says "None", or the entry has no note). Data,
// one row per specification, each citing where its keys are defined.
//
//   FindSpecTxtKeys("ipps")->keys    contains "printer-type"
//   FindSpecTxtKeys("uscan")->keys   contains "representation"
//   FindSpecTxtKeys("http")          == nullptr
#ifndef SVCLINT_LINT_RULES_TXT_SPEC_TXT_KEYS_H_
#define SVCLINT_LINT_RULES_TXT_SPEC_TXT_KEYS_H_

#include <span>
#include <string_view>

namespace svclint {

struct SpecTxtKeys {
  std::string_view spec;  // the document that defines the keys
  std::span<const std::string_view> services;
  std::span<const std::string_view> keys;
  // Printing and scanning records: RFC 6763 §6.2 names printing ("e.g., LPR
  // printing [BJP]") as the case where more than the typical 200 bytes is
  // justified, so TX006 measures these records against 400 bytes.
  bool printing_family;
};

// The row whose services include `service` (compared without regard to
// case), or nullptr.
const SpecTxtKeys* FindSpecTxtKeys(std::string_view service);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TXT_SPEC_TXT_KEYS_H_
