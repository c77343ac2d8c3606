// libFuzzer target: `.svclint.toml`. The parser (TOML, selectors, severity
// overrides, per-file-ignore globs, custom rules with their RE2 patterns);
// when it accepts the file, the configuration is applied and a fixed set
// of files is linted under it, so the globs and custom rules run too.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "fuzz/fuzz_common.h"
#include "lint/config/config.h"

namespace {

constexpr std::string_view kServices = R"([[service]]
instance = "Office Printer"
type = "_ipp._tcp"
subtypes = ["_universal", "_Color"]
port = 631
txt = ["txtvers=1", "rp=printers/office", "Color=T", "rp=again"]

[[service]]
instance = "x"
type = "_acmaint_dbd._udp"
)";

constexpr std::string_view kRequest = R"([[request]]
service = "example-sync"
transports = ["tcp"]
port = 4999
port_rationale = "needs a fixed port"
description = "Example Sync"
reference = "RFC 9999"
casting = "none"
assignee = { name = "Example Corp", email = "ports@example.com" }
contact = { name = "Jane Doe", email = "jane@example.com" }
txt_keys = { txtvers = "TXT format version", path = "path" }
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = svclint::fuzz::AsText(data, size);
  std::vector<svclint::Diagnostic> errors;
  std::optional<svclint::Config> config =
      svclint::ParseConfig("proj/.svclint.toml", text, errors);
  svclint::fuzz::Require(config.has_value() || !errors.empty(),
                         "config refused without a CF001 finding");
  svclint::fuzz::CheckSpans(text, errors);
  if (!config) return 0;
  svclint::FileSettings settings;
  settings.registry = &svclint::Registry::Embedded();
  settings.config = std::make_shared<const svclint::Config>(std::move(*config));
  settings.config->ApplyTo(settings.policy);
  settings.fail_on =
      settings.config->fail_on.value_or(svclint::Severity::kError);
  for (const char* path :
       {"proj/office.toml", "proj/legacy/a/b/c.service", "elsewhere/x.toml"}) {
    settings.config->IgnoredFor(path, "SN007", "historic-alias");
  }
  svclint::LintFileWithSettings("proj/services.toml", kServices,
                                svclint::FileKind::kServices, settings);
  svclint::LintFileWithSettings("proj/legacy/request.toml", kRequest,
                                svclint::FileKind::kRequest, settings);
  return 0;
}
