#include "lint/lsp/completion.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lint/base/strings.h"
#include "lint/lsp/avahi_completion.h"
#include "lint/lsp/hover.h"
#include "lint/lsp/subtype_completion.h"
#include "lint/model/transport.h"

namespace svclint::lsp {
namespace {

struct TypeEntry {
  std::string type;  // "_ipp._tcp"
  std::string_view description;
  int dnssd = 0;       // 2: the registry defines its TXT keys; 1: a
                       // name-only (DNS-SD) record; 0: ports only
  size_t records = 0;  // how many registry records bear the name
};

// The service types of `registry`'s names, ranked by how much DNS-SD use
// the registry shows for them: names whose TXT keys it defines, then names
// with a name-only (DNS-SD) record, then the rest; within each, the names
// with the most records first (then in name order). Built once per registry:
// about 12,000 entries.
const std::vector<TypeEntry>& TypesOf(const Registry& registry) {
  static std::mutex mu;
  static std::map<const Registry*, std::vector<TypeEntry>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto [it, inserted] = cache.try_emplace(&registry);
  if (!inserted) return it->second;
  std::vector<TypeEntry>& types = it->second;
  for (size_t k = 0; k < registry.NameCount(); ++k) {
    const std::span<const uint32_t> records = registry.NameRecords(k);
    // DNS-SD writes _tcp for TCP and _udp for every other transport.
    bool tcp = false, other = false, name_only = false;
    std::string_view name, description;
    for (uint32_t i : records) {
      const RecordView r = registry.record(i);
      if (r.name.empty() || r.reserved() || r.unassigned()) continue;
      name = r.name;
      if (description.empty()) description = r.description;
      (r.transport == Transport::kTcp ? tcp : other) = true;
      name_only = name_only || !r.has_port;
    }
    if (name.empty()) continue;
    const int dnssd = registry.TxtKeys(name) != nullptr ? 2 : name_only;
    if (tcp) {
      types.push_back({absl::StrCat("_", AsAbsl(name), "._tcp"), description,
                       dnssd, records.size()});
    }
    if (other) {
      types.push_back({absl::StrCat("_", AsAbsl(name), "._udp"), description,
                       dnssd, records.size()});
    }
  }
  std::stable_sort(
      types.begin(), types.end(), [](const TypeEntry& a, const TypeEntry& b) {
        return std::tie(b.dnssd, b.records) < std::tie(a.dnssd, a.records);
      });
  return types;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

// What is typed of a service type, when the cursor is in one's place.
std::optional<std::string_view> TypedType(std::string_view path,
                                          std::string_view before) {
  size_t start = before.size();
  while (start > 0 && before[start - 1] != '"' && before[start - 1] != '=' &&
         before[start - 1] != '>' && before[start - 1] != ' ') {
    --start;
  }
  const std::string_view typed = before.substr(start);
  std::string_view lead = StripAsciiWhitespace(before.substr(0, start));
  if (EndsWith(path, ".dnssd")) {
    if (lead == "Type=") return typed;
    return std::nullopt;
  }
  if (EndsWith(path, ".service")) {
    if (EndsWith(lead, "<type>")) return typed;
    return std::nullopt;
  }
  if (EndsWith(path, ".toml") && !lead.empty() && lead.back() == '"') {
    lead.remove_suffix(1);
    lead = StripAsciiWhitespace(lead);
    if (!lead.empty() && lead.back() == '=') {
      lead.remove_suffix(1);
      if (StripAsciiWhitespace(lead) == "type") return typed;
    }
  }
  return std::nullopt;
}

constexpr struct {
  std::string_view key;
  std::string_view detail;
} kDnssdKeys[] = {
    {"Name", "instance name (%H, %m, ... expand)"},
    {"Type", "service type, e.g. _http._tcp"},
    {"SubType", "subtype label, e.g. _printer"},
    {"Port", "port, 0-65535"},
    {"Priority", "SRV priority"},
    {"Weight", "SRV weight"},
    {"TxtText", "TXT strings, key=value separated by spaces"},
    {"TxtData", "TXT strings with binary values (base64)"},
};

// What is typed of a TXT key, when the cursor is at one's place: after
// `TxtText=` (or a space within it), `<txt-record>`, or a `"` on a TOML
// `txt = [...]` line.
std::optional<std::string_view> TypedTxtKey(std::string_view path,
                                            std::string_view before) {
  size_t start = before.size();
  while (start > 0 && before[start - 1] != '"' && before[start - 1] != '=' &&
         before[start - 1] != '>' && before[start - 1] != ' ') {
    --start;
  }
  const std::string_view typed = before.substr(start);
  const std::string_view line = StripAsciiWhitespace(before);
  if (EndsWith(path, ".dnssd")) {
    const bool txt = line.starts_with("TxtText=");
    // Only where a key starts: right after '=' of TxtText or after a space.
    const bool key_start =
        start > 0 &&
        (before[start - 1] == ' ' ||
         StripAsciiWhitespace(before.substr(0, start)) == "TxtText=");
    if (txt && key_start) return typed;
    return std::nullopt;
  }
  if (EndsWith(path, ".service")) {
    if (EndsWith(StripAsciiWhitespace(before.substr(0, start)),
                 "<txt-record>")) {
      return typed;
    }
    return std::nullopt;
  }
  if (EndsWith(path, ".toml") && line.starts_with("txt") && start > 0 &&
      before[start - 1] == '"') {
    // An opening quote: an even number of quotes before it.
    size_t quotes = 0;
    for (char c : before.substr(0, start - 1)) quotes += c == '"';
    if (quotes % 2 == 0) return typed;
  }
  return std::nullopt;
}

// The service whose TXT record is being written: the last service type
// ("_name._tcp"/"_name._udp") before the cursor.
std::optional<std::string_view> ServiceBefore(std::string_view text) {
  size_t at = std::string_view::npos;
  for (std::string_view proto : {"._tcp", "._udp"}) {
    const size_t found = text.rfind(proto);
    if (found != std::string_view::npos &&
        (at == std::string_view::npos || found > at)) {
      at = found;
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  size_t begin = at;
  while (begin > 0 && text[begin - 1] != '"' && text[begin - 1] != '>' &&
         text[begin - 1] != '=' && text[begin - 1] != '\n' &&
         text[begin - 1] != ' ') {
    --begin;
  }
  const std::string_view word = text.substr(begin, at + 5 - begin);
  return ServiceNameOf(word);
}

}  // namespace

Completions Complete(std::string_view path, std::string_view text_before,
                     const Registry& registry) {
  Completions out;
  const size_t newline = text_before.rfind('\n');
  const std::string_view before = newline == std::string_view::npos
                                      ? text_before
                                      : text_before.substr(newline + 1);
  if (EndsWith(path, ".service")) {
    if (std::optional<Completions> markup = CompleteAvahiMarkup(text_before)) {
      return *std::move(markup);
    }
  }
  if (std::optional<Completions> subtypes =
          CompleteSubtype(path, text_before, registry)) {
    return *std::move(subtypes);
  }
  if (std::optional<std::string_view> typed = TypedTxtKey(path, before)) {
    const std::optional<std::string_view> service = ServiceBefore(text_before);
    const DefinedTxtKeys* keys = service ? registry.TxtKeys(*service) : nullptr;
    if (keys == nullptr || !keys->parsed) return out;
    size_t rank = 0;
    for (std::string_view key : keys->keys) {
      if (!StartsWithIgnoreCase(key, *typed)) continue;
      out.items.push_back(
          {absl::StrCat(AsAbsl(key), "="),
           absl::StrCat("TXT key the registry defines for ", AsAbsl(*service)),
           absl::StrFormat("%05d", rank++)});
    }
    return out;
  }
  if (std::optional<std::string_view> typed = TypedType(path, before)) {
    size_t rank = 0;
    for (const TypeEntry& t : TypesOf(registry)) {
      if (!StartsWithIgnoreCase(t.type, *typed)) continue;
      if (out.items.size() == kMaxTypeItems) {
        out.incomplete = true;
        break;
      }
      out.items.push_back({t.type, std::string(t.description),
                           absl::StrFormat("%05d", rank++)});
    }
    return out;
  }
  if (EndsWith(path, ".dnssd")) {
    const std::string_view typed = StripAsciiWhitespace(before);
    if (typed.find('=') != std::string_view::npos || typed.starts_with('[')) {
      return out;
    }
    size_t rank = 0;
    for (const auto& [key, detail] : kDnssdKeys) {
      if (StartsWithIgnoreCase(key, typed)) {
        out.items.push_back({absl::StrCat(AsAbsl(key), "="),
                             std::string(detail),
                             absl::StrFormat("%05d", rank++)});
      }
    }
  }
  return out;
}

}  // namespace svclint::lsp
