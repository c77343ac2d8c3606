#include "lint/lsp/known_subtypes.h"

#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/registry/historic_note.h"

namespace svclint::lsp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Subtypes that publishers and browsers agree on without the registry.
constexpr struct {
  std::string_view service;
  std::string_view label;
  std::string_view source;
} kConventions[] = {
    {"http", "_printer",
     "RFC 6763 §7.1 (a printer's web page); Bonjour Printing Specification "
     "1.2.1"},
    {"ipp", "_universal",
     "AirPrint; CUPS publishes it for shared printers (scheduler/dirsvc.c)"},
    {"ipp", "_cups", "CUPS shared printers (scheduler/dirsvc.c)"},
    {"ipp", "_print", "IPP Everywhere (PWG 5100.14 §4.2)"},
    {"ipps", "_universal",
     "AirPrint; CUPS publishes it for shared printers (scheduler/dirsvc.c)"},
    {"ipps", "_cups", "CUPS shared printers (scheduler/dirsvc.c)"},
    {"ipps", "_print", "IPP Everywhere (PWG 5100.14 §4.2)"},
};

bool IsLabelByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-';
}

void Add(std::vector<KnownSubtype>& out, std::string_view label,
         std::string_view source) {
  for (KnownSubtype& have : out) {
    if (EqualsIgnoreCase(have.label, label)) {
      if (have.source.find(source) == std::string::npos) {
        absl::StrAppend(&have.source, "; ", AsAbsl(source));
      }
      return;
    }
  }
  out.push_back({std::string(label), std::string(source)});
}

// "_printer" labels after "Subtypes:" ("Known Subtypes: _printer") in `note`.
void FromNote(std::string_view note, std::string_view source,
              std::vector<KnownSubtype>& out) {
  const size_t after = FindPhrase(note, "Subtypes:");
  if (after == npos) return;
  size_t end = note.find('\n', after);
  if (end == npos) end = note.size();
  const std::string_view list = note.substr(after, end - after);
  for (size_t i = 0; i < list.size();) {
    if (list[i] != '_') {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < list.size() && IsLabelByte(list[j])) ++j;
    if (j - i > 1) Add(out, list.substr(i, j - i), source);
    i = j;
  }
}

// Every (service, subtype label) the registry's notes name, with the
// record it is read from. A historic alias's note counts for its
// replacement too ("Known Subtypes: _printer" is on www-http, an alias of
// http). Read once per registry: a pass over its 14,000 records.
using SubtypeKey = std::pair<std::string, std::string>;
const std::vector<std::pair<SubtypeKey, std::string>>& RegistrySubtypes(
    const Registry& registry) {
  static std::mutex mu;
  static std::map<const Registry*,
                  std::vector<std::pair<SubtypeKey, std::string>>>
      cache;
  std::lock_guard<std::mutex> lock(mu);
  auto [it, inserted] = cache.try_emplace(&registry);
  if (!inserted) return it->second;
  for (size_t k = 0; k < registry.NameCount(); ++k) {
    for (uint32_t i : registry.NameRecords(k)) {
      const RecordView r = registry.record(i);
      std::vector<KnownSubtype> found;
      FromNote(r.note,
               absl::StrCat("the IANA registry's note for ", AsAbsl(r.name)),
               found);
      if (found.empty()) continue;
      const std::optional<std::string_view> replacement =
          registry.HistoricReplacement(r.name);
      for (const KnownSubtype& s : found) {
        for (std::string_view owner : {r.name, replacement.value_or("")}) {
          if (owner.empty()) continue;
          const SubtypeKey key{AsciiLower(owner), s.label};
          bool seen = false;
          for (const auto& [have, source] : it->second) {
            seen = seen || have == key;
          }
          if (!seen) it->second.push_back({key, s.source});
        }
      }
    }
  }
  return it->second;
}

}  // namespace

std::vector<KnownSubtype> KnownSubtypes(std::string_view service,
                                        const Registry& registry) {
  std::vector<KnownSubtype> out;
  for (const auto& [label, source] : RegistrySubtypes(registry)) {
    if (EqualsIgnoreCase(label.first, service)) Add(out, label.second, source);
  }
  for (const auto& c : kConventions) {
    if (EqualsIgnoreCase(c.service, service)) Add(out, c.label, c.source);
  }
  return out;
}

}  // namespace svclint::lsp
