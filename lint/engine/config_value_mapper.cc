#include "lint/engine/config_value_mapper.h"

#include <algorithm>
#include <vector>

namespace svclint {
namespace {

// Scratch anchors live far below any real line: line kScratchLine + i is
// slot i. Spans on lower lines are real and pass through.
constexpr uint32_t kScratchLine = 1u << 30;

// The longest escape that yields one character: "\UXXXXXXXX", "&#x10FFFF;".
constexpr size_t kLongestEscape = 12;

}  // namespace

void ValueMapper::Run(
    std::span<const Slot> slots,
    const std::function<void(std::span<const Anchor>, CheckContext&)>& check) {
  std::vector<Anchor> at(slots.size());
  for (size_t i = 0; i < slots.size(); ++i) {
    at[i] = {kScratchLine + static_cast<uint32_t>(i), 1};
  }
  DiagnosticSink scratch = NewSink(sink_.path(), ctx_);
  CheckContext c{scratch, ctx_.registry};
  check(at, c);
  for (Diagnostic& d : scratch.TakeDiagnostics()) {
    if (d.span.line >= kScratchLine) {
      const size_t i = d.span.line - kScratchLine;
      if (i >= slots.size()) continue;  // a validator bug: nowhere to put it
      const Slot& slot = slots[i];
      const size_t byte = slot.begin + d.span.column - 1;
      if (slot.drop_past_end && byte >= slot.end && slot.end > slot.begin) {
        continue;
      }
    }
    const std::optional<SourceSpan> span = MapSpan(slots, d.span);
    if (!span) continue;
    d.span = *span;
    if (d.fix) {
      for (Edit& edit : d.fix->edits) {
        std::optional<Edit> mapped = MapEdit(slots, edit);
        if (!mapped) {
          d.fix.reset();
          break;
        }
        edit = std::move(*mapped);
      }
    }
    sink_.Add(std::move(d));
  }
}

std::optional<size_t> ValueMapper::MapPoint(std::span<const Slot> slots,
                                            uint32_t line, uint32_t column,
                                            bool end, size_t begin_byte) const {
  if (line < kScratchLine) return std::nullopt;
  const size_t i = line - kScratchLine;
  if (i >= slots.size()) return std::nullopt;
  const Slot& slot = slots[i];
  const ConfigValue& v = *slot.value;
  size_t byte = slot.begin + (column > 0 ? column - 1 : 0);
  byte = std::clamp(byte, slot.begin, std::max(slot.begin, slot.end));
  byte = std::min(byte, v.text.size());
  if (!end || byte <= begin_byte || byte == 0) return v.OffsetOfByte(byte);
  // An exclusive end: just past the raw form of the last byte (a whole
  // entity or escape), but never across markup, quotes of another line, or
  // the bytes of a later piece of the value.
  const size_t last = v.OffsetOfByte(byte - 1);
  size_t k = byte;
  while (k < v.text.size() && v.OffsetOfByte(k) == last) ++k;
  const size_t next = v.OffsetOfByte(k);
  if (next <= last || next - last > kLongestEscape) return last + 1;
  const std::string_view gap = content_.substr(last, next - last);
  if (gap.find_first_of("\n<", 1) != std::string_view::npos) return last + 1;
  return next;
}

std::optional<SourceSpan> ValueMapper::MapSpan(std::span<const Slot> slots,
                                               const SourceSpan& span) const {
  if (span.line < kScratchLine && span.end_line < kScratchLine) return span;
  const std::optional<size_t> begin =
      MapPoint(slots, span.line, span.column, false, 0);
  if (!begin) return std::nullopt;
  size_t end = *begin;
  if (span.end_line == span.line) {
    const size_t i = span.line - kScratchLine;
    const size_t begin_byte = slots[i].begin + span.column - 1;
    end = MapPoint(slots, span.end_line, span.end_column, true, begin_byte)
              .value_or(*begin);
  } else if (span.end_line >= kScratchLine) {
    const size_t i = span.end_line - kScratchLine;
    if (i < slots.size()) {
      end =
          MapPoint(slots, span.end_line, span.end_column, true, slots[i].begin)
              .value_or(*begin);
    }
  }
  return positions_.Span(*begin, std::max(*begin, end));
}

std::optional<Edit> ValueMapper::MapEdit(std::span<const Slot> slots,
                                         const Edit& edit) const {
  const SourceSpan& s = edit.span;
  if (s.line < kScratchLine || s.end_line != s.line) return std::nullopt;
  const size_t i = s.line - kScratchLine;
  if (i >= slots.size() || s.column == 0 || s.end_column < s.column) {
    return std::nullopt;
  }
  const Slot& slot = slots[i];
  const ConfigValue& v = *slot.value;
  const size_t eb = slot.begin + s.column - 1;
  const size_t ee = slot.begin + s.end_column - 1;
  if (ee > slot.end || ee > v.text.size()) return std::nullopt;
  if (!SafeReplacement(edit.replacement)) return std::nullopt;
  // The bytes replaced must be written in the file exactly as the value
  // holds them; otherwise (an entity, an escape, decoded base64) the edit
  // would corrupt the file.
  auto verbatim_at = [&](size_t byte, size_t raw) {
    return v.OffsetOfByte(byte) == raw && raw < content_.size() &&
           content_[raw] == v.text[byte];
  };
  size_t raw_begin;
  if (ee > eb) {
    raw_begin = v.OffsetOfByte(eb);
    for (size_t k = eb; k < ee; ++k) {
      if (!verbatim_at(k, raw_begin + (k - eb))) return std::nullopt;
    }
  } else if (v.text.empty()) {
    raw_begin = v.offset;
  } else if (eb > 0 && verbatim_at(eb - 1, v.OffsetOfByte(eb - 1))) {
    raw_begin = v.OffsetOfByte(eb - 1) + 1;  // insert after a plain byte
  } else if (eb < v.text.size() && verbatim_at(eb, v.OffsetOfByte(eb))) {
    raw_begin = v.OffsetOfByte(eb);  // insert before a plain byte
  } else {
    return std::nullopt;
  }
  return Edit{positions_.Span(raw_begin, raw_begin + (ee - eb)),
              edit.replacement};
}

bool ValueMapper::SafeReplacement(std::string_view text) const {
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return false;
  }
  // What would need an entity, escape or quoting where values are written.
  std::string_view special;
  switch (kind_) {
    case FileKind::kAvahi:
      special = "<&>";
      break;
    case FileKind::kServices:
      special = "\"'\\";
      break;
    case FileKind::kDnssd:
      special = " \"'\\%";
      break;
    case FileKind::kRequest:
    case FileKind::kRegistry:
      break;
  }
  return text.find_first_of(special) == std::string_view::npos;
}

}  // namespace svclint
