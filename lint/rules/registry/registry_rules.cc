#include "lint/rules/registry/registry_rules.h"

namespace svclint {

void CheckRegistry(const Registry& registry, DiagnosticSink& sink) {
  CheckAliasDangling(registry, sink);
  CheckDynamicAssignment(registry, sink);
  CheckDuplicate(registry, sink);
  CheckTxtUnparsed(registry, sink);
}

SourceSpan RecordNameSpan(const RecordView& record) {
  if (record.name_line > 0 && !record.name.empty()) {
    return SpanAt(Anchor{record.name_line, record.name_column}, 0,
                  record.name.size());
  }
  const uint32_t line = record.line > 0 ? record.line : 1;
  return SourceSpan{line, 1, line, 1};
}

}  // namespace svclint
