// The one Reporter interface: every format gives the same bytes whether the
// findings come at once or in batches (as `check -` streams them), and the
// severity names all come from one table.

#include "lint/report/reporter.h"

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lint/catalog/severity.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"

namespace svclint {
namespace {

Diagnostic Finding(uint32_t line, std::string rule_id, std::string slug,
                   Severity severity) {
  return Diagnostic{.path = std::string("-"),
                    .span = {line, 1, line, 5},
                    .rule_id = std::move(rule_id),
                    .slug = std::move(slug),
                    .severity = severity,
                    .message = "message " + std::to_string(line - 1),
                    .fix = std::nullopt};
}

std::vector<Diagnostic> Findings() {
  return {Finding(1, "SN002", "name-too-long", Severity::kError),
          Finding(2, "SN009", "name-redundant-word", Severity::kWarning),
          Finding(3, "SN002", "name-too-long", Severity::kInfo)};
}

std::string Report(const ReportOptions& options,
                   const std::vector<std::vector<Diagnostic>>& batches) {
  std::ostringstream out;
  std::unique_ptr<Reporter> reporter = MakeReporter(options, out);
  for (const std::vector<Diagnostic>& batch : batches) reporter->Add(batch);
  reporter->Finish();
  return out.str();
}

TEST(ReporterTest, EachFormatWritesWhatItsWriterWrites) {
  const std::vector<Diagnostic> all = Findings();
  std::ostringstream text, json, github, sarif, statistics;
  for (const Diagnostic& d : all) WriteTextDiagnostic(d, false, text);
  WriteJson(all, json);
  WriteGithub(all, github);
  WriteSarif(all, sarif);
  WriteStatistics(all, statistics);
  EXPECT_EQ(Report({.format = OutputFormat::kText}, {all}), text.str());
  EXPECT_EQ(Report({.format = OutputFormat::kJson}, {all}), json.str());
  EXPECT_EQ(Report({.format = OutputFormat::kGithub}, {all}), github.str());
  EXPECT_EQ(Report({.format = OutputFormat::kSarif}, {all}), sarif.str());
  EXPECT_EQ(Report({.format = OutputFormat::kJson, .statistics = true}, {all}),
            statistics.str());
  EXPECT_EQ(text.str(),
            "-:1:1: error: message 0 [SN002 name-too-long]\n"
            "-:2:1: warning: message 1 [SN009 name-redundant-word]\n"
            "-:3:1: info: message 2 [SN002 name-too-long]\n");
}

TEST(ReporterTest, BatchesGiveTheBytesOfOneCall) {
  const std::vector<Diagnostic> all = Findings();
  const std::vector<std::vector<Diagnostic>> batches = {
      {all[0]}, {}, {all[1], all[2]}};
  for (OutputFormat format : {OutputFormat::kText, OutputFormat::kJson,
                              OutputFormat::kGithub, OutputFormat::kSarif}) {
    for (bool statistics : {false, true}) {
      const ReportOptions options{.format = format, .statistics = statistics};
      EXPECT_EQ(Report(options, batches), Report(options, {all}))
          << static_cast<int>(format) << " " << statistics;
    }
  }
}

TEST(ReporterTest, NoFindingsStillWellFormed) {
  EXPECT_EQ(Report({.format = OutputFormat::kJson}, {}), "[]\n");
  EXPECT_EQ(Report({.format = OutputFormat::kText}, {}), "");
  EXPECT_EQ(Report({.format = OutputFormat::kGithub}, {{}}), "");
}

TEST(ReporterTest, ColourOnlyWhenAsked) {
  const std::vector<Diagnostic> all = Findings();
  const std::string coloured =
      Report({.format = OutputFormat::kText, .color = true}, {{all[0]}});
  EXPECT_EQ(coloured,
            "\033[1m-:1:1:\033[0m \033[1;31merror:\033[0m message 0 "
            "[SN002 name-too-long]\n");
}

TEST(SeverityNamesTest, OneTableForEveryOutput) {
  EXPECT_EQ(SeverityName(Severity::kInfo), "info");
  EXPECT_EQ(SeverityName(Severity::kWarning), "warning");
  EXPECT_EQ(SeverityName(Severity::kError), "error");
  for (const SeverityNames& names : kSeverityNames) {
    EXPECT_EQ(ParseSeverity(names.name), names.severity);
    EXPECT_EQ(&NamesOf(names.severity), &names);
  }
  EXPECT_EQ(NamesOf(Severity::kInfo).sarif_level, "note");
  EXPECT_EQ(NamesOf(Severity::kInfo).github_command, "notice");
  EXPECT_EQ(NamesOf(Severity::kError).lsp_severity, 1);
  EXPECT_EQ(NamesOf(Severity::kWarning).lsp_severity, 2);
  EXPECT_EQ(NamesOf(Severity::kInfo).lsp_severity, 3);
  EXPECT_FALSE(ParseSeverity("fatal").has_value());
  EXPECT_FALSE(ParseSeverity("Error").has_value());
}

}  // namespace
}  // namespace svclint
