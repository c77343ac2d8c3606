// TX004 txt-key-duplicate: RFC 6763 §6.4, keys compare case-insensitively,
// and "If a client receives a TXT record containing the same key more than
// once, then the client MUST silently ignore all but the first occurrence".
// Each later occurrence is reported, pointing back at the first; the fix
// deletes it when the loader knows the string's element span.
//
//   Path=/ | path=/x  -> "key 'path' repeats 'Path' given at 1:1; ..."
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {
namespace {

void Report(const TxtStringFacts& later, const TxtStringFacts& first,
            CheckContext& ctx) {
  std::vector<Edit> edits;
  if (later.string->element.has_value()) {
    edits.push_back({*later.string->element, ""});
  }
  const SourceSpan at = SpanAt(first.at(), 0, 0);
  ctx.sink.Report(RuleId::kTX004, later.KeySpan(),
                  {{"key", Printable(later.entry.key)},
                   {"first", Printable(first.entry.key)},
                   {"first_position", absl::StrCat(at.line, ":", at.column)}},
                  std::move(edits));
}

}  // namespace

void CheckTxtKeyDuplicate(const TxtRecordFacts& record, CheckContext& ctx) {
  const auto& entries = record.entries;
  // Records are small; a hash map only pays off for unusually long ones.
  constexpr size_t kLinearLimit = 64;
  if (entries.size() <= kLinearLimit) {
    for (size_t i = 1; i < entries.size(); ++i) {
      const std::string_view key = entries[i].entry.key;
      if (key.empty()) continue;  // TX001
      for (size_t j = 0; j < i; ++j) {
        if (EqualsIgnoreCase(entries[j].entry.key, key)) {
          Report(entries[i], entries[j], ctx);
          break;
        }
      }
    }
    return;
  }
  absl::flat_hash_map<std::string, size_t> first;
  for (size_t i = 0; i < entries.size(); ++i) {
    const std::string_view key = entries[i].entry.key;
    if (key.empty()) continue;
    auto [it, inserted] = first.try_emplace(AsciiLower(key), i);
    if (!inserted) Report(entries[i], entries[it->second], ctx);
  }
}

}  // namespace svclint
