#include "lint/lsp/txt_key_hover.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/catalog/catalog.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/spec_txt_keys.h"

namespace svclint::lsp {
namespace {

constexpr size_t npos = std::string_view::npos;
// A note longer than this is cut: a hover is no place for pages of prose.
constexpr size_t kMaxNoteBytes = 800;
constexpr std::string_view kMarker = "Defined TXT keys";

bool IsKeyByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// `key` in `text` at or after `from`, as a whole word.
size_t FindKey(std::string_view text, std::string_view key, size_t from) {
  for (size_t at = text.find(key, from); at != npos;
       at = text.find(key, at + 1)) {
    const size_t end = at + key.size();
    if ((at == 0 || !IsKeyByte(text[at - 1])) &&
        (end == text.size() || !IsKeyByte(text[end]))) {
      return at;
    }
  }
  return npos;
}

// The note from its "Defined TXT keys" on (a note may tell other things
// first), cut to kMaxNoteBytes.
std::string NoteExcerpt(std::string_view note) {
  const size_t marker = note.find(kMarker);
  if (marker != npos) note = note.substr(marker);
  std::string out(StripAsciiWhitespace(note.substr(0, kMaxNoteBytes)));
  if (note.size() > kMaxNoteBytes) out += " …";
  return out;
}

// A fence that outlasts any run of backticks in `text`.
std::string Fenced(std::string_view text) {
  std::string fence = "```";
  while (text.find(fence) != npos) fence += '`';
  return absl::StrCat(fence, "text\n", AsAbsl(text), "\n", fence);
}

std::string Code(std::string_view text) {
  if (text.empty()) return "(no key)";
  const std::string_view tick = text.find('`') == npos ? "`" : "`` ";
  const std::string_view close = text.find('`') == npos ? "`" : " ``";
  return absl::StrCat(AsAbsl(tick), AsAbsl(text), AsAbsl(close));
}

std::string KeyList(std::span<const std::string_view> keys) {
  std::string out;
  for (std::string_view k : keys) {
    absl::StrAppend(&out, out.empty() ? "" : ", ", Code(k));
  }
  return out;
}

// The RFC 6763 §6.4/§6.5 rules `at` breaks, from the rule catalogue.
std::vector<std::string_view> BrokenRules(const TxtKeyUnderCursor& at) {
  std::vector<std::string_view> ids;
  const std::string_view key = at.key;
  if (key.empty()) ids.push_back("TX001");
  if (std::any_of(key.begin(), key.end(),
                  [](char c) { return c < 0x20 || c > 0x7E; })) {
    ids.push_back("TX002");
  }
  if (key.size() > 9) ids.push_back("TX003");
  if (key.find(' ') != npos) ids.push_back("TX012");
  if (!at.quotes_removed && at.value.size() >= 2 && at.value.front() == '"' &&
      at.value.back() == '"') {
    ids.push_back("TX009");
  }
  return ids;
}

std::string RuleLine(std::string_view id) {
  const RuleInfo* rule = FindBuiltinRule(id);
  if (rule == nullptr) return std::string(id);
  std::string out = absl::StrCat("- **", AsAbsl(id), "** `", AsAbsl(rule->slug),
                                 "`: ", AsAbsl(rule->summary));
  const std::string url = ReferenceUrl(rule->reference);
  if (url.empty()) {
    absl::StrAppend(&out, " (", AsAbsl(rule->reference), ")");
  } else {
    absl::StrAppend(&out, " ([", AsAbsl(rule->reference), "](", url, "))");
  }
  return out;
}

// What the registry (or, for printers, the Bonjour Printing Specification
// its note points to) says of `key` for `service`.
std::string Definition(std::string_view key, std::string_view service,
                       const Registry& registry) {
  const std::string head = absl::StrCat("**", Code(key), "**");
  const std::string svc = absl::StrCat("**", AsAbsl(service), "**");
  const DefinedTxtKeys* defined = registry.TxtKeys(service);
  if (defined != nullptr && defined->parsed) {
    const std::span<const std::string_view> keys = defined->keys;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (!KeyMatchesDefined(keys[i], key)) continue;
      // The key's own entry, when the note says more than its name.
      const std::string_view entry = TxtKeyEntry(defined->note, keys, i);
      const std::string shown = EqualsIgnoreCase(entry, key)
                                    ? std::string()
                                    : absl::StrCat("\n\n", Fenced(entry));
      return absl::StrCat(head, ": a TXT key the registry defines for ", svc,
                          shown, "\n\nThe registry's note:\n\n",
                          Fenced(NoteExcerpt(defined->note)));
    }
  }
  if (const SpecTxtKeys* spec = FindSpecTxtKeys(service)) {
    for (std::string_view k : spec->keys) {
      if (EqualsIgnoreCase(k, key)) {
        return absl::StrCat(head, ": a TXT key of ", svc, " defined by ",
                            std::string(spec->spec),
                            " (the registry's note does not list it)");
      }
    }
  }
  if (EqualsIgnoreCase(key, "txtvers")) {
    return absl::StrCat(
        head,
        ": the TXT record's version, any service's "
        "([RFC 6763 §6.7](https://www.rfc-editor.org/rfc/"
        "rfc6763.html#section-6.7)): first in the record, a decimal number");
  }
  if (defined == nullptr) {
    return absl::StrCat(head, ": not defined by the registry: no record of ",
                        svc, " has a \"Defined TXT keys\" note");
  }
  std::string why;
  if (defined->parsed && !defined->keys.empty()) {
    why = absl::StrCat("it defines ", KeyList(defined->keys), " for ", svc);
  } else if (defined->parsed) {
    why = absl::StrCat("its note for ", svc, " lists no keys");
  } else if (defined->undisclosed) {
    why = absl::StrCat("its note for ", svc, " says the keys are not public");
  } else {
    why = absl::StrCat("its note for ", svc, " lists no keys svclint can read");
  }
  return absl::StrCat(head, ": not defined by the registry (", why,
                      ")\n\nThe registry's note:\n\n",
                      Fenced(NoteExcerpt(defined->note)));
}

}  // namespace

std::string_view TxtKeyEntry(std::string_view note,
                             std::span<const std::string_view> keys,
                             size_t index) {
  if (index >= keys.size()) return {};
  size_t from = note.find(kMarker);
  if (from == npos) from = 0;
  size_t begin = npos;
  for (size_t i = 0; i <= index; ++i) {
    begin = FindKey(note, keys[i], from);
    if (begin == npos) return keys[index];
    from = begin + keys[i].size();
  }
  size_t end = note.find('\n', begin);
  if (end == npos) end = note.size();
  if (index + 1 < keys.size())
    end = std::min(end, FindKey(note, keys[index + 1], from));
  std::string_view entry =
      StripAsciiWhitespace(note.substr(begin, end - begin));
  // Separators and markup between this entry and the next.
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view tail : {",", ";", "<br/>", "<br>"}) {
      if (entry.ends_with(tail)) {
        entry.remove_suffix(tail.size());
        entry = StripAsciiWhitespace(entry);
        trimmed = true;
      }
    }
  }
  return entry;
}

std::string TxtKeyHoverMarkdown(const TxtKeyUnderCursor& at,
                                std::optional<std::string_view> service,
                                const Registry& registry,
                                std::span<const std::string> already_shown) {
  std::string out =
      at.key.empty() ? std::string(
                           "**(no key)**: a TXT string that starts with '='; "
                           "clients ignore it")
      : service ? Definition(at.key, *service, registry)
                : absl::StrCat("**", Code(at.key),
                               "**: a TXT key; the file names no service type, "
                               "so there is no registry definition to show");
  std::string rules;
  for (std::string_view id : BrokenRules(at)) {
    if (std::find(already_shown.begin(), already_shown.end(), id) !=
        already_shown.end()) {
      continue;
    }
    absl::StrAppend(&rules, "\n", RuleLine(id));
  }
  if (!rules.empty()) {
    absl::StrAppend(&out, "\n\nBreaks RFC 6763:", rules);
  }
  return out;
}

}  // namespace svclint::lsp
