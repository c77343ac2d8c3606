#include "lint/rules/txt/spec_txt_keys.h"

#include "lint/base/strings.h"

namespace svclint {
namespace {

// Bonjour Printing Specification 1.2.1 §9 ("TXT record keys"), and the
// keys IPP Everywhere (PWG 5100.14 §4.2.2) and CUPS add (scheduler/dirsvc.c
// publishes mopria-certified and printer-type). The registry's note for
// ipp reads "See BonjourPrinting.pdf.".
constexpr std::string_view kPrintingServices[] = {"ipp", "ipps", "printer",
                                                  "pdl-datastream"};
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

// Mopria eSCL Scan Technical Specification 2.x, "DNS-SD TXT record" of the
// _uscan/_uscans service (Apple's AirScan uses the same record): the
// Bonjour Printing keys a scanner shares with printers (txtvers, ty, note,
// adminurl, pdl, UUID, usb_MFG, usb_MDL) and the scanning ones; Mopria adds
// mopria-certified-scan.
constexpr std::string_view kScanServices[] = {"uscan", "uscans"};
constexpr std::string_view kScanKeys[] = {
    "txtvers", "ty",     "note",    "adminurl", "representation",
    "rs",      "vers",   "pdl",     "UUID",     "cs",
    "is",      "duplex", "usb_MFG", "usb_MDL",  "mopria-certified-scan"};

// Matter Core Specification 1.3 §4.3.1 (commissionable node discovery,
// _matterc), §4.3.2 (operational discovery, _matter) and §4.3.3
// (commissioner discovery, _matterd); the registry's notes say "None".
constexpr std::string_view kMatterServices[] = {"matter", "matterc", "matterd"};
constexpr std::string_view kMatterKeys[] = {"D",   "VP", "CM", "DT",  "DN",
                                            "RI",  "PH", "PI", "SII", "SAI",
                                            "SAT", "T",  "ICD"};

// Thread Specification 1.3.0 §8.4.1.1.2 (the MeshCoP border agent record;
// the registry's note for meshcop points there), as OpenThread's border
// router publishes it (ot-br-posix src/border_agent/border_agent.cpp).
constexpr std::string_view kMeshcopServices[] = {"meshcop"};
constexpr std::string_view kMeshcopKeys[] = {"rv", "id", "tv", "sb", "nn", "xp",
                                             "vn", "mn", "vo", "dd", "xa", "at",
                                             "pt", "sq", "bb", "dn", "omr"};

// HomeKit Accessory Protocol Specification (Non-Commercial Version) R2
// §6.4, "Bonjour TXT Record" (_hap._tcp, and _hap._udp over Thread); the
// registry's hap entry is an unrelated, older registration without a note.
constexpr std::string_view kHapServices[] = {"hap"};
constexpr std::string_view kHapKeys[] = {"c#", "ff", "id", "md", "pv",
                                         "s#", "sf", "ci", "sh"};

constexpr SpecTxtKeys kSpecs[] = {
    {"Bonjour Printing Specification 1.2.1 §9; PWG 5100.14 §4.2.2",
     kPrintingServices, kPrintingKeys, /*printing_family=*/true},
    {"Mopria eSCL Scan Technical Specification (DNS-SD TXT record)",
     kScanServices, kScanKeys, /*printing_family=*/true},
    {"Matter Core Specification 1.3 §4.3", kMatterServices, kMatterKeys,
     /*printing_family=*/false},
    {"Thread Specification 1.3.0 §8.4.1.1.2", kMeshcopServices, kMeshcopKeys,
     /*printing_family=*/false},
    {"HomeKit Accessory Protocol Specification R2 §6.4", kHapServices, kHapKeys,
     /*printing_family=*/false},
};

}  // namespace

const SpecTxtKeys* FindSpecTxtKeys(std::string_view service) {
  for (const SpecTxtKeys& spec : kSpecs) {
    for (std::string_view s : spec.services) {
      if (EqualsIgnoreCase(s, service)) return &spec;
    }
  }
  return nullptr;
}

}  // namespace svclint
