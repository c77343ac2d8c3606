// TX011 txt-record-empty: RFC 6763 §6.1, "An empty TXT record containing
// zero strings is not allowed [RFC1035]. DNS-SD implementations MUST NOT
// emit empty TXT records." The empty record is one empty string.
//
//   a record with no strings  -> "TXT record has no strings; ...", the record
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtRecordEmpty(const TxtRecordFacts& record, CheckContext& ctx) {
  if (!record.strings.empty()) return;
  ctx.sink.Report(RuleId::kTX011, record.span);
}

}  // namespace svclint
