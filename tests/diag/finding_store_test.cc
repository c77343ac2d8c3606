// Findings kept as data (lint/diag/finding.h) must read exactly as the
// Diagnostics they stand for, in every output.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "lint/catalog/catalog.h"
#include "lint/diag/finding.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/report/reporter.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

SourceSpan Span(uint32_t line, uint32_t column, uint32_t length) {
  return SpanAt(Anchor{line, column}, 0, length);
}

TEST(FindingStoreTest, MessageFromInputTextAndNumbers) {
  const RulePolicy policy;
  DiagnosticSink sink("-", policy);
  const std::string name = "toolongservicename1";
  sink.Report(RuleId::kSN002, Span(3, 1, 19),
              {{"name", InputText(name)}, {"length", name.size()}});
  ASSERT_EQ(sink.findings().size(), 1u);
  const std::vector<Diagnostic>& found = sink.diagnostics();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].path, "-");
  EXPECT_EQ(found[0].rule_id, "SN002");
  EXPECT_EQ(found[0].slug, "name-too-long");
  EXPECT_EQ(found[0].severity, Severity::kError);
  EXPECT_EQ(found[0].span, Span(3, 1, 19));
  EXPECT_EQ(found[0].message,
            "service name 'toolongservicename1' is 19 characters; the limit "
            "is 15");
  EXPECT_TRUE(sink.findings().empty());  // converted once
}

// InputText shows bytes as Printable() does, however long the input and
// wherever a UTF-8 sequence straddles the 120-byte cut.
TEST(FindingStoreTest, InputTextIsPrintable) {
  const RulePolicy policy;
  std::vector<std::string> inputs = {
      "caf\xC3\xA9\x01",
      "\x7F\xC2\x85",
      std::string(300, 'a'),
      std::string(119, 'a') + "\xF0\x9F\x98\x80" + "zz",
      std::string(119, 'a') + "\xF0\x9F\x98\x80",
      std::string(118, 'a') + "\xE2\x82\xAC" + std::string(200, 'b'),
      std::string(121, 'a'),
      std::string(120, 'a'),
      "\xFF\xFE"};
  for (const std::string& input : inputs) {
    DiagnosticSink sink("-", policy);
    sink.Report(RuleId::kSN004, Span(1, 1, 1), {{"name", InputText(input)}});
    const std::string expected =
        FormatMessage(BuiltinRule(RuleId::kSN004).message,
                      std::vector<MessageArg>{{"name", Printable(input)}});
    EXPECT_EQ(sink.diagnostics().at(0).message, expected) << input.size();
  }
}

TEST(FindingStoreTest, VariantSeverityOverrideAndFix) {
  RulePolicy policy;
  DiagnosticSink sink("a.toml", policy);
  sink.Report(RuleId::kSN005, Span(1, 4, 1), {{"name", InputText("ab-")}}, {},
              "end");
  const Edit edit{Span(2, 1, 11), "acmaint-dbd"};
  sink.Report(RuleId::kSN007, Span(2, 1, 11),
              {{"name", InputText("acmaint_dbd")},
               {"replacement", std::string("acmaint-dbd")}},
              {edit});
  const std::vector<Diagnostic>& found = sink.diagnostics();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].message, "service name 'ab-' ends with a hyphen");
  EXPECT_FALSE(found[0].fix.has_value());
  ASSERT_TRUE(found[1].fix.has_value());
  EXPECT_EQ(found[1].fix->title, "replace 'acmaint_dbd' with 'acmaint-dbd'");
  EXPECT_EQ(found[1].fix->edits, std::vector<Edit>{edit});
  EXPECT_EQ(found[1].message,
            "'acmaint_dbd' is a historic alias of 'acmaint-dbd', not usable "
            "with many service discovery mechanisms");
}

TEST(FindingStoreTest, UnknownPlaceholderIsLeftAsWritten) {
  FindingStore store("-");
  store.Add(RuleId::kSN002, Severity::kError, kDefaultMessage, Span(1, 1, 1),
            std::vector<FindingArg>{{"length", 16}});
  std::string message;
  store.AppendMessage(store.findings()[0], message);
  EXPECT_EQ(message, "service name '{name}' is 16 characters; the limit is 15");
}

TEST(FindingStoreTest, SortFromMatchesDiagnosticLess) {
  FindingStore store("-");
  const std::vector<FindingArg> b{{"name", InputText("b")}};
  const std::vector<FindingArg> a{{"name", InputText("a")}};
  store.Add(RuleId::kSN002, Severity::kError, kDefaultMessage, Span(1, 1, 1),
            a);  // before the sorted range: stays first
  store.Add(RuleId::kSN004, Severity::kError, kDefaultMessage, Span(2, 5, 1),
            b);
  store.Add(RuleId::kSN004, Severity::kError, kDefaultMessage, Span(2, 5, 1),
            a);  // same rule, same span: the message decides
  store.Add(RuleId::kSN004, Severity::kError, kDefaultMessage, Span(2, 1, 3),
            b);
  Diagnostic custom;
  custom.path = "-";
  custom.span = Span(2, 1, 3);
  custom.rule_id = "AA001";
  custom.slug = "custom";
  custom.message = "custom";
  store.AddFormed(custom);
  std::vector<Diagnostic> expected;
  store.AppendDiagnostics(expected);
  std::stable_sort(expected.begin() + 1, expected.end(), DiagnosticLess);
  store.SortFrom(1);
  std::vector<Diagnostic> sorted;
  store.AppendDiagnostics(sorted);
  ASSERT_EQ(sorted.size(), expected.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    EXPECT_EQ(sorted[i].rule_id, expected[i].rule_id) << i;
    EXPECT_EQ(sorted[i].span, expected[i].span) << i;
    EXPECT_EQ(sorted[i].message, expected[i].message) << i;
  }
  EXPECT_EQ(sorted[1].rule_id, "AA001");
}

TEST(FindingStoreTest, ClearKeepsNothingButMemory) {
  FindingStore store("-");
  store.Add(RuleId::kSN002, Severity::kError, kDefaultMessage, Span(1, 1, 1),
            std::vector<FindingArg>{{"name", InputText("x")}, {"length", 1}});
  store.Clear();
  EXPECT_TRUE(store.empty());
  store.Add(RuleId::kSN004, Severity::kWarning, kDefaultMessage, Span(4, 2, 1),
            std::vector<FindingArg>{{"name", InputText("12")}});
  std::vector<Diagnostic> found;
  store.AppendDiagnostics(found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_EQ(found[0].message,
            "service name '12' has no letter; it could be mistaken for a port "
            "number or range");
}

// What text, JSON and --statistics write from the data is what they write
// from the Diagnostics: quotes, backslashes, control bytes, invalid UTF-8,
// a fix and a finding that came whole.
TEST(FindingStoreTest, ReportersWriteTheSameBytes) {
  const RulePolicy policy;
  DiagnosticSink sink("-", policy);
  for (const std::string& name :
       {std::string("a\"b\\c"), std::string("x\x01y"), std::string("\xE9t\xC3"),
        std::string("caf\xC3\xA9"), std::string(200, 'q')}) {
    sink.Report(RuleId::kSN004, Span(1, 2, 3), {{"name", InputText(name)}});
  }
  sink.Report(RuleId::kSN008, Span(2, 1, 4),
              {{"name", InputText("HTTP")}, {"lower", std::string("http")}},
              {Edit{Span(2, 1, 4), "http"}});
  Diagnostic custom;
  custom.path = "-";
  custom.span = Span(3, 1, 2);
  custom.rule_id = "X001";
  custom.slug = "my-rule";
  custom.severity = Severity::kInfo;
  custom.message = "custom \"quoted\"";
  sink.Add(custom);
  const FindingStore& store = sink.findings();
  std::vector<Diagnostic> diagnostics;
  store.AppendDiagnostics(diagnostics);
  for (const ReportOptions& options :
       {ReportOptions{}, ReportOptions{.color = true},
        ReportOptions{.format = OutputFormat::kJson},
        ReportOptions{.statistics = true},
        ReportOptions{.format = OutputFormat::kGithub},
        ReportOptions{.format = OutputFormat::kSarif}}) {
    std::ostringstream from_data, from_diagnostics;
    auto data = MakeReporter(options, from_data);
    data->AddFindings(store);
    data->AddFindings(store);
    data->Finish();
    auto whole = MakeReporter(options, from_diagnostics);
    whole->Add(diagnostics);
    whole->Add(diagnostics);
    whole->Finish();
    EXPECT_EQ(from_data.str(), from_diagnostics.str());
    EXPECT_FALSE(from_data.str().empty());
  }
}

}  // namespace
}  // namespace svclint
