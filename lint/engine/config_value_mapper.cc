#include "lint/engine/config_value_mapper.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace svclint {
namespace {

// The longest escape that yields one character: "\UXXXXXXXX", "&#x10FFFF;".
constexpr size_t kLongestEscape = 12;

}  // namespace

// Locates the bytes of one slot's value, and remembers which value bytes
// each span it gave stands for, so that an edit on such a span can be
// checked against the bytes it would replace.
class ValueMapper::SlotLocator final : public ValueLocator {
 public:
  struct Located {
    SourceSpan span;
    size_t begin_byte;  // of the value's text
    size_t end_byte;
  };

  SlotLocator(const ValueMapper& mapper, const Slot& slot)
      : mapper_(mapper), slot_(slot) {}

  SourceSpan Locate(size_t begin, size_t end) const override {
    const size_t b = Clamp(slot_.begin + begin);
    const size_t e = std::max(b, Clamp(slot_.begin + end));
    const size_t raw_begin = mapper_.RawBegin(slot_, b);
    const size_t raw_end = e == b ? raw_begin : mapper_.RawEnd(slot_, b, e);
    const SourceSpan span =
        mapper_.positions_.Span(raw_begin, std::max(raw_begin, raw_end));
    located_.push_back({span, b, e});
    return span;
  }

  const Slot& slot() const { return slot_; }
  // What an edit's span was located from, if this locator gave it.
  const Located* Find(const SourceSpan& span) const {
    for (const Located& l : located_) {
      if (l.span == span) return &l;
    }
    return nullptr;
  }

 private:
  size_t Clamp(size_t byte) const {
    byte = std::clamp(byte, slot_.begin, std::max(slot_.begin, slot_.end));
    return std::min(byte, slot_.value->text.size());
  }

  const ValueMapper& mapper_;
  const Slot& slot_;
  mutable std::vector<Located> located_;
};

void ValueMapper::Run(
    std::span<const Slot> slots,
    const std::function<void(std::span<const Anchor>, CheckContext&)>& check) {
  std::vector<Anchor> at(slots.size());
  std::deque<SlotLocator> locators;  // stable addresses for the anchors
  for (size_t i = 0; i < slots.size(); ++i) {
    const ConfigValue& v = *slots[i].value;
    at[i] = positions_.At(v.OffsetOfByte(slots[i].begin));
    if (!v.verbatim()) at[i].locator = &locators.emplace_back(*this, slots[i]);
  }
  const size_t first_new = sink_.diagnostics().size();
  CheckContext c{sink_, ctx_.registry};
  check(at, c);
  std::vector<Diagnostic>& found = sink_.diagnostics();
  for (size_t k = first_new; k < found.size(); ++k) {
    Diagnostic& d = found[k];
    if (!d.fix) continue;
    for (Edit& edit : d.fix->edits) {
      std::optional<Edit> safe;
      if (SafeReplacement(edit.replacement)) {
        safe = edit;
        for (const SlotLocator& locator : locators) {
          if (const SlotLocator::Located* l = locator.Find(edit.span)) {
            safe = CheckEdit(locator.slot(), l->begin_byte, l->end_byte, edit);
            break;
          }
        }
      }
      if (!safe) {
        d.fix.reset();
        break;
      }
      edit = std::move(*safe);
    }
  }
}

size_t ValueMapper::RawBegin(const Slot& slot, size_t byte) const {
  return slot.value->OffsetOfByte(byte);
}

size_t ValueMapper::RawEnd(const Slot& slot, size_t begin_byte,
                           size_t end_byte) const {
  const ConfigValue& v = *slot.value;
  if (end_byte <= begin_byte || end_byte == 0) return v.OffsetOfByte(end_byte);
  // Just past the raw form of the last byte (a whole entity or escape),
  // but never across markup, quotes of another line, or the bytes of a
  // later piece of the value.
  const size_t last = v.OffsetOfByte(end_byte - 1);
  size_t k = end_byte;
  while (k < v.text.size() && v.OffsetOfByte(k) == last) ++k;
  const size_t next = v.OffsetOfByte(k);
  if (next <= last || next - last > kLongestEscape) return last + 1;
  const std::string_view gap = content_.substr(last, next - last);
  if (gap.find_first_of("\n<", 1) != std::string_view::npos) return last + 1;
  return next;
}

std::optional<Edit> ValueMapper::CheckEdit(const Slot& slot, size_t eb,
                                           size_t ee, const Edit& edit) const {
  const ConfigValue& v = *slot.value;
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
