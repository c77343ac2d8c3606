// The rules that lint a registry copy itself (RG001-RG004, rules/rg.toml),
// run over a loaded Registry and registered by `input = "registry"` (the
// generated svclint/rules_registry.h). Findings point at each record's
// name in the file it was loaded from (or the record's line when it has no
// name).
//
//   absl::StatusOr<Registry> r = LoadRegistryText(content, path);
//   CheckRegistry(*r, sink);   // RG001 ... RG004, in that order
#ifndef SVCLINT_LINT_RULES_REGISTRY_REGISTRY_RULES_H_
#define SVCLINT_LINT_RULES_REGISTRY_REGISTRY_RULES_H_

#include "lint/base/source_span.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/rules/check_context.h"
#include "svclint/rules_registry.h"

namespace svclint {

// Every enabled registry rule, in id order.
void CheckRegistry(const Registry& registry, DiagnosticSink& sink);

// Where a finding about `record` goes: its name, or its first line.
SourceSpan RecordNameSpan(const RecordView& record);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_REGISTRY_REGISTRY_RULES_H_
