#include "lint/catalog/catalog.h"

#include <cctype>

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
  ExpandMessage(
      message_template,
      [&](std::string_view key, std::string& to) {
        for (const MessageArg& a : args) {
          if (a.first == key) {
            to.append(a.second);
            return true;
          }
        }
        return false;
      },
      out);
  return out;
}

std::string ReferenceUrl(std::string_view reference) {
  // The consumers' rules cite a source file of the version svclint matches:
  // "avahi-core/entry.c ..." (Avahi 0.8), "src/resolve/..." (systemd 252).
  const std::string_view file =
      reference.substr(0, reference.find_first_of(" ;"));
  if (file.starts_with("avahi-") && file.find('/') != std::string_view::npos) {
    return "https://github.com/avahi/avahi/blob/v0.8/" + std::string(file);
  }
  if (file.starts_with("src/")) {
    return "https://github.com/systemd/systemd/blob/v252/" + std::string(file);
  }
  const size_t rfc = reference.find("RFC ");
  if (rfc == std::string_view::npos) return "";
  size_t i = rfc + 4;
  std::string number;
  while (i < reference.size() &&
         std::isdigit(static_cast<unsigned char>(reference[i]))) {
    number += reference[i++];
  }
  if (number.empty()) return "";
  std::string url = "https://www.rfc-editor.org/rfc/rfc" + number + ".html";
  // The section, when it follows this RFC before the next one (";").
  const std::string_view rest = reference.substr(i);
  const size_t section = rest.find("\u00a7");
  if (section != std::string_view::npos && section < rest.find(';')) {
    size_t j = section + std::string_view("\u00a7").size();
    std::string number_text;
    while (
        j < rest.size() &&
        (std::isdigit(static_cast<unsigned char>(rest[j])) || rest[j] == '.')) {
      number_text += rest[j++];
    }
    while (!number_text.empty() && number_text.back() == '.')
      number_text.pop_back();
    if (!number_text.empty()) url += "#section-" + number_text;
  }
  return url;
}

}  // namespace svclint
