#include "lint/rules/instance/instance_facts.h"

namespace svclint {
namespace {

bool IsControl(uint8_t b) { return b < 0x20 || b == 0x7F; }

// Calls `visit(DecodedByte)` for each byte of the label.
template <typename Visit>
void ForEachByte(std::string_view text, bool escaped, Visit&& visit) {
  size_t i = 0;
  while (i < text.size()) {
    if (escaped && text[i] == '\\') {
      const Escape e = DecodeEscape(text, i);
      visit(DecodedByte{e.value, static_cast<uint32_t>(i), e.size});
      i += e.size;
    } else {
      visit(DecodedByte{static_cast<uint8_t>(text[i]), static_cast<uint32_t>(i),
                        1});
      ++i;
    }
  }
}

}  // namespace

InstanceFacts ComputeInstanceFacts(std::string_view text, Anchor at,
                                   bool escaped) {
  InstanceFacts f;
  f.text = text;
  f.at = at;
  f.escaped = escaped;
  uint8_t any = 0;
  bool control = false;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const uint8_t b = static_cast<uint8_t>(text[i]);
    if (escaped && b == '\\') {
      const Escape e = DecodeEscape(text, i);
      if (!e.valid) {
        f.bad_escapes.push_back({static_cast<uint32_t>(i), e.size, e.kind});
      }
      any |= e.value;
      control |= IsControl(e.value);
      i += e.size;
    } else {
      if (escaped && b == '.')
        f.unescaped_dots.push_back(static_cast<uint32_t>(i));
      any |= b;
      control |= IsControl(b);
      ++i;
    }
    ++f.wire_size;
  }
  f.has_control = control;
  f.has_non_ascii = any & 0x80;
  return f;
}

absl::InlinedVector<DecodedByte, 64> DecodeInstance(const InstanceFacts& f) {
  absl::InlinedVector<DecodedByte, 64> out;
  ForEachByte(f.text, f.escaped, [&](DecodedByte b) { out.push_back(b); });
  return out;
}

}  // namespace svclint
