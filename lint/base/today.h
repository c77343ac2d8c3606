// Today's date, for findings that depend on it (RQ011: the registry a
// request was checked against is old). SVCLINT_TODAY=YYYY-MM-DD pins it,
// so that tests and golden outputs do not change with the calendar.
//
//   DaysFromCivil("2026-08-17")  // days since 1970-01-01
//   DaysFromCivil(TodayUtc())
#ifndef SVCLINT_LINT_BASE_TODAY_H_
#define SVCLINT_LINT_BASE_TODAY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace svclint {

// "YYYY-MM-DD" in UTC, or SVCLINT_TODAY when that is a valid date.
std::string TodayUtc();

// Days since 1970-01-01 of an ISO date; nullopt when `iso` is not a
// valid YYYY-MM-DD date.
std::optional<int64_t> DaysFromCivil(std::string_view iso);

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_TODAY_H_
