#include "lint/engine/check_inputs.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "lint/diag/sink.h"

namespace svclint {
namespace {

void CheckOne(std::string_view input, uint32_t line, InputKind kind,
              CheckContext& ctx) {
  CheckAs(input, kind, Anchor{line, 1}, ctx);
}

}  // namespace

std::optional<InputKind> ParseInputKind(std::string_view text) {
  if (text == "name") return InputKind::kName;
  if (text == "type") return InputKind::kType;
  if (text == "subtype") return InputKind::kSubtype;
  if (text == "instance") return InputKind::kInstance;
  if (text == "txt") return InputKind::kTxt;
  return std::nullopt;
}

std::vector<Diagnostic> CheckInputs(std::span<const std::string> inputs,
                                    std::string_view path,
                                    const CheckOptions& options) {
  DiagnosticSink sink{std::string(path), *options.policy};
  sink.set_custom_rules(options.custom_rules);
  CheckContext ctx{sink, options.registry};
  if (options.as == InputKind::kTxt) {
    // One record: each argument is one of its strings, on its own "line".
    std::vector<TxtString> strings;
    strings.reserve(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
      strings.push_back({inputs[i], Anchor{static_cast<uint32_t>(i + 1), 1}});
    }
    const uint32_t last =
        static_cast<uint32_t>(std::max<size_t>(inputs.size(), 1));
    const SourceSpan record{
        1, 1, last,
        static_cast<uint32_t>((inputs.empty() ? 0 : inputs.back().size()) + 1)};
    CheckTxtRecord(strings, ctx, record, options.service);
  } else {
    for (size_t i = 0; i < inputs.size(); ++i) {
      const InputKind kind = options.as.value_or(ClassifyInput(inputs[i]));
      CheckOne(inputs[i], static_cast<uint32_t>(i + 1), kind, ctx);
    }
  }
  std::vector<Diagnostic> out = sink.TakeDiagnostics();
  SortDiagnostics(out);
  return out;
}

absl::StatusOr<StreamResult> CheckStream(std::istream& in,
                                         std::string_view path,
                                         const CheckOptions& options,
                                         const FindingsSink& on_findings) {
  StreamResult result;
  if (options.as == InputKind::kTxt) {
    // A TXT record is checked whole, so its strings are gathered first.
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
    }
    if (in.bad()) return absl::DataLossError("cannot read standard input");
    result.inputs = lines.size();
    result.diagnostics = CheckInputs(lines, path, options);
    if (on_findings) on_findings(result.diagnostics);
    return result;
  }
  DiagnosticSink sink{std::string(path), *options.policy};
  sink.set_custom_rules(options.custom_rules);
  CheckContext ctx{sink, options.registry};
  constexpr size_t kChunk = 1 << 20;
  std::unique_ptr<char[]> buffer(new char[kChunk]);
  std::string carry;  // a line split across two chunks
  uint32_t line_no = 0;
  // Lines are checked in order, so sorting each line's findings sorts
  // them all.
  std::vector<Diagnostic>& found = sink.diagnostics();
  auto check_line = [&](std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    const InputKind kind = options.as ? *options.as : ClassifyInput(line);
    const size_t before = found.size();
    CheckOne(line, line_no, kind, ctx);
    if (found.size() - before > 1) {
      std::stable_sort(found.begin() + static_cast<ptrdiff_t>(before),
                       found.end(), DiagnosticLess);
    }
  };
  while (in) {
    in.read(buffer.get(), kChunk);
    const size_t got = static_cast<size_t>(in.gcount());
    if (got == 0) break;
    std::string_view chunk(buffer.get(), got);
    size_t start = 0;
    while (true) {
      const void* nl = std::memchr(chunk.data() + start, '\n', got - start);
      if (nl == nullptr) break;
      const size_t end = static_cast<const char*>(nl) - chunk.data();
      if (!carry.empty()) {
        carry.append(chunk.substr(start, end - start));
        check_line(carry);
        carry.clear();
      } else {
        check_line(chunk.substr(start, end - start));
      }
      start = end + 1;
    }
    carry.append(chunk.substr(start));
    if (on_findings) {
      on_findings(found);
      found.clear();  // keeps its capacity for the next chunk
    }
  }
  if (in.bad()) return absl::DataLossError("cannot read standard input");
  if (!carry.empty()) check_line(carry);
  result.inputs = line_no;
  if (on_findings) {
    on_findings(found);
    found.clear();
  }
  result.diagnostics = sink.TakeDiagnostics();
  return result;
}

}  // namespace svclint
