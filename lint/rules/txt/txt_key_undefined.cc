// TX008 txt-key-undefined: a DNS-SD service's registration lists its TXT
// keys ("Defined TXT keys: ..." in the registry, RFC 6335 §8.1.1; RFC 6763
// §6.3 asks for keys to be documented). A key outside that list is not
// wrong, but clients of the service will not know it. Runs only when the
// record's service is known and its note lists keys: a note that says
// "None" means the registrant listed none, not that the service has none,
// so it proves nothing about a key. `txtvers` is every service's (RFC 6763
// §6.7), and a template such as `dkX` covers dk0, dk1, ...
//
//   svclint check --txt --service ssh x=1
//   -> "key 'x' is not among the TXT keys the registry defines for 'ssh': u, p"
#include <string>

#include "lint/base/strings.h"
#include "lint/registry/registry.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtKeyUndefined(const TxtStringFacts& string,
                          const TxtRecordFacts& record, CheckContext& ctx) {
  if (ctx.registry == nullptr || record.service.empty()) return;
  const std::string_view key = string.entry.key;
  if (key.empty()) return;  // TX001/TX011 cover empty keys
  if (EqualsIgnoreCase(key, "txtvers")) return;
  const DefinedTxtKeys* defined = ctx.registry->TxtKeys(record.service);
  if (defined == nullptr || !defined->parsed || defined->keys.empty()) return;
  if (ServiceDefinesKey(ctx.registry, record.service, key)) return;
  std::string list;
  for (std::string_view k : defined->keys) {
    if (!list.empty()) list += ", ";
    list += k;
  }
  ctx.sink.Report(RuleId::kTX008, string.KeySpan(),
                  {{"key", Printable(key)},
                   {"service", Printable(record.service)},
                   {"defined", list}});
}

}  // namespace svclint
