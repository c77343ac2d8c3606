// `svclint lint` on a registry copy (XML, CSV or text): the registry rules
// (RG001-RG004) plus the service-name rules on every distinct name, at the
// line and column where the name first appears. Findings only: no fixes.

#include <string>

#include "lint/engine/lint_file.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_loader.h"
#include "lint/rules/checks.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint {

FileResult LintRegistryFile(std::string_view path, std::string_view content,
                            const LintContext& ctx) {
  FileResult result;
  DiagnosticSink sink = NewSink(path, ctx);
  // `content` outlives the registry: no copy of a 4 MB file.
  absl::StatusOr<Registry> registry = LoadRegistryView(content, path);
  if (!registry.ok()) {
    ReportParseError(registry.status(), FileKind::kRegistry, sink);
    result.diagnostics = sink.TakeDiagnostics();
    result.parse_failed = true;
    return result;
  }
  CheckRegistry(*registry, sink);
  // Inside the registry a historic alias is by design (RG001 checks that
  // its replacement exists), so names are checked without the registry.
  CheckContext names{sink, nullptr};
  // Each distinct name (case-insensitively) once, where it first appears:
  // the registry's name index already groups them, in file order.
  for (size_t k = 0; k < registry->NameCount(); ++k) {
    for (const uint32_t i : registry->NameRecords(k)) {
      const RecordView record = registry->record(i);
      if (record.name_line == 0) continue;
      CheckServiceName(record.name,
                       Anchor{record.name_line, record.name_column}, names);
      break;
    }
  }
  result.diagnostics = sink.TakeDiagnostics();
  // The registry is IANA's record, not the user's config: a finding on it
  // is information, and `--fix` must never rewrite an authoritative name
  // (lower-casing `Kerberos`-style entries, or only the first record of a
  // name that repeats). So registry findings carry no fix.
  for (Diagnostic& d : result.diagnostics) d.fix.reset();
  return result;
}

}  // namespace svclint
