// TX002 txt-key-invalid-char: RFC 6763 §6.4, "The characters of a key MUST
// be printable US-ASCII values (0x20-0x7E) [RFC20], excluding '=' (0x3D)".
// ('=' cannot occur: the first one ends the key.) One finding per run.
//
//   caf\xC3\xA9=1  -> "key 'café' contains 'é' at column 4 ...", [4, 6)
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyInvalidChar(const TxtStringFacts& string,
                            const TxtRecordFacts& /*record*/,
                            CheckContext& ctx) {
  if (!string.key_has_invalid) return;
  const std::string_view key = string.entry.key;
  const std::string shown = Printable(key);
  size_t i = 0;
  while (i < key.size()) {
    if (IsTxtKeyChar(key[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < key.size() && !IsTxtKeyChar(key[i])) ++i;
    ctx.sink.Report(RuleId::kTX002, SpanAt(string.at(), begin, i - begin),
                    {{"key", shown},
                     {"chars", Quoted(key.substr(begin, i - begin))},
                     {"column", ColumnText(string.at(), begin)}});
  }
}

}  // namespace svclint
