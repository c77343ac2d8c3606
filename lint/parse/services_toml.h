// Loads svclint's own DNS-SD service list (SPEC §2, "Service list schema")
// into ServiceConfigs with exact positions.
//
//   consumer = "avahi"                # optional: avahi | systemd | any
//   [[service]]
//   instance = "Office Printer"
//   type = "_ipp._tcp"
//   subtypes = ["_universal"]        # bare labels (a full
//   port = 631                       # "_x._sub._ipp._tcp" is taken as is)
//   txt = ["txtvers=1", "rp=printers/office", "Color=T"]
//
//   absl::StatusOr<ServiceConfigFile> f = ParseServicesToml(path, content);
//
// Strings keep toml++'s decoded text; escapes ("\u00e9") and multi-line
// strings keep each byte's file offset. `txt` is one TXT record (`[]` is a
// record with no strings). Unknown keys (in a [[service]] table or at the
// top level), values of the wrong type and a missing `instance` or `type`
// are ConfigIssues. Invalid TOML is an error whose message is
// "path:line:col: reason"; toml++'s parse_error is caught here and nowhere
// else.
#ifndef SVCLINT_LINT_PARSE_SERVICES_TOML_H_
#define SVCLINT_LINT_PARSE_SERVICES_TOML_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/model/service_config.h"

namespace svclint {

absl::StatusOr<ServiceConfigFile> ParseServicesToml(std::string_view path,
                                                    std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_SERVICES_TOML_H_
