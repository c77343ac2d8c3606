#include "lint/engine/fixes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dtl/dtl.hpp>
#include <sstream>
#include <vector>

namespace svclint {
namespace {

// Byte offsets of the start of every line (line 1 is index 0).
std::vector<size_t> LineStarts(std::string_view content) {
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// The byte offset of (line, column), or npos when outside the text.
size_t Offset(const std::vector<size_t>& starts, std::string_view content,
              uint32_t line, uint32_t column) {
  if (line == 0 || column == 0 || line > starts.size())
    return std::string::npos;
  const size_t line_end = line < starts.size() ? starts[line] : content.size();
  const size_t offset = starts[line - 1] + column - 1;
  return offset <= line_end ? offset : std::string::npos;
}

struct ByteEdit {
  size_t begin, end;
  std::string_view replacement;
};

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t nl = text.find('\n', start);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

FixResult ApplyFixes(std::string_view content,
                     std::span<const Diagnostic> diagnostics) {
  const std::vector<size_t> starts = LineStarts(content);
  // Each fix is applied whole or not at all.
  std::vector<std::vector<ByteEdit>> fixes;
  for (const Diagnostic& d : diagnostics) {
    if (!d.fix.has_value() || d.fix->edits.empty()) continue;
    std::vector<ByteEdit> edits;
    bool valid = true;
    for (const Edit& e : d.fix->edits) {
      const size_t b = Offset(starts, content, e.span.line, e.span.column);
      const size_t en =
          Offset(starts, content, e.span.end_line, e.span.end_column);
      if (b == std::string::npos || en == std::string::npos || en < b) {
        valid = false;
        break;
      }
      edits.push_back({b, en, e.replacement});
    }
    if (valid) {
      std::sort(edits.begin(), edits.end(),
                [](const ByteEdit& a, const ByteEdit& b) {
                  return a.begin < b.begin;
                });
      fixes.push_back(std::move(edits));
    }
  }
  // Fixes are taken in the diagnostics' order (callers sort diagnostics by
  // position); a fix that overlaps one already taken waits for the next run.
  std::vector<ByteEdit> accepted;
  FixResult result;
  for (const std::vector<ByteEdit>& fix : fixes) {
    bool overlaps = false;
    for (const ByteEdit& e : fix) {
      for (const ByteEdit& a : accepted) {
        if (e.begin < a.end && a.begin < e.end) overlaps = true;
        if (e.begin == a.begin && e.end == a.end) overlaps = true;
      }
    }
    if (overlaps) continue;
    accepted.insert(accepted.end(), fix.begin(), fix.end());
    ++result.applied;
  }
  std::sort(
      accepted.begin(), accepted.end(),
      [](const ByteEdit& a, const ByteEdit& b) { return a.begin < b.begin; });
  size_t cursor = 0;
  for (const ByteEdit& e : accepted) {
    result.content.append(content.substr(cursor, e.begin - cursor));
    result.content.append(e.replacement);
    cursor = e.end;
  }
  result.content.append(content.substr(cursor));
  return result;
}

std::string UnifiedDiff(std::string_view path, std::string_view before,
                        std::string_view after) {
  if (before == after) return "";
  dtl::Diff<std::string> diff(SplitLines(before), SplitLines(after));
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- a/" << path << "\n+++ b/" << path << "\n";
  diff.printUnifiedFormat(out);
  return std::move(out).str();
}

}  // namespace svclint
