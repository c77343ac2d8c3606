#include "lint/rules/txt/defined_keys.h"

#include <span>

#include "lint/base/strings.h"

namespace svclint {
namespace {

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

// Bonjour Printing Specification 1.2.1 §9 ("TXT record keys"), and the
// keys IPP Everywhere (PWG 5100.14 §4.2.2) and CUPS add (scheduler/dirsvc.c
// publishes mopria-certified and printer-type). The registry's note for
// ipp reads "See BonjourPrinting.pdf.".
constexpr std::string_view kPrintingKeys[] = {"txtvers",
                                              "qtotal",
                                              "rp",
                                              "ty",
                                              "product",
                                              "note",
                                              "adminurl",
                                              "priority",
                                              "usb_MFG",
                                              "usb_MDL",
                                              "usb_CMD",
                                              "pdl",
                                              "Transparent",
                                              "Binary",
                                              "TBCP",
                                              "Color",
                                              "Duplex",
                                              "Copies",
                                              "Collate",
                                              "Bind",
                                              "Sort",
                                              "Staple",
                                              "Punch",
                                              "PaperMax",
                                              "PaperCustom",
                                              "Fax",
                                              "Scan",
                                              "kind",
                                              "air",
                                              "TLS",
                                              "UUID",
                                              "URF",
                                              "rfo",
                                              "print_wfds",
                                              "printer-state",
                                              "printer-type",
                                              "mopria-certified"};

constexpr std::string_view kPrintingServices[] = {"ipp", "ipps", "printer",
                                                  "pdl-datastream"};

}  // namespace

bool KeyMatchesDefined(std::string_view defined, std::string_view key) {
  if (EqualsIgnoreCase(defined, key)) return true;
  if (defined.size() < 2) return false;
  const char placeholder = defined.back();
  const std::string_view stem = defined.substr(0, defined.size() - 1);
  const bool numbered_stem =
      (placeholder == 'X' || placeholder == 'N') && IsLowerAscii(stem.back());
  const bool hash_stem = placeholder == '#' && stem.size() >= 2;
  if (!numbered_stem && !hash_stem) return false;
  if (key.size() <= stem.size() || !StartsWithIgnoreCase(key, stem)) {
    return false;
  }
  for (char c : key.substr(stem.size())) {
    if (!IsDigitAscii(c)) return false;
  }
  return true;
}

std::span<const std::string_view> PrintingTxtKeys(std::string_view service) {
  for (std::string_view s : kPrintingServices) {
    if (EqualsIgnoreCase(s, service)) return kPrintingKeys;
  }
  return {};
}

bool ServiceDefinesKey(const Registry* registry, std::string_view service,
                       std::string_view key) {
  if (service.empty() || key.empty()) return false;
  for (std::string_view k : PrintingTxtKeys(service)) {
    if (EqualsIgnoreCase(k, key)) return true;
  }
  if (registry == nullptr) return false;
  const DefinedTxtKeys* defined = registry->TxtKeys(service);
  if (defined == nullptr) return false;
  for (std::string_view k : defined->keys) {
    if (KeyMatchesDefined(k, key)) return true;
  }
  return false;
}

}  // namespace svclint
