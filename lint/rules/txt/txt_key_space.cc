// TX012 txt-key-space: RFC 6763 §6.4, "Spaces in the key are significant,
// whether leading, trailing, or in the middle". One finding per run of
// spaces in the key.
//
//   key =1   -> "key 'key ' ends with a space; ...", [4, 5)
//   pa th=/  -> "key 'pa th' contains a space at column 3; ...", [3, 4)
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeySpace(const TxtStringFacts& string,
                      const TxtRecordFacts& /*record*/, CheckContext& ctx) {
  if (!string.key_has_space) return;
  const std::string_view key = string.entry.key;
  const std::string shown = Printable(key);
  size_t i = 0;
  while (i < key.size()) {
    if (key[i] != ' ') {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < key.size() && key[i] == ' ') ++i;
    const SourceSpan span = SpanAt(string.at(), begin, i - begin);
    std::string_view variant;  // the default message: a leading space
    if (begin != 0) variant = i == key.size() ? "trailing" : "inner";
    ctx.sink.Report(
        RuleId::kTX012, span,
        {{"key", shown}, {"column", ColumnText(string.at(), begin)}}, {},
        variant);
  }
}

}  // namespace svclint
