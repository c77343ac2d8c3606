// libFuzzer target: service names, types, subtypes and instance names, as
// `svclint check` reads them. The input is one name: it is split into DNS
// labels, given DNS-SD roles, classified, and run through every check
// (with the embedded registry, so the registry-aware rules run too); then
// it is streamed as `svclint check -` would read it, one input per line.
// Every finding must sit inside the input it is about, the yes/no
// checks (lint/rules/verdict.h) must agree with the full ones, and the
// findings kept as data (lint/diag/finding.h) must write the same bytes as
// the Diagnostics they stand for, as text, JSON and --statistics.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz/fuzz_common.h"
#include "lint/diag/sink.h"
#include "lint/engine/check_inputs.h"
#include "lint/parse/dns_name.h"
#include "lint/parse/dnssd_name.h"
#include "lint/report/reporter.h"
#include "lint/rules/checks.h"
#include "lint/rules/verdict.h"

namespace {

using svclint::fuzz::Require;

void CheckInside(std::string_view input,
                 const std::vector<svclint::Diagnostic>& diagnostics) {
  const uint32_t past_end = static_cast<uint32_t>(input.size()) + 1;
  for (const svclint::Diagnostic& d : diagnostics) {
    Require(d.span.line == 1 && d.span.end_line == 1, "finding off line 1");
    Require(d.span.column >= 1 && d.span.column <= d.span.end_column &&
                d.span.end_column <= past_end,
            "finding outside the input");
    if (!d.fix) continue;
    for (const svclint::Edit& e : d.fix->edits) {
      Require(e.span.column >= 1 && e.span.column <= e.span.end_column &&
                  e.span.end_column <= past_end,
              "fix outside the input");
    }
  }
}

void RequireSameOutput(const svclint::FindingStore& data,
                       const std::vector<svclint::Diagnostic>& diagnostics) {
  for (const svclint::ReportOptions& options :
       {svclint::ReportOptions{},
        svclint::ReportOptions{.format = svclint::OutputFormat::kJson},
        svclint::ReportOptions{.statistics = true}}) {
    std::ostringstream from_data, from_diagnostics;
    auto reporter = svclint::MakeReporter(options, from_data);
    reporter->AddFindings(data);
    reporter->Finish();
    reporter = svclint::MakeReporter(options, from_diagnostics);
    reporter->Add(diagnostics);
    reporter->Finish();
    Require(from_data.str() == from_diagnostics.str(),
            "findings as data write other bytes than their Diagnostics");
  }
}

bool HasError(svclint::DiagnosticSink& sink) {
  for (const svclint::Diagnostic& d : sink.diagnostics()) {
    if (d.severity == svclint::Severity::kError) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input = svclint::fuzz::AsText(data, size);
  const svclint::DnsName dns = svclint::ParseDnsName(input);
  for (size_t i = 0; i < dns.labels.size(); ++i) dns.LabelText(i);
  for (bool with_instance : {false, true}) {
    const svclint::DnssdName name =
        svclint::ParseDnssdName(input, with_instance);
    name.ServiceName();
    if (!name.missing_service() && name.sub > 0) {
      name.LabelsText(name.subtype_begin(), name.subtype_end());
    }
  }
  svclint::ClassifyInput(input);

  static const svclint::RulePolicy policy;
  const svclint::Registry* registry = &svclint::Registry::Embedded();
  const svclint::Anchor at{1, 1};
  using Check =
      void (*)(std::string_view, svclint::Anchor, svclint::CheckContext&);
  std::vector<svclint::Diagnostic> all;
  for (Check check :
       {Check{svclint::CheckServiceName}, Check{svclint::CheckServiceType},
        Check{svclint::CheckInstanceName}, Check{svclint::CheckInstanceLabel},
        Check{svclint::CheckSubtypeLabel}}) {
    svclint::DiagnosticSink sink("<args>", policy);
    svclint::CheckContext ctx{sink, registry};
    check(input, at, ctx);
    // Copied before diagnostics() turns the data into Diagnostics.
    const svclint::FindingStore data = sink.findings();
    CheckInside(input, sink.diagnostics());
    RequireSameOutput(data, sink.diagnostics());
    if (check == svclint::CheckServiceType) {
      Require(svclint::IsValidServiceType(input) == !HasError(sink),
              "IsValidServiceType disagrees with CheckServiceType");
    } else if (check == svclint::CheckServiceName) {
      Require(svclint::IsValidServiceName(input) == !HasError(sink),
              "IsValidServiceName disagrees with CheckServiceName");
    }
    for (svclint::Diagnostic& d : sink.diagnostics())
      all.push_back(std::move(d));
  }
  svclint::fuzz::RenderAll(all);

  svclint::CheckOptions options;
  options.registry = registry;
  options.policy = &policy;
  std::istringstream in{std::string(input)};
  (void)svclint::CheckStream(in, "-", options);
  return 0;
}
