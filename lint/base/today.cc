#include "lint/base/today.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace svclint {

std::optional<int64_t> DaysFromCivil(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int parts[3] = {};
  const size_t starts[3] = {0, 5, 8};
  const size_t sizes[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = 0; i < sizes[p]; ++i) {
      const char c = iso[starts[p] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day date{
      std::chrono::year{parts[0]},
      std::chrono::month{static_cast<unsigned>(parts[1])},
      std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days{date}.time_since_epoch().count();
}

std::string TodayUtc() {
  const char* pinned = std::getenv("SVCLINT_TODAY");
  if (pinned != nullptr && DaysFromCivil(pinned).has_value()) return pinned;
  const std::chrono::year_month_day today{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int{today.year()},
                unsigned{today.month()}, unsigned{today.day()});
  return text;
}

}  // namespace svclint
