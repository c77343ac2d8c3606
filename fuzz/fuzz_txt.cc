// libFuzzer target: the strings of one DNS-SD TXT record, as `svclint check
// --txt` and the config linters hand them to CheckTxtRecord. The input is
// a service name (for the registry's defined keys) and then the strings,
// each taken by FuzzedDataProvider; strings may hold any byte.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_common.h"
#include "lint/diag/sink.h"
#include "lint/model/txt_record.h"
#include "lint/parse/txt_record.h"
#include "lint/rules/checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider provider(data, size);
  static const char* const kServices[] = {"",        "ipp",  "http", "printer",
                                          "airplay", "raop", "nope"};
  const std::string service =
      kServices[provider.ConsumeIntegralInRange<size_t>(0, 6)];
  std::vector<std::string> texts;
  while (provider.remaining_bytes() > 0 && texts.size() < 512) {
    texts.push_back(provider.ConsumeRandomLengthString(1024));
  }
  std::vector<svclint::TxtString> strings;
  uint32_t line = 1;
  for (const std::string& t : texts) {
    const svclint::TxtEntry entry = svclint::ParseTxtString(t);
    svclint::fuzz::Require(entry.value_offset <= t.size(),
                           "TXT value offset past the string");
    svclint::TxtString s{t, svclint::Anchor{line, 9}};
    s.element = svclint::SourceSpan{line, 1, line + 1, 1};
    strings.push_back(s);
    ++line;
  }
  static const svclint::RulePolicy policy;
  svclint::DiagnosticSink sink("fuzz.txt", policy);
  svclint::CheckContext ctx{sink, &svclint::Registry::Embedded()};
  const svclint::SourceSpan record{1, 1, line, 1};
  svclint::CheckTxtRecord(strings, ctx, record, service);
  for (const svclint::Diagnostic& d : sink.diagnostics()) {
    svclint::fuzz::Require(d.span.line >= 1 && d.span.line <= line,
                           "TXT finding outside the record");
  }
  svclint::fuzz::RenderAll(sink.diagnostics());
  return 0;
}
