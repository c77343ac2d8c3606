#include "lint/rules/type/type_facts.h"

namespace svclint {

SourceSpan TypeFacts::LabelSpan(int i) const {
  const DnsLabel& label = name.dns.labels[i];
  if (label.size == 0) {
    const bool has_dot = label.offset < name.dns.text.size();
    return SpanAt(at, label.offset, has_dot ? 1 : 0);
  }
  return SpanAt(at, label.offset, label.size);
}

SourceSpan TypeFacts::LabelsSpan(int begin, int end) const {
  const DnsLabel& first = name.dns.labels[begin];
  const DnsLabel& last = name.dns.labels[end - 1];
  return SpanAt(at, first.offset, last.offset + last.size - first.offset);
}

}  // namespace svclint
