// A DNS-SD TXT record as the checks see it: its strings in order, each with
// where it is written (RFC 6763 §6).
//
//   const TxtString strings[] = {{"txtvers=1", {3, 14}}, {"rp=lp1", {4, 14}}};
//   CheckTxtRecord(strings, ctx, record_span);
#ifndef SVCLINT_LINT_MODEL_TXT_RECORD_H_
#define SVCLINT_LINT_MODEL_TXT_RECORD_H_

#include <optional>
#include <string_view>

#include "lint/base/source_span.h"

namespace svclint {

struct TxtString {
  std::string_view bytes;  // the string's bytes, decoded from its format
  Anchor at;               // where bytes[0] is written
  // The span whose deletion removes this string from the file, separators
  // included (an Avahi `<txt-record>` line, a TOML list item and its comma),
  // when the loader knows it. Fixes that drop a string (TX004) need it.
  std::optional<SourceSpan> element = std::nullopt;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_TXT_RECORD_H_
