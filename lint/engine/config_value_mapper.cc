#include "lint/engine/config_value_mapper.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

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
  // A verbatim value is checked at its real position; any other gets a
  // scratch line, mapped back below.
  std::vector<Anchor> at(slots.size());
  bool mapped = false;
  for (size_t i = 0; i < slots.size(); ++i) {
    const ConfigValue& v = *slots[i].value;
    if (v.verbatim()) {
      at[i] = positions_.At(v.offset + slots[i].begin);
    } else {
      at[i] = {kScratchLine + static_cast<uint32_t>(i), 1};
      mapped = true;
    }
  }
  DiagnosticSink scratch = NewSink(sink_.path(), ctx_);
  CheckContext c{scratch, ctx_.registry};
  check(at, c);
  for (Diagnostic& d : scratch.TakeDiagnostics()) {
    if (mapped) {
      const std::optional<SourceSpan> span = MapSpan(slots, d.span);
      if (!span) continue;  // a validator bug: nowhere to put it
      d.message = MapMessage(slots, d.span.line, d.message);
      d.span = *span;
    }
    if (d.fix) {
      for (Edit& edit : d.fix->edits) {
        std::optional<Edit> e = MapEdit(slots, edit);
        if (!e) {
          d.fix.reset();
          break;
        }
        edit = std::move(*e);
      }
    }
    sink_.Add(std::move(d));
  }
}

std::string ValueMapper::MapMessage(std::span<const Slot> slots,
                                    uint32_t own_line,
                                    std::string_view message) const {
  // Messages may cite positions: "repeats 'Path' given at 3:14" (any value
  // of the record) or "contains '_' at column 19" (the finding's own
  // value). Rewrite those made from scratch anchors.
  auto number = [&](size_t& k, uint64_t& value) {
    const size_t from = k;
    value = 0;
    while (k < message.size() && k - from < 12 && message[k] >= '0' &&
           message[k] <= '9') {
      value = value * 10 + static_cast<uint64_t>(message[k++] - '0');
    }
    return k > from;
  };
  constexpr std::string_view kColumn = "column ";
  std::string out;
  size_t i = 0;
  while (i < message.size()) {
    size_t k = i;
    uint64_t line = 0, column = 0;
    // "<scratch line>:<column>"
    if ((i == 0 || message[i - 1] < '0' || message[i - 1] > '9') &&
        number(k, line) && line >= kScratchLine && line <= UINT32_MAX &&
        k < message.size() && message[k] == ':' && number(++k, column)) {
      if (std::optional<size_t> at =
              MapPoint(slots, static_cast<uint32_t>(line),
                       static_cast<uint32_t>(column), false, 0)) {
        const Anchor real = positions_.At(*at);
        absl::StrAppend(&out, real.line, ":", real.column);
        i = k;
        continue;
      }
    }
    // "column <n>" in a finding on a scratch line
    k = i + kColumn.size();
    if (own_line >= kScratchLine &&
        message.substr(i, kColumn.size()) == kColumn && number(k, column) &&
        column <= UINT32_MAX) {
      if (std::optional<size_t> at = MapPoint(
              slots, own_line, static_cast<uint32_t>(column), false, 0)) {
        absl::StrAppend(&out, AsAbsl(kColumn), positions_.At(*at).column);
        i = k;
        continue;
      }
    }
    out.push_back(message[i++]);
  }
  return out;
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
  if (!SafeReplacement(edit.replacement)) return std::nullopt;
  // Real positions: a verbatim value (exact by construction) or a span the
  // loader gave (TxtString::element).
  if (s.line < kScratchLine && s.end_line < kScratchLine) return edit;
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
