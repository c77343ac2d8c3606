// TX003 txt-key-too-long: RFC 6763 §6.4, "The key SHOULD be no more than
// nine characters long", to keep packets small. A key the service's own
// definition names (the registry's "Defined TXT keys", e.g. home-assistant's
// `location_name`, or the printing specifications' `printer-state`) is the
// one clients look for: renaming it would break them, so it is left alone.
//
//   averyveryverylongkey=1  -> "key '...' is 20 characters; ...", [1, 21)
#include "absl/strings/str_cat.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyTooLong(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx) {
  constexpr size_t kMaxKey = 9;
  const std::string_view key = string.entry.key;
  if (key.size() <= kMaxKey) return;
  if (ServiceDefinesKey(ctx.registry, record.service, key)) return;
  ctx.sink.Report(
      RuleId::kTX003, string.KeySpan(),
      {{"key", Printable(key)}, {"length", absl::StrCat(key.size())}});
}

}  // namespace svclint
