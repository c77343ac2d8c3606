// TX003 txt-key-too-long: RFC 6763 §6.4, "The key SHOULD be no more than
// nine characters long", to keep packets small. A key the service's own
// definition names (the registry's "Defined TXT keys", e.g. home-assistant's
// `location_name`, or a specification's, e.g. printing's `printer-state`:
// spec_txt_keys.h) is the one clients look for: renaming it would break
// them, so it is left alone. Several long keys in one record are one
// finding, at the first, naming them all: one naming habit, one decision.
//
//   averyveryverylongkey=1  -> "key '...' is 20 characters; ...", [1, 21)
//   friendly_name=a | config_hash=b
//     -> "2 keys are over 9 characters: 'friendly_name' (13) and
//         'config_hash' (11); keys SHOULD be at most 9"
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyTooLong(const TxtRecordFacts& record, CheckContext& ctx) {
  constexpr size_t kMaxKey = 9;
  std::vector<const TxtStringFacts*> long_keys;
  for (const TxtStringFacts& string : record.entries) {
    const std::string_view key = string.entry.key;
    if (key.size() <= kMaxKey) continue;
    if (ServiceDefinesKey(ctx.registry, record.service, key)) continue;
    long_keys.push_back(&string);
  }
  if (long_keys.empty()) return;
  const TxtStringFacts& first = *long_keys.front();
  if (long_keys.size() == 1) {
    ctx.sink.Report(RuleId::kTX003, first.KeySpan(),
                    {{"key", Printable(first.entry.key)},
                     {"length", absl::StrCat(first.entry.key.size())}});
    return;
  }
  std::string keys;
  for (size_t i = 0; i < long_keys.size(); ++i) {
    if (i > 0) keys += i + 1 == long_keys.size() ? " and " : ", ";
    const std::string_view key = long_keys[i]->entry.key;
    absl::StrAppend(&keys, "'", Printable(key), "' (", key.size(), ")");
  }
  ctx.sink.Report(RuleId::kTX003, first.KeySpan(),
                  {{"count", absl::StrCat(long_keys.size())}, {"keys", keys}},
                  {}, "several");
}

}  // namespace svclint
