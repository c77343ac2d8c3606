// Small helpers the request rules share: typed reads of the model's fields
// (a field of the wrong type reads as absent, because RQ010 reports it) and
// registry phrasing.
//
//   if (const RequestValue* d = StringField(request.description)) ...
//   Holder(registry, record)   // "'postgresql' (Tom Lane)"
#ifndef SVCLINT_LINT_RULES_REQUEST_REQUEST_UTIL_H_
#define SVCLINT_LINT_RULES_REQUEST_REQUEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/model/request.h"
#include "lint/model/transport.h"
#include "lint/registry/registry.h"

namespace svclint {

// The field's value when it is a string, else nullptr.
const RequestValue* StringField(const std::optional<RequestField>& field);
const RequestValue* StringField(const RequestField* field);

// True when `text` is empty or only spaces.
bool IsBlank(std::string_view text);

// The request's service name when it is a non-blank string, else "".
std::string_view ServiceName(const Request& request);

// `dnssd = true`.
bool IsDnssd(const Request& request);

// The valid transports named in `transports`, without repeats, in order.
std::vector<Transport> RequestedTransports(const Request& request);

// Whether `reference` names an RFC or an Internet-Draft: "RFC 9999",
// "rfc9999", "draft-ietf-foo-bar", or a link to one on rfc-editor.org or
// datatracker.ietf.org (RFC 6335 §8.1.2 needs an IETF document).
bool IsIetfReference(std::string_view reference);

// "'postgresql' (Tom Lane)": a registry record's name and its assignee's
// display name (the contact when there is no assignee).
std::string Holder(const Registry& registry, const RecordView& record);

// The assigned or Reserved records on `port`/`transport` (never the
// Unassigned ones), including records the registry lists without a
// protocol.
std::vector<RecordView> RecordsOnPort(const Registry& registry, uint16_t port,
                                      Transport transport);

// Joins up to `limit` items as "'a', 'b' and 3 more".
std::string JoinLimited(const std::vector<std::string>& items, size_t limit);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_REQUEST_REQUEST_UTIL_H_
