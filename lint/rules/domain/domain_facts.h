// What the domain rules (ST010, registered by `input = "domain"`) see: a
// domain (Avahi <domain-name>) or host name (<host-name>) in presentation
// form and where its first byte is.
#ifndef SVCLINT_LINT_RULES_DOMAIN_DOMAIN_FACTS_H_
#define SVCLINT_LINT_RULES_DOMAIN_DOMAIN_FACTS_H_

#include <string_view>

#include "lint/base/source_span.h"

namespace svclint {

// A host name also allows only RFC 1123's letters, digits and '-'.
enum class DomainKind { kDomain, kHost };

struct DomainFacts {
  std::string_view text;
  Anchor at;
  DomainKind kind = DomainKind::kDomain;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_DOMAIN_DOMAIN_FACTS_H_
