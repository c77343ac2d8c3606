// What the ST rules see: a parsed DNS-SD name (labels with their roles) and
// where its first byte is, with the spans of its labels.
//
//   const DnssdName name = ParseDnssdName("_daap._http._tcp", false);
//   TypeFacts{name, Anchor{1, 1}}.LabelSpan(0);   // [1, 6)
#ifndef SVCLINT_LINT_RULES_TYPE_TYPE_FACTS_H_
#define SVCLINT_LINT_RULES_TYPE_TYPE_FACTS_H_

#include "lint/base/source_span.h"
#include "lint/model/dnssd_name.h"

namespace svclint {

struct TypeFacts {
  const DnssdName& name;
  Anchor at;  // where the name's first byte is

  // The span of label `i` (a zero-length label spans the dot after it).
  SourceSpan LabelSpan(int i) const;
  // The span of labels [begin, end), dots between them included.
  SourceSpan LabelsSpan(int begin, int end) const;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TYPE_TYPE_FACTS_H_
