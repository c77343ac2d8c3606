// The playground's WebAssembly entry points: a C ABI over the engine, each
// answering in JSON (web/page/playground.js reads it).
//
//   svclint_lint("request", text, size)  -> {"parse_failed": false,
//                                             "findings": [<svclint lint
//                                             --format json objects>]}
//   svclint_fix("request", text, size, i) -> {"text": "...", "applied": 1}
//   svclint_lookup("5432/tcp")           -> {"found": true, "records": [...]}
//   svclint_rules()                      -> [{"id": "SN002", ...}, ...]
//   svclint_registry_date()              -> "2025-05-16"
//
// Findings come from the code paths the command line uses, so the page and
// `svclint lint` agree: a file goes through LintFileWithSettings (what
// LintJobs calls per file) under the settings ConfigResolver gives a file
// with no .svclint.toml; names go through CheckStream, as `svclint check -`.
// Each answer lives in a buffer owned here, valid until the next call.
#include <cstddef>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/build_info.h"
#include "lint/catalog/catalog.h"
#include "lint/catalog/severity.h"
#include "lint/diag/diagnostic.h"
#include "lint/engine/check_inputs.h"
#include "lint/engine/config_resolver.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/fixes.h"
#include "lint/engine/lint_paths.h"
#include "lint/model/transport.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_query.h"
#include "lint/report/json_reporter.h"
#include "nlohmann/json.hpp"

namespace svclint {
namespace {

// The answer handed to JavaScript, kept until the next call.
const char* Answer(std::string text) {
  static std::string* const answer = new std::string;
  *answer = std::move(text);
  return answer->c_str();
}

const char* Error(const std::string& message) {
  return Answer(nlohmann::json{{"error", message}}.dump());
}

// The settings `svclint lint` gives a file when no .svclint.toml applies.
const FileSettings* DefaultSettings() {
  static const FileSettings* const settings = [] {
    static ConfigResolver resolver(CommandLineSettings{.no_config = true});
    absl::StatusOr<std::shared_ptr<const FileSettings>> found =
        resolver.For("-");
    return found.ok() ? new FileSettings(**found) : nullptr;
  }();
  return settings;
}

// The file name a pasted text is shown under, per kind: what `svclint lint`
// would detect it as.
std::string_view PathFor(FileKind kind) {
  switch (kind) {
    case FileKind::kAvahi:
      return "input.service";
    case FileKind::kDnssd:
      return "input.dnssd";
    case FileKind::kRegistry:
      return "input.xml";
    case FileKind::kRequest:
    case FileKind::kServices:
      break;
  }
  return "input.toml";
}

struct Findings {
  std::vector<Diagnostic> diagnostics;
  bool parse_failed = false;
};

// `kind` is "check" (one name, type or instance per line) or a FileKind.
absl::StatusOr<Findings> Lint(std::string_view kind, std::string_view text) {
  const FileSettings* settings = DefaultSettings();
  if (settings == nullptr) return absl::InternalError("no default settings");
  if (kind == "check") {
    CheckOptions options;
    options.policy = &settings->policy;
    options.registry = settings->registry;
    options.custom_rules = settings->custom_rules();
    std::istringstream in{std::string(text)};
    absl::StatusOr<StreamResult> result = CheckStream(in, "-", options);
    if (!result.ok()) return result.status();
    return Findings{std::move(result->diagnostics), false};
  }
  const std::optional<FileKind> file_kind = ParseFileKind(kind);
  if (!file_kind) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown kind '", std::string(kind), "'"));
  }
  FileResult result =
      LintFileWithSettings(PathFor(*file_kind), text, *file_kind, *settings);
  return Findings{std::move(result.diagnostics), result.parse_failed};
}

nlohmann::json RecordJson(const RecordView& r) {
  nlohmann::json record{{"name", r.name},
                        {"transport", TransportName(r.transport)},
                        {"description", r.description},
                        {"assignee", r.assignee},
                        {"contact", r.contact},
                        {"reference", r.reference},
                        {"registration_date", r.registration_date},
                        {"modification_date", r.modification_date},
                        {"note", r.note}};
  if (r.has_port) {
    record["port"] = r.port_lo == r.port_hi
                         ? std::to_string(r.port_lo)
                         : absl::StrCat(r.port_lo, "-", r.port_hi);
  }
  if (r.service_code) record["service_code"] = *r.service_code;
  return record;
}

}  // namespace
}  // namespace svclint

extern "C" {

const char* svclint_lint(const char* kind, const char* text, size_t size) {
  using namespace svclint;
  absl::StatusOr<Findings> found = Lint(kind, std::string_view(text, size));
  if (!found.ok()) return Error(std::string(found.status().message()));
  std::ostringstream findings;
  WriteJson(found->diagnostics, findings);
  return Answer(absl::StrCat(
      "{\"parse_failed\": ", found->parse_failed ? "true" : "false",
      ", \"findings\": ", findings.str(), "}"));
}

// Applies the fix of finding `index` (in svclint_lint's order), or every
// safe fix when `index` is negative, as `svclint lint --fix` does.
const char* svclint_fix(const char* kind, const char* text, size_t size,
                        int index) {
  using namespace svclint;
  const std::string_view content(text, size);
  absl::StatusOr<Findings> found = Lint(kind, content);
  if (!found.ok()) return Error(std::string(found.status().message()));
  std::span<const Diagnostic> chosen = found->diagnostics;
  if (index >= 0) {
    if (static_cast<size_t>(index) >= chosen.size()) {
      return Error("no such finding");
    }
    chosen = chosen.subspan(static_cast<size_t>(index), 1);
  }
  const FixResult fixed = ApplyFixes(content, chosen);
  return Answer(
      nlohmann::json{{"text", fixed.content}, {"applied", fixed.applied}}
          .dump());
}

// `svclint registry lookup QUERY`, as data.
const char* svclint_lookup(const char* query) {
  using namespace svclint;
  const std::optional<RegistryQuery> parsed = ParseRegistryQuery(query);
  if (!parsed) {
    return Error("a query is NAME, NAME/PROTO, _name._tcp, PORT or PORT/PROTO");
  }
  const RegistryLookup found = LookUp(Registry::Embedded(), *parsed);
  nlohmann::json answer{{"found", found.found()},
                        {"records", nlohmann::json::array()}};
  for (const RecordView& r : found.records) {
    answer["records"].push_back(RecordJson(r));
  }
  if (found.replacement) answer["replacement"] = *found.replacement;
  if (found.txt != nullptr) {
    answer["txt_keys"] = found.txt->keys;
    answer["txt_note"] = found.txt->note;
  }
  return Answer(answer.dump());
}

// The rule catalogue, for the explain text next to each finding.
const char* svclint_rules() {
  using namespace svclint;
  nlohmann::json rules = nlohmann::json::array();
  for (const RuleInfo& rule : BuiltinRules()) {
    rules.push_back({{"id", rule.id},
                     {"slug", rule.slug},
                     {"severity", SeverityName(rule.severity)},
                     {"summary", rule.summary},
                     {"reference", rule.reference},
                     {"reference_url", ReferenceUrl(rule.reference)},
                     {"docs", rule.docs}});
  }
  return Answer(rules.dump());
}

const char* svclint_registry_date() {
  return svclint::Answer(
      std::string(svclint::Registry::Embedded().Stats().updated));
}

const char* svclint_version() {
  return svclint::Answer(std::string(svclint::SvclintVersion()));
}

}  // extern "C"
