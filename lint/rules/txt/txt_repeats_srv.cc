// TX010 txt-repeats-srv: the SRV record (RFC 2782, RFC 6763 §5) carries
// the target host and the port; a TXT key for them is a second source of
// truth. Keys the registry defines for the service are left alone
// (sleeptracker defines `hostname`).
//
//   port=631            -> "key 'port' repeats the port ...", [1, 5)
//   host=printer.local  -> "key 'host' repeats the target host ...", [1, 5)
#include "lint/base/strings.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtRepeatsSrv(const TxtStringFacts& string,
                        const TxtRecordFacts& record, CheckContext& ctx) {
  const std::string_view key = string.entry.key;
  if (key.size() < 4 || key.size() > 8) return;  // port, host, hostname
  const bool port = EqualsIgnoreCase(key, "port");
  if (!port && !EqualsIgnoreCase(key, "host") &&
      !EqualsIgnoreCase(key, "hostname")) {
    return;
  }
  if (ServiceDefinesKey(ctx.registry, record.service, key)) return;
  ctx.sink.Report(RuleId::kTX010, string.KeySpan(), {{"key", Printable(key)}},
                  {}, port ? "port" : "");
}

}  // namespace svclint
