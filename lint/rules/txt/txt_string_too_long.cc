// TX005 txt-string-too-long: RFC 6763 §6, each string is "a single length
// byte, followed by 0-255 bytes of text data".
//
//   <256 bytes>  -> "TXT string is 256 bytes; ...", the whole string
#include "absl/strings/str_cat.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtStringTooLong(const TxtStringFacts& string,
                           const TxtRecordFacts& /*record*/,
                           CheckContext& ctx) {
  constexpr size_t kMaxString = 255;
  const size_t size = string.string->bytes.size();
  if (size <= kMaxString) return;
  ctx.sink.Report(RuleId::kTX005, string.StringSpan(),
                  {{"length", absl::StrCat(size)}});
}

}  // namespace svclint
