// Loads an Avahi static service file (avahi.service(5), as avahi-daemon's
// static-services.c reads it) into ServiceConfigs with exact positions.
//
//   <?xml version="1.0" standalone='no'?>
//   <!DOCTYPE service-group SYSTEM "avahi-service.dtd">
//   <service-group>
//     <name replace-wildcards="yes">%h</name>
//     <service protocol="any">
//       <type>_ssh._tcp</type>
//       <subtype>_sftp._sub._ssh._tcp</subtype>
//       <port>22</port>
//       <txt-record value-format="binary-hex">key=00ff</txt-record>
//     </service>
//   </service-group>
//
//   absl::StatusOr<ServiceConfigFile> f = ParseAvahiService(path, content);
//
// The file is read with Expat, as avahi-daemon reads it: the declared
// encoding (UTF-8, ISO-8859-1, US-ASCII, UTF-16) or a byte-order mark
// decides how bytes become text, and whatever Expat calls not well formed
// is an error here too. Every <service> of the group becomes one
// ServiceConfig sharing the group's <name>. Text is taken verbatim, as
// Avahi does (it does not trim whitespace); entities and CDATA are
// resolved. All <txt-record>s of a service form its one TXT record;
// binary-hex and binary-base64 values are decoded after the first '=' as
// static-services.c decodes them. Ports are checked by the linter.
//
// Errors (the status message is "path:line:col: reason"): XML Expat refuses
// (its own message), an element or attribute Avahi rejects (<interface>
// included: a downstream patch upstream 0.8 refuses), a repeated
// single-valued element (Avahi would concatenate the texts), bad
// hex/base64 TXT data.
// A missing <name>, <service> or <type> is a ConfigIssue, not an error.
#ifndef SVCLINT_LINT_PARSE_AVAHI_SERVICE_H_
#define SVCLINT_LINT_PARSE_AVAHI_SERVICE_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/model/service_config.h"

namespace svclint {

absl::StatusOr<ServiceConfigFile> ParseAvahiService(std::string_view path,
                                                    std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_AVAHI_SERVICE_H_
