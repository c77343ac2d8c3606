#include "lint/engine/check_inputs.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <future>
#include <ios>
#include <iterator>
#include <memory>
#include <system_error>
#include <thread>

#include "lint/config/custom_rule.h"
#include "lint/diag/sink.h"

namespace svclint {
namespace {

constexpr size_t kBlockBytes = 1 << 20;
constexpr size_t kMaxWorkers = 16;

// How `input` is read: as --as says, else as it looks.
InputKind KindOf(std::string_view input, const CheckOptions& options) {
  return options.as ? *options.as : ClassifyInput(input);
}

// Whole lines of a stream (LF or CRLF; the last may lack its LF) and the
// number of the first.
struct LineBlock {
  std::string text;
  uint32_t first_line = 1;
};

uint32_t CountLines(std::string_view text) {
  const size_t newlines =
      static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  const bool unterminated = !text.empty() && text.back() != '\n';
  return static_cast<uint32_t>(newlines + (unterminated ? 1 : 0));
}

// A block of lines and the findings of its lines, sorted: lines are
// checked in order, and each line's findings sorted by position. Both are
// reused for block after block.
struct BlockWork {
  LineBlock block;
  FindingStore findings;
};

void CheckBlock(BlockWork& work, std::string_view path,
                const CheckOptions& options) {
  DiagnosticSink sink{std::string(path), *options.policy};
  sink.set_custom_rules(options.custom_rules);
  FindingStore& found = sink.findings();
  // The sink records into the block's store, grown by earlier blocks.
  std::swap(found, work.findings);
  found.Clear();
  found.set_path(path);
  CheckContext ctx{sink, options.registry};
  const std::string_view text = work.block.text;
  uint32_t line_no = work.block.first_line;
  size_t start = 0;
  while (start < text.size()) {
    const void* nl =
        std::memchr(text.data() + start, '\n', text.size() - start);
    const size_t end = nl == nullptr
                           ? text.size()
                           : static_cast<const char*>(nl) - text.data();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t before = found.size();
    CheckAs(line, KindOf(line, options), Anchor{line_no++, 1}, ctx);
    found.SortFrom(before);
    start = end + 1;
  }
  std::swap(found, work.findings);
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
      CheckAs(inputs[i], KindOf(inputs[i], options),
              Anchor{static_cast<uint32_t>(i + 1), 1}, ctx);
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
    // With badbit in the mask, getline rethrows what it caught: running
    // out of memory must surface as std::bad_alloc ("out of memory"), not
    // pass for a read error.
    const std::ios::iostate mask = in.exceptions();
    try {
      in.exceptions(std::ios::badbit);
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
      }
    } catch (const std::ios_base::failure&) {
      in.exceptions(mask);
      return absl::DataLossError("cannot read standard input");
    }
    in.exceptions(mask);
    result.inputs = lines.size();
    result.diagnostics = CheckInputs(lines, path, options);
    if (on_findings) {
      on_findings(result.diagnostics);
      result.diagnostics.clear();
    }
    return result;
  }
  absl::StatusOr<StreamResult> streamed =
      CheckStream(in, path, options, [&](const FindingStore& found) {
        if (on_findings) {
          std::vector<Diagnostic> diagnostics;
          found.AppendDiagnostics(diagnostics);
          on_findings(diagnostics);
        } else {
          found.AppendDiagnostics(result.diagnostics);
        }
      });
  if (streamed.ok()) streamed->diagnostics = std::move(result.diagnostics);
  return streamed;
}

absl::StatusOr<StreamResult> CheckStream(std::istream& in,
                                         std::string_view path,
                                         const CheckOptions& options,
                                         const FindingBlockSink& on_block) {
  if (options.as == InputKind::kTxt) {
    return CheckStream(in, path, options, [&](std::vector<Diagnostic>& found) {
      FindingStore store{std::string(path)};
      for (Diagnostic& d : found) store.AddFormed(std::move(d));
      on_block(store);
    });
  }
  StreamResult result;
  // Blocks of whole lines are checked on every core, and their findings
  // passed on in input order: at most `workers` blocks are in flight. A
  // block written out goes back to `spare` for its buffers to be reused.
  const size_t workers =
      std::clamp<size_t>(std::thread::hardware_concurrency(), 1, kMaxWorkers);
  using Work = std::unique_ptr<BlockWork>;
  std::deque<std::future<Work>> in_flight;
  std::vector<Work> spare;
  auto emit = [&](Work work) {
    on_block(work->findings);
    spare.push_back(std::move(work));
  };
  auto drain = [&] {
    while (!in_flight.empty()) {
      emit(in_flight.front().get());
      in_flight.pop_front();
    }
  };
  auto check = [path, &options](Work work) {
    CheckBlock(*work, path, options);
    return work;
  };
  auto submit = [&](Work work, bool last) {
    if (last && in_flight.empty()) {  // a short input: no thread
      if (!work->block.text.empty()) emit(check(std::move(work)));
      return;
    }
    // std::async needs a copyable callable: the block travels by pointer.
    BlockWork* raw = work.release();
    try {
      in_flight.push_back(std::async(
          std::launch::async, [raw, &check] { return check(Work(raw)); }));
    } catch (const std::system_error&) {  // no thread to be had: inline
      drain();
      emit(check(Work(raw)));
    }
    while (in_flight.size() > workers) {
      emit(in_flight.front().get());
      in_flight.pop_front();
    }
    if (last) drain();
  };

  std::string pending;  // a line not ended yet
  uint32_t next_line = 1;
  while (true) {
    Work work;
    if (spare.empty()) {
      work = std::make_unique<BlockWork>();
    } else {
      work = std::move(spare.back());
      spare.pop_back();
    }
    std::string& text = work->block.text;
    work->block.first_line = next_line;
    text.swap(pending);
    pending.clear();
    const size_t kept = text.size();
    text.resize(kept + kBlockBytes);
    in.read(text.data() + kept, kBlockBytes);
    const size_t got = static_cast<size_t>(in.gcount());
    text.resize(kept + got);
    const bool last = got < kBlockBytes;  // end of input (or an error)
    if (!last) {
      // `pending` held no LF, so only the bytes just read can.
      const size_t found = std::string_view(text).substr(kept).rfind('\n');
      if (found == std::string_view::npos) {  // one long line so far
        pending.swap(text);
        spare.push_back(std::move(work));
        continue;
      }
      const size_t end = kept + found;
      pending.assign(text, end + 1);
      text.resize(end + 1);
    }
    next_line += CountLines(text);
    submit(std::move(work), last);
    if (last) break;
  }
  if (in.bad()) return absl::DataLossError("cannot read standard input");
  result.inputs = next_line - 1;
  return result;
}

}  // namespace svclint
