// Runs the name/type/instance/TXT checks in process and returns what they
// found as compact tuples, for exact expectations in the rule tests:
//
//   EXPECT_THAT(Hits(InputKind::kName, "whois++"),
//               ElementsAre(Hit{"SN003", 6, 8}));
//
// No registry is loaded (the registry-aware rules stay quiet), every rule
// is enabled (the opt-in ones too), and the input sits at line 1, column 1.
// Header-only: the test target compiles only *_test.cc files.
#ifndef SVCLINT_TESTS_RULES_RULES_TEST_UTIL_H_
#define SVCLINT_TESTS_RULES_RULES_TEST_UTIL_H_

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "lint/diag/diagnostic.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/rules/checks.h"

namespace svclint::testing {

// (rule id, column, end column) of one finding.
struct Hit {
  std::string rule;
  uint32_t column = 0;
  uint32_t end_column = 0;

  friend bool operator==(const Hit&, const Hit&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Hit& h) {
    return os << "{" << h.rule << " " << h.column << "-" << h.end_column << "}";
  }
};

// (rule, line, column, end column) of one finding in a TXT record.
using TxtHit = std::tuple<std::string, uint32_t, uint32_t, uint32_t>;

// Every built-in rule, the opt-in ones (TX008) included.
inline const RulePolicy& AllRules() {
  static const RulePolicy* const policy = [] {
    auto* p = new RulePolicy();
    (void)p->Select({"ALL"});
    return p;
  }();
  return *policy;
}

// All findings for `input` read as `kind`, sorted by position; with a
// `registry`, the registry-aware rules run too.
inline std::vector<Diagnostic> RunCheck(InputKind kind, std::string_view input,
                                        const Registry* registry = nullptr) {
  const RulePolicy& policy = AllRules();
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, registry};
  CheckAs(input, kind, Anchor{1, 1}, ctx);
  std::vector<Diagnostic> out = sink.TakeDiagnostics();
  SortDiagnostics(out);
  return out;
}

// RunCheck(), as (rule, column, end column).
inline std::vector<Hit> Hits(InputKind kind, std::string_view input) {
  std::vector<Hit> hits;
  for (const Diagnostic& d : RunCheck(kind, input)) {
    hits.push_back({d.rule_id, d.span.column, d.span.end_column});
  }
  return hits;
}

// The strings of one TXT record, string i on line i+1. With a `service`,
// the embedded registry is loaded for the registry-aware rules.
inline std::vector<Diagnostic> RunTxt(const std::vector<std::string>& strings,
                                      std::string_view service = {}) {
  const RulePolicy& policy = AllRules();
  DiagnosticSink sink("<test>", policy);
  CheckContext ctx{sink, service.empty() ? nullptr : &Registry::Embedded()};
  std::vector<TxtString> record;
  for (size_t i = 0; i < strings.size(); ++i) {
    record.push_back({strings[i], Anchor{static_cast<uint32_t>(i + 1), 1}});
  }
  const SourceSpan span{
      1, 1, static_cast<uint32_t>(std::max<size_t>(strings.size(), 1)), 1};
  CheckTxtRecord(record, ctx, span, service);
  std::vector<Diagnostic> out = sink.TakeDiagnostics();
  SortDiagnostics(out);
  return out;
}

// RunTxt(), as (rule, line, column, end column).
inline std::vector<TxtHit> TxtHits(const std::vector<std::string>& strings,
                                   std::string_view service = {}) {
  std::vector<TxtHit> hits;
  for (const Diagnostic& d : RunTxt(strings, service)) {
    hits.emplace_back(d.rule_id, d.span.line, d.span.column, d.span.end_column);
  }
  return hits;
}

// The messages of the findings of rule `id`.
inline std::vector<std::string> Messages(
    const std::vector<Diagnostic>& diagnostics, std::string_view id) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    if (d.rule_id == id) out.push_back(d.message);
  }
  return out;
}

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_RULES_RULES_TEST_UTIL_H_
