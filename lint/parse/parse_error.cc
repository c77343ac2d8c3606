#include "lint/parse/parse_error.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

namespace svclint {
namespace {

constexpr std::string_view kPayloadUrl = "type.svclint/ParseError";

// The payload: the span's four numbers in host byte order (it never leaves
// the process), then the reason.
constexpr size_t kSpanBytes = 4 * sizeof(uint32_t);

}  // namespace

absl::Status ParseErrorStatus(std::string_view path, const ParseError& error) {
  absl::Status status = absl::InvalidArgumentError(
      absl::StrCat(AsAbsl(path), ":", error.span.line, ":", error.span.column,
                   ": ", AsAbsl(error.reason)));
  const std::array<uint32_t, 4> numbers = {error.span.line, error.span.column,
                                           error.span.end_line,
                                           error.span.end_column};
  std::string payload(kSpanBytes, '\0');
  std::memcpy(payload.data(), numbers.data(), kSpanBytes);
  payload += error.reason;
  status.SetPayload(AsAbsl(kPayloadUrl), absl::Cord(std::move(payload)));
  return status;
}

std::optional<ParseError> ParseErrorOf(const absl::Status& status) {
  const auto payload = status.GetPayload(AsAbsl(kPayloadUrl));
  if (!payload || payload->size() < kSpanBytes) return std::nullopt;
  const std::string bytes(*payload);
  std::array<uint32_t, 4> numbers;
  std::memcpy(numbers.data(), bytes.data(), kSpanBytes);
  return ParseError{{numbers[0], numbers[1], numbers[2], numbers[3]},
                    bytes.substr(kSpanBytes)};
}

}  // namespace svclint
