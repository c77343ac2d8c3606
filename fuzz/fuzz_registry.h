// The registry targets share this: one format's parser alone, the builder
// that packs what it read into lookup tables, the registry rules and every
// lookup on the result, then `svclint lint` on the text.
#ifndef SVCLINT_FUZZ_FUZZ_REGISTRY_H_
#define SVCLINT_FUZZ_FUZZ_REGISTRY_H_

#include "fuzz/fuzz_common.h"
#include "lint/diag/sink.h"
#include "lint/parse/registry_source.h"
#include "lint/registry/registry_builder.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint::fuzz {

template <typename Parse>
void FuzzRegistry(std::string_view path, std::string_view text, Parse parse) {
  absl::StatusOr<RegistrySource> source = parse(SourceText::Copy(text), path);
  if (source.ok()) {
    absl::StatusOr<Registry> registry = BuildRegistry(*source);
    if (registry.ok()) {
      static const RulePolicy policy;
      DiagnosticSink sink(std::string(path), policy);
      CheckRegistry(*registry, sink);
      registry->Stats();
      for (uint32_t i = 0; i < registry->size() && i < 64; ++i) {
        const RecordView r = registry->record(i);
        registry->FindByName(r.name);
        registry->HistoricReplacement(r.name);
        registry->TxtKeys(r.name);
        registry->PersonName(r.assignee);
        if (r.has_port) registry->FindByPort(r.port_lo, r.transport);
      }
    }
  }
  LintWholePath(path, text, FileKind::kRegistry);
}

}  // namespace svclint::fuzz

#endif  // SVCLINT_FUZZ_FUZZ_REGISTRY_H_
