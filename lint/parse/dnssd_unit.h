// Loads a systemd-resolved DNS-SD unit (systemd.dnssd(5)) into one
// ServiceConfig with exact positions, following systemd's own readers
// (conf-parser.c for the INI syntax, resolved-dnssd.c for the values).
//
//   # /etc/systemd/dnssd/http.dnssd
//   [Service]
//   Name=Web server on %H
//   Type=_http._tcp
//   SubType=_printer
//   Port=80
//   TxtText=path=/ "note=hello world" u=caf\u00e9
//   TxtData=blob=AAEC
//
//   absl::StatusOr<ServiceConfigFile> f = ParseDnssdUnit(path, content);
//
// What systemd does, and so does this loader:
// - lines starting (after blanks) with '#' or ';' are comments, also in the
//   middle of a continuation; a line ending in an unescaped '\' continues on
//   the next, the '\' becoming a space; a UTF-8 BOM is skipped;
// - every [Service] section adds to the one service; later assignments
//   replace earlier ones (SubType= holds one subtype); an empty assignment
//   resets the setting; each TxtText=/TxtData= line is one TXT record and
//   an empty one drops all records so far;
// - TxtText= words are split on blanks, with "..." / '...' quoting and C
//   escapes (\n, \x41, \u00e9, \101...; unknown escapes kept verbatim);
//   `key=` publishes the bare `key`; TxtData= values are base64;
// - Name= specifiers (%H, %m, %b, %v, %a, %w, %W, %%...) mark the instance
//   as templated: only the text between them is literal.
//
// Unknown keys and sections (not X-...) and assignments outside a section
// are ConfigIssues (systemd warns and ignores them), as are a missing Name=
// or Type=. Errors (status "path:line:col: reason"): an unterminated section
// header or quote, a line without '=', bad base64, a line over 1 MiB.
#ifndef SVCLINT_LINT_PARSE_DNSSD_UNIT_H_
#define SVCLINT_LINT_PARSE_DNSSD_UNIT_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/model/service_config.h"

namespace svclint {

absl::StatusOr<ServiceConfigFile> ParseDnssdUnit(std::string_view path,
                                                 std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_DNSSD_UNIT_H_
