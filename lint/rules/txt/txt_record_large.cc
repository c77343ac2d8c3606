// TX006 txt-record-large: RFC 6763 §6.2 sizes, on the wire (each string and
// its length byte): typical <= 200, <= 400 fits a 512-byte message, <= 1300
// fits an Ethernet packet, more is NOT RECOMMENDED; and RFC 6762 §17 caps a
// Multicast DNS packet at 9000 bytes, so over 8900 cannot be sent.
//
//   201 bytes -> info;  401 -> warning;  1301 -> warning;  8901 -> error
//
// The RFC names printing as the case where more than 200 bytes is
// justified ("e.g., LPR printing [BJP]"): a printer's record (ipp, ipps,
// printer, pdl-datastream), and a scanner's eSCL record (uscan, uscans),
// which carries the same Bonjour Printing keys and its own, is measured
// against 400 bytes, not 200.
#include "absl/strings/str_cat.h"
#include "lint/rules/txt/spec_txt_keys.h"
#include "lint/rules/txt/txt_rules.h"

namespace svclint {

void CheckTxtRecordLarge(const TxtRecordFacts& record, CheckContext& ctx) {
  const size_t size = record.wire_size;
  if (size <= 200) return;
  if (size <= 400) {
    const SpecTxtKeys* spec = FindSpecTxtKeys(record.service);
    if (spec != nullptr && spec->printing_family) return;
  }
  std::string_view variant;  // the default message: over 200 bytes
  if (size > 8900) {
    variant = "over-8900";
  } else if (size > 1300) {
    variant = "over-1300";
  } else if (size > 400) {
    variant = "over-400";
  }
  ctx.sink.Report(RuleId::kTX006, record.span, {{"size", absl::StrCat(size)}},
                  {}, variant);
}

}  // namespace svclint
