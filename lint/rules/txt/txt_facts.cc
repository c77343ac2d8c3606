#include "lint/rules/txt/txt_facts.h"

namespace svclint {

TxtRecordFacts ComputeTxtRecordFacts(std::span<const TxtString> strings,
                                     SourceSpan span,
                                     std::string_view service) {
  TxtRecordFacts r;
  r.strings = strings;
  r.span = span;
  r.service = service;
  r.entries.reserve(strings.size());
  for (size_t i = 0; i < strings.size(); ++i) {
    TxtStringFacts& f = r.entries.emplace_back();
    f.string = &strings[i];
    f.index = static_cast<uint32_t>(i);
    f.entry = ParseTxtString(strings[i].bytes);
    for (char c : f.entry.key) {
      f.key_has_invalid |= !IsTxtKeyChar(c);
      f.key_has_space |= c == ' ';
    }
    r.wire_size += TxtStringWireSize(strings[i].bytes);
  }
  return r;
}

}  // namespace svclint
