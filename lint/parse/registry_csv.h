// Reads IANA's service-names-port-numbers.csv: RFC 4180 quoting ("" for a
// quote, line breaks inside quoted fields), columns found by their header
// names, each row with the line it starts on. The CSV has no people
// section and no date, so PersonName() falls back to ids.
//
//   Service Name,Port Number,Transport Protocol,Description,Assignee,...
//   postgresql,5432,tcp,PostgreSQL Database,[Tom_Lane],[Tom_Lane],,,,,,
#ifndef SVCLINT_LINT_PARSE_REGISTRY_CSV_H_
#define SVCLINT_LINT_PARSE_REGISTRY_CSV_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"

namespace svclint {

absl::StatusOr<RegistrySource> ParseRegistryCsv(SourceText text,
                                                std::string_view path);
inline absl::StatusOr<RegistrySource> ParseRegistryCsv(std::string_view content,
                                                       std::string_view path) {
  return ParseRegistryCsv(SourceText::Copy(content), path);
}

// "[Reed_Hedges][Peter_Amstutz]" -> "Reed_Hedges, Peter_Amstutz"; text
// that is not a run of bracketed ids is returned stripped, as written.
std::string_view PersonIdsFromBrackets(std::string_view text,
                                       StringArena& arena);

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_CSV_H_
