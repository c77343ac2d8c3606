// What the TX rules need to know about a TXT record (RFC 6763 §6): each
// string split into key and value with a few flags, and the record's wire
// size, computed in one pass over the strings.
//
//   const TxtString strings[] = {{"txtvers=1", {1, 1}}, {"Path =/", {2, 1}}};
//   TxtRecordFacts r = ComputeTxtRecordFacts(strings, span, "");
//   r.entries[1].entry.key == "Path ";  r.entries[1].key_has_space;
//   r.wire_size == 18
#ifndef SVCLINT_LINT_RULES_TXT_TXT_FACTS_H_
#define SVCLINT_LINT_RULES_TXT_TXT_FACTS_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "lint/base/source_span.h"
#include "lint/model/txt_record.h"
#include "lint/parse/txt_record.h"

namespace svclint {

struct TxtStringFacts {
  const TxtString* string = nullptr;
  uint32_t index = 0;  // 0-based position in the record
  TxtEntry entry;
  bool key_has_invalid = false;  // a key byte outside 0x20-0x7E
  bool key_has_space = false;

  Anchor at() const { return string->at; }
  SourceSpan KeySpan() const { return SpanAt(string->at, 0, entry.key.size()); }
  SourceSpan StringSpan() const {
    return SpanAt(string->at, 0, string->bytes.size());
  }
};

struct TxtRecordFacts {
  std::span<const TxtString> strings;
  absl::InlinedVector<TxtStringFacts, 8> entries;  // one per string
  SourceSpan span;                                 // the whole record
  size_t wire_size = 0;      // every string with its length byte
  std::string_view service;  // whose record it is, when known ("ipp")
};

TxtRecordFacts ComputeTxtRecordFacts(std::span<const TxtString> strings,
                                     SourceSpan span, std::string_view service);

// RFC 6763 §6.4: "printable US-ASCII values (0x20-0x7E)".
constexpr bool IsTxtKeyChar(char c) { return c >= 0x20 && c <= 0x7E; }

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_TXT_TXT_FACTS_H_
