#include "lint/catalog/catalog.h"

#include "lint/base/strings.h"

namespace svclint {

const RuleInfo* FindBuiltinRule(std::string_view id_or_slug) {
  for (const RuleInfo& rule : BuiltinRules()) {
    if (EqualsIgnoreCase(rule.id, id_or_slug) || rule.slug == id_or_slug) {
      return &rule;
    }
  }
  return nullptr;
}

std::string FormatMessage(std::string_view message_template,
                          std::span<const MessageArg> args) {
  std::string out;
  out.reserve(message_template.size() + 32);
  size_t i = 0;
  while (i < message_template.size()) {
    const char c = message_template[i];
    if (c == '{') {
      const size_t close = message_template.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view key =
            message_template.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const MessageArg& arg : args) {
          if (arg.first == key) {
            out.append(arg.second);
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace svclint
