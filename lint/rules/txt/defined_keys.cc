#include "lint/rules/txt/defined_keys.h"

#include "lint/base/strings.h"
#include "lint/rules/txt/spec_txt_keys.h"

namespace svclint {
namespace {

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool KeyMatchesDefined(std::string_view defined, std::string_view key) {
  if (EqualsIgnoreCase(defined, key)) return true;
  if (defined.size() < 2) return false;
  const char placeholder = defined.back();
  const std::string_view stem = defined.substr(0, defined.size() - 1);
  const bool numbered_stem =
      (placeholder == 'X' || placeholder == 'N') && IsLowerAscii(stem.back());
  const bool hash_stem = placeholder == '#' && stem.size() >= 2;
  if (!numbered_stem && !hash_stem) return false;
  if (key.size() <= stem.size() || !StartsWithIgnoreCase(key, stem)) {
    return false;
  }
  for (char c : key.substr(stem.size())) {
    if (!IsDigitAscii(c)) return false;
  }
  return true;
}

bool ServiceDefinesKey(const Registry* registry, std::string_view service,
                       std::string_view key) {
  if (service.empty() || key.empty()) return false;
  if (const SpecTxtKeys* spec = FindSpecTxtKeys(service); spec != nullptr) {
    for (std::string_view k : spec->keys) {
      if (EqualsIgnoreCase(k, key)) return true;
    }
  }
  if (registry == nullptr) return false;
  const DefinedTxtKeys* defined = registry->TxtKeys(service);
  if (defined == nullptr) return false;
  for (std::string_view k : defined->keys) {
    if (KeyMatchesDefined(k, key)) return true;
  }
  return false;
}

}  // namespace svclint
