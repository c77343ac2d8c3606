#include "lint/rules/registry/registry_rules.h"

namespace svclint {

void CheckRegistry(const Registry& registry, DiagnosticSink& sink) {
  // The registry under lint is the input, not a reference to check against.
  CheckContext ctx{sink, nullptr};
  for (const auto& rule : kRegistryRules) {
    if (sink.Enabled(rule.id)) rule.check(registry, ctx);
  }
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
