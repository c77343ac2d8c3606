#include "lint/report/reporter.h"

#include <string>
#include <vector>

#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"

namespace svclint {
namespace {

class TextReporter final : public Reporter {
 public:
  TextReporter(bool color, std::ostream& out) : color_(color), out_(out) {}
  void Add(std::span<const Diagnostic> diagnostics) override {
    // One write per batch: a block of a long stream goes out at once.
    block_.clear();
    for (const Diagnostic& d : diagnostics) {
      AppendTextDiagnostic(d, color_, block_);
    }
    out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
  }
  void AddFindings(const FindingStore& findings) override {
    block_.clear();
    for (const Finding& f : findings.findings()) {
      AppendTextFinding(findings, f, color_, block_);
    }
    out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
  }
  void Finish() override { out_.flush(); }

 private:
  bool color_;
  std::ostream& out_;
  std::string block_;
};

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out), writer_(out) {}
  void Add(std::span<const Diagnostic> diagnostics) override {
    writer_.Add(diagnostics);
  }
  void AddFindings(const FindingStore& findings) override {
    writer_.AddFindings(findings);
  }
  void Finish() override {
    writer_.Finish();
    out_.flush();
  }

 private:
  std::ostream& out_;
  JsonArrayWriter writer_;
};

class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}
  void Add(std::span<const Diagnostic> diagnostics) override {
    WriteGithub(diagnostics, out_);
  }
  void Finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

class StatisticsReporter final : public Reporter {
 public:
  explicit StatisticsReporter(std::ostream& out) : out_(out) {}
  void Add(std::span<const Diagnostic> diagnostics) override {
    statistics_.Add(diagnostics);
  }
  void AddFindings(const FindingStore& findings) override {
    statistics_.Add(findings);
  }
  void Finish() override {
    statistics_.Write(out_);
    out_.flush();
  }

 private:
  std::ostream& out_;
  RuleStatistics statistics_;
};

// SARIF streams too: its rules (the catalogue's and the custom ones in
// SarifOptions) are known before the first result.
class SarifReporter final : public Reporter {
 public:
  SarifReporter(const SarifOptions& options, std::ostream& out)
      : out_(out), log_(options, out) {}
  void Add(std::span<const Diagnostic> diagnostics) override {
    log_.Add(diagnostics);
  }
  void Finish() override {
    log_.Finish();
    out_.flush();
  }

 private:
  std::ostream& out_;
  SarifLogWriter log_;
};

}  // namespace

void Reporter::AddFindings(const FindingStore& findings) {
  std::vector<Diagnostic> diagnostics;
  findings.AppendDiagnostics(diagnostics);
  Add(diagnostics);
}

std::unique_ptr<Reporter> MakeReporter(const ReportOptions& options,
                                       std::ostream& out) {
  return MakeReporter(options, SarifOptions{}, out);
}

std::unique_ptr<Reporter> MakeReporter(const ReportOptions& options,
                                       SarifOptions sarif, std::ostream& out) {
  if (options.statistics) return std::make_unique<StatisticsReporter>(out);
  switch (options.format) {
    case OutputFormat::kText:
      return std::make_unique<TextReporter>(options.color, out);
    case OutputFormat::kJson:
      return std::make_unique<JsonReporter>(out);
    case OutputFormat::kSarif:
      return std::make_unique<SarifReporter>(sarif, out);
    case OutputFormat::kGithub:
      return std::make_unique<GithubReporter>(out);
  }
  return std::make_unique<TextReporter>(false, out);
}

}  // namespace svclint
