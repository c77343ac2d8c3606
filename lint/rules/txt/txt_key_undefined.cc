// TX008 txt-key-undefined: a DNS-SD service's registration lists its TXT
// keys ("Defined TXT keys: ..." in the registry, RFC 6335 §8.1.1; RFC 6763
// §6.3 asks for keys to be documented). A key outside that list is not
// wrong, but clients of the service will not know it. Runs only when the
// record's service is known and its note could be parsed.
//
//   svclint check --txt --service ssh x=1
//   -> "key 'x' is not among the TXT keys the registry defines for 'ssh': u, p"
#include <string>

#include "lint/base/strings.h"
#include "lint/registry/registry.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyUndefined(const TxtStringFacts& string,
                          const TxtRecordFacts& record, CheckContext& ctx) {
  if (ctx.registry == nullptr || record.service.empty()) return;
  const std::string_view key = string.entry.key;
  if (key.empty()) return;  // TX001/TX011 cover empty keys
  const DefinedTxtKeys* defined = ctx.registry->TxtKeys(record.service);
  if (defined == nullptr || !defined->parsed) return;
  for (std::string_view k : defined->keys) {
    if (EqualsIgnoreCase(k, key)) return;  // RFC 6763 §6.4: case-insensitive
  }
  std::string list;
  for (std::string_view k : defined->keys) {
    if (!list.empty()) list += ", ";
    list += k;
  }
  if (list.empty()) list = "(none)";
  ctx.sink.Report(RuleId::kTX008, string.KeySpan(),
                  {{"key", Printable(key)},
                   {"service", Printable(record.service)},
                   {"defined", list}});
}

}  // namespace svclint
