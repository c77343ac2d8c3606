// Completion of Avahi `.service` markup from avahi-service.dtd (Avahi 0.8,
// /usr/share/avahi/avahi-service.dtd):
//
//   <!ELEMENT service-group (name,service+)>
//   <!ATTLIST name replace-wildcards (yes|no) "no">
//   <!ELEMENT service (type,subtype*,domain-name?,host-name?,port,txt-record*)>
//   <!ATTLIST service protocol (ipv4|ipv6|any) "any">
//   <!ATTLIST txt-record value-format (text|binary-hex|binary-base64) "text">
//
// In a tag being typed: after `<`, the elements its parent may hold (less
// those it may hold once and already does); after `</`, the open element;
// after the element's name, its attribute; inside an attribute's quotes,
// the values the DTD allows.
#ifndef SVCLINT_LINT_LSP_AVAHI_COMPLETION_H_
#define SVCLINT_LINT_LSP_AVAHI_COMPLETION_H_

#include <optional>
#include <string_view>

#include "lint/lsp/completion.h"

namespace svclint::lsp {

// nullopt when the cursor, after `text_before`, is not inside a tag.
std::optional<Completions> CompleteAvahiMarkup(std::string_view text_before);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_AVAHI_COMPLETION_H_
