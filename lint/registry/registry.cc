// Registry queries over the packed tables (registry_format.h). Every
// lookup is a binary search or a short scan; nothing is parsed or
// allocated when a Registry is opened.
#include "lint/registry/registry.h"

#include <algorithm>
#include <optional>
#include <string>

#include "lint/base/strings.h"
#include "lint/registry/registry_impl.h"
#include "lint/registry/txt_keys_note.h"

namespace svclint {
namespace {

template <typename T>
std::span<const T> TableOf(std::string_view blob, packed::Table t) {
  return {reinterpret_cast<const T*>(blob.data() + t.offset), t.count};
}

// Compares a pool string with a query, the query lower-cased on the fly.
int CompareLower(std::string_view lower, std::string_view query) {
  const size_t n = std::min(lower.size(), query.size());
  for (size_t i = 0; i < n; ++i) {
    const unsigned char a = static_cast<unsigned char>(lower[i]);
    const unsigned char b = static_cast<unsigned char>(AsciiToLower(query[i]));
    if (a != b) return a < b ? -1 : 1;
  }
  return lower.size() < query.size() ? -1 : lower.size() > query.size();
}

// The entry of `table` (sorted by `.lower`) equal to `query`, or nullptr.
template <typename Entry>
const Entry* FindLower(const Registry::Impl& impl, std::span<const Entry> table,
                       std::string_view query) {
  auto it = std::lower_bound(table.begin(), table.end(), query,
                             [&](const Entry& e, std::string_view q) {
                               return CompareLower(impl.S(e.lower), q) < 0;
                             });
  if (it == table.end() || CompareLower(impl.S(it->lower), query) != 0) {
    return nullptr;
  }
  return &*it;
}

// Registry::NameFlag bits of a name's records.
uint8_t FlagsOf(const Registry::Impl& impl, std::span<const uint32_t> records) {
  uint8_t bits = Registry::kNameKnown;
  for (uint32_t i : records) {
    const packed::Record& r = impl.records[i];
    const Transport t = static_cast<Transport>(r.transport);
    if (t == Transport::kNone) continue;
    const bool tcp = t == Transport::kTcp;
    bits |= tcp ? Registry::kNameTcp : Registry::kNameNotTcp;
    if (!(r.flags & packed::kHasPort)) {
      bits |= tcp ? Registry::kNameDnssdTcp : Registry::kNameDnssdNotTcp;
    }
  }
  return bits;
}

// The name table's answer for `name`: its slot, or nullptr when it holds
// no such name; std::nullopt when the caller must search the packed tables
// instead (a name over 15 bytes, or too few lookups yet: a `check` of a
// handful of names is cheaper with binary searches than with building the
// table, ~0.5 ms, first).
std::optional<const Registry::Impl::NameSlot*> TableLookup(
    const Registry::Impl& impl, std::string_view name) {
  constexpr uint32_t kLookupsBeforeTable = 256;
  Registry::Impl::NameKey key;
  if (!Registry::Impl::MakeNameKey(name, key)) return std::nullopt;
  if (impl.name_lookups.load(std::memory_order_relaxed) < kLookupsBeforeTable) {
    impl.name_lookups.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
  }
  std::call_once(impl.name_table_once, [&impl] {
    auto& table = impl.name_table;
    table.reserve(impl.names.size() + impl.aliases.size());
    Registry::Impl::NameKey k;
    for (size_t i = 0; i < impl.names.size(); ++i) {
      const packed::NameEntry& e = impl.names[i];
      if (!Registry::Impl::MakeNameKey(impl.S(e.lower), k)) continue;
      Registry::Impl::NameSlot& slot = table[k];
      slot.name = static_cast<int32_t>(i);
      if (e.count > 0) {
        slot.flags |= FlagsOf(impl, impl.postings.subspan(e.first, e.count));
      }
    }
    for (const packed::AliasEntry& a : impl.aliases) {
      if (Registry::Impl::MakeNameKey(impl.S(a.lower), k)) {
        table[k].flags |= Registry::kNameHistoric;
      }
    }
  });
  const auto it = impl.name_table.find(key);
  return it == impl.name_table.end() ? nullptr : &it->second;
}

}  // namespace

bool RecordView::reserved() const {
  return EqualsIgnoreCase(description, "Reserved");
}
bool RecordView::unassigned() const {
  return EqualsIgnoreCase(description, "Unassigned");
}

absl::StatusOr<std::unique_ptr<Registry::Impl>> Registry::Impl::Borrow(
    std::string_view blob) {
  if (absl::Status s = packed::ValidateBlob(blob); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  impl->header = reinterpret_cast<const packed::BlobHeader*>(blob.data());
  const packed::BlobHeader& h = *impl->header;
  impl->strings = blob.data() + h.strings.offset;
  impl->records = TableOf<packed::Record>(blob, h.records);
  impl->names = TableOf<packed::NameEntry>(blob, h.names);
  impl->postings = TableOf<uint32_t>(blob, h.postings);
  impl->ports = TableOf<packed::PortEntry>(blob, h.ports);
  impl->aliases = TableOf<packed::AliasEntry>(blob, h.aliases);
  impl->txt = TableOf<packed::TxtEntry>(blob, h.txt);
  impl->txt_keys = TableOf<packed::Str>(blob, h.txt_keys);
  impl->people = TableOf<packed::PersonEntry>(blob, h.people);
  return impl;
}

absl::StatusOr<std::unique_ptr<Registry::Impl>> Registry::Impl::Own(
    std::string blob) {
  // The string's heap buffer does not move with the string.
  absl::StatusOr<std::unique_ptr<Impl>> impl = Borrow(blob);
  if (impl.ok()) (*impl)->storage = std::move(blob);
  return impl;
}

std::unique_ptr<Registry::Impl> Registry::Impl::Adopt(PackedTables tables) {
  auto impl = std::make_unique<Impl>();
  impl->tables = std::make_unique<PackedTables>(std::move(tables));
  const PackedTables& t = *impl->tables;
  impl->header = &t.header;
  impl->strings = t.strings.data();
  impl->source = t.source.view().data();
  impl->records = t.records;
  impl->names = t.names;
  impl->postings = t.postings;
  impl->ports = t.ports;
  impl->aliases = t.aliases;
  impl->txt = t.txt;
  impl->txt_keys = t.txt_keys;
  impl->people = t.people;
  return impl;
}

Registry::Registry(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Registry::~Registry() = default;
Registry::Registry(Registry&&) noexcept = default;
Registry& Registry::operator=(Registry&&) noexcept = default;

size_t Registry::size() const { return impl_->records.size(); }

RecordView Registry::record(uint32_t index) const {
  const packed::Record& r = impl_->records[index];
  RecordView v;
  v.index = index;
  v.name = impl_->S(r.name);
  v.transport = static_cast<Transport>(r.transport);
  v.has_port = r.flags & packed::kHasPort;
  v.port_lo = r.port_lo;
  v.port_hi = r.port_hi;
  v.description = impl_->S(r.description);
  v.assignee = impl_->S(r.assignee);
  v.contact = impl_->S(r.contact);
  v.reference = impl_->S(r.reference);
  v.note = impl_->S(r.note);
  v.registration_date = impl_->S(r.registration_date);
  v.modification_date = impl_->S(r.modification_date);
  if (r.flags & packed::kHasServiceCode) v.service_code = r.service_code;
  v.line = r.line;
  v.name_line = r.name_line;
  v.name_column = r.name_column;
  return v;
}

std::span<const uint32_t> Registry::FindByName(std::string_view name) const {
  if (const auto slot = TableLookup(*impl_, name)) {
    if (*slot == nullptr || (*slot)->name < 0) return {};
    return NameRecords(static_cast<size_t>((*slot)->name));
  }
  const packed::NameEntry* e = FindLower(*impl_, impl_->names, name);
  if (e == nullptr) return {};
  return impl_->postings.subspan(e->first, e->count);
}

size_t Registry::NameCount() const { return impl_->names.size(); }

std::span<const uint32_t> Registry::NameRecords(size_t k) const {
  const packed::NameEntry& e = impl_->names[k];
  return impl_->postings.subspan(e.first, e.count);
}

std::vector<RecordView> Registry::FindByPort(uint16_t port,
                                             Transport transport) const {
  std::vector<uint32_t> found;
  auto scan = [&](Transport t) {
    const uint8_t tt = static_cast<uint8_t>(t);
    const auto& ports = impl_->ports;
    // First entry past (t, port); ranges that cover `port` start at most
    // max_span ports before it.
    auto it = std::upper_bound(
        ports.begin(), ports.end(), std::pair{tt, port},
        [](const std::pair<uint8_t, uint16_t>& key,
           const packed::PortEntry& e) {
          return key.first < e.transport ||
                 (key.first == e.transport && key.second < e.lo);
        });
    const int floor = int{port} - int{impl_->header->max_span[tt]};
    while (it != ports.begin()) {
      --it;
      if (it->transport != tt || int{it->lo} < floor) break;
      if (it->hi >= port) found.push_back(it->record);
    }
  };
  if (transport == Transport::kNone) {
    for (Transport t : {Transport::kNone, Transport::kTcp, Transport::kUdp,
                        Transport::kSctp, Transport::kDccp}) {
      scan(t);
    }
  } else {
    scan(transport);
    scan(Transport::kNone);  // a record with no protocol covers them all
  }
  std::sort(found.begin(), found.end());
  std::vector<RecordView> views;
  views.reserve(found.size());
  for (uint32_t i : found) views.push_back(record(i));
  return views;
}

uint8_t Registry::NameFlags(std::string_view name) const {
  if (const auto slot = TableLookup(*impl_, name)) {
    return *slot == nullptr ? 0 : (*slot)->flags;
  }
  if (name.size() > 15) return 0;  // as the table: no such key
  uint8_t bits = 0;
  const packed::NameEntry* e = FindLower(*impl_, impl_->names, name);
  if (e != nullptr && e->count > 0) {
    bits = FlagsOf(*impl_, impl_->postings.subspan(e->first, e->count));
  }
  if (FindLower(*impl_, impl_->aliases, name) != nullptr) {
    bits |= kNameHistoric;
  }
  return bits;
}

std::optional<std::string_view> Registry::HistoricReplacement(
    std::string_view name) const {
  const auto slot = TableLookup(*impl_, name);
  if (slot && (*slot == nullptr || !((*slot)->flags & kNameHistoric))) {
    return std::nullopt;
  }
  const packed::AliasEntry* e = FindLower(*impl_, impl_->aliases, name);
  if (e == nullptr) return std::nullopt;
  return impl_->S(e->replacement);
}

const DefinedTxtKeys* Registry::TxtKeys(std::string_view service) const {
  const packed::TxtEntry* e = FindLower(*impl_, impl_->txt, service);
  if (e == nullptr) return nullptr;
  std::call_once(impl_->txt_once, [this] {
    impl_->txt_cache.resize(impl_->txt.size());
    for (size_t i = 0; i < impl_->txt.size(); ++i) {
      const packed::TxtEntry& t = impl_->txt[i];
      DefinedTxtKeys& d = impl_->txt_cache[i];
      d.note = impl_->S(t.note);
      d.parsed = t.kind == static_cast<uint32_t>(TxtKeysNote::Kind::kKeys) ||
                 t.kind == static_cast<uint32_t>(TxtKeysNote::Kind::kNone);
      d.undisclosed =
          t.kind == static_cast<uint32_t>(TxtKeysNote::Kind::kUndisclosed);
      for (const packed::Str& k :
           impl_->txt_keys.subspan(t.keys_first, t.keys_count)) {
        d.keys.push_back(impl_->S(k));
      }
    }
  });
  return &impl_->txt_cache[static_cast<size_t>(e - impl_->txt.data())];
}

std::string_view Registry::PersonName(std::string_view id) const {
  auto it =
      std::lower_bound(impl_->people.begin(), impl_->people.end(), id,
                       [&](const packed::PersonEntry& p, std::string_view q) {
                         return impl_->S(p.id) < q;
                       });
  if (it == impl_->people.end() || impl_->S(it->id) != id) return id;
  if (it->name.size > 0) return impl_->S(it->name);
  if (it->org.size > 0) return impl_->S(it->org);
  return id;
}

RegistryStats Registry::Stats() const {
  const packed::Stats& s = impl_->header->stats;
  RegistryStats out;
  out.records = s.records;
  out.names = s.names;
  for (int t = 0; t < 5; ++t) out.per_transport[t] = s.per_transport[t];
  out.system_ports = s.system_ports;
  out.user_ports = s.user_ports;
  out.dynamic_ports = s.dynamic_ports;
  out.reserved = s.reserved;
  out.unassigned = s.unassigned;
  out.name_only = s.name_only;
  out.aliases = s.aliases;
  out.txt_definitions = s.txt_definitions;
  out.updated = impl_->S(s.updated);
  return out;
}

}  // namespace svclint
