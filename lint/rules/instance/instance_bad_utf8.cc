// SI003 instance-bad-utf8: the instance is Net-Unicode text (RFC 6763
// §4.1.1, RFC 5198), that is UTF-8 (RFC 3629). One finding per run of bytes
// that are not part of a well-formed sequence.
//
//   Caf\233._ipp._tcp  -> "... invalid UTF-8 \xE9 at column 4", [4, 8)
#include <string>

#include "lint/rules/instance/instance_rules.h"
#include "lint/rules/rule_text.h"
#include "lint/unicode/utf8.h"

namespace svclint {

void CheckInstanceBadUtf8(const InstanceFacts& instance, CheckContext& ctx) {
  if (!instance.has_non_ascii) return;
  const auto bytes = DecodeInstance(instance);
  std::string values;
  values.reserve(bytes.size());
  for (const DecodedByte& b : bytes) values += static_cast<char>(b.value);
  size_t i = 0;
  while (i < values.size()) {
    char32_t cp;
    if (const size_t n = DecodeUtf8(values, i, cp); n > 0) {
      i += n;
      continue;
    }
    const size_t first = i;
    while (i < values.size() && DecodeUtf8(values, i, cp) == 0) ++i;
    const uint32_t begin = bytes[first].offset;
    const uint32_t end = bytes[i - 1].offset + bytes[i - 1].size;
    ctx.sink.Report(
        RuleId::kSI003, SpanAt(instance.at, begin, end - begin),
        {{"bytes", HexBytes(std::string_view(values).substr(first, i - first))},
         {"column", ColumnText(instance.at, begin)}});
  }
}

}  // namespace svclint
