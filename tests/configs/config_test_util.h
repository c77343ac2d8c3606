// Helpers for the config loader tests: what a value's span covers in the
// file, and a position by line and column.
#ifndef SVCLINT_TESTS_CONFIGS_CONFIG_TEST_UTIL_H_
#define SVCLINT_TESTS_CONFIGS_CONFIG_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "lint/model/service_config.h"
#include "lint/parse/text_positions.h"

namespace svclint::testing {

// The file bytes `span` covers.
inline std::string_view Covered(std::string_view content,
                                const SourceSpan& span) {
  const TextPositions pos(content);
  const size_t begin = pos.OffsetOf(span.line, span.column);
  const size_t end = pos.OffsetOf(span.end_line, span.end_column);
  return content.substr(begin, end - begin);
}

// The file byte that byte `i` of `value` was read from.
inline char SourceByte(std::string_view content, const ConfigValue& value,
                       size_t i) {
  return content[value.OffsetOfByte(i)];
}

inline SourceSpan Span(uint32_t line, uint32_t column, uint32_t end_line,
                       uint32_t end_column) {
  return {line, column, end_line, end_column};
}

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_CONFIGS_CONFIG_TEST_UTIL_H_
