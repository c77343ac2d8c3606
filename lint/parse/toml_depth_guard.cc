#include "lint/parse/toml_depth_guard.h"

namespace svclint {
namespace {

constexpr size_t kMaxDots = 128;

}  // namespace

std::optional<size_t> FindTooDeepTomlKey(std::string_view content) {
  enum { kNormal, kBasic, kLiteral, kMultiBasic, kMultiLiteral, kComment };
  int state = kNormal;
  size_t dots = 0;
  for (size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    const std::string_view rest = content.substr(i, 3);
    if (c == '\n') {
      dots = 0;
      if (state == kBasic || state == kLiteral || state == kComment) {
        state = kNormal;
      }
      continue;
    }
    switch (state) {
      case kNormal:
        if (c == '#') {
          state = kComment;
        } else if (rest == R"(""")" || rest == "'''") {
          state = c == '"' ? kMultiBasic : kMultiLiteral;
          i += 2;
        } else if (c == '"') {
          state = kBasic;
        } else if (c == '\'') {
          state = kLiteral;
        } else if (c == '.' && ++dots > kMaxDots) {
          return i;
        }
        break;
      case kBasic:
      case kMultiBasic:
        if (c == '\\') {
          ++i;
        } else if (state == kBasic && c == '"') {
          state = kNormal;
        } else if (state == kMultiBasic && rest == R"(""")") {
          state = kNormal;
          i += 2;
        }
        break;
      case kLiteral:
        if (c == '\'') state = kNormal;
        break;
      case kMultiLiteral:
        if (rest == "'''") {
          state = kNormal;
          i += 2;
        }
        break;
      case kComment:
        break;
    }
  }
  return std::nullopt;
}

}  // namespace svclint
