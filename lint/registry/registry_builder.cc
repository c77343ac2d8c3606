#include "lint/registry/registry_builder.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "lint/base/prefault.h"
#include "lint/base/strings.h"
#include "lint/parse/parse_error.h"
#include "lint/registry/historic_note.h"
#include "lint/registry/registry_format.h"
#include "lint/registry/registry_impl.h"
#include "lint/registry/txt_keys_note.h"

namespace svclint {
namespace {

using packed::Str;

std::optional<uint32_t> ParseDecimal(std::string_view s, uint64_t max) {
  s = StripAsciiWhitespace(s);
  uint64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v > max) {
    return std::nullopt;
  }
  return static_cast<uint32_t>(v);
}

// The registry's strings. With a `source` (the file the registry is read
// from, which the registry then keeps), a string that is a view of it is
// stored as its offset there (packed::kSourceString set) instead of being
// copied: most fields are the file's own bytes.
class StringPool {
 public:
  StringPool(bool dedupe, size_t reserve, std::string_view source = {})
      : dedupe_(dedupe),
        source_(source.size() < packed::kSourceString ? source
                                                      : std::string_view()) {
    bytes_.reserve(reserve);
  }
  Str Add(std::string_view s) {
    if (s.empty()) return {};
    if (std::optional<Str> in_source = InSource(s)) return *in_source;
    if (dedupe_) {
      // Keys are copies: `s` is often a view of a caller's temporary, and
      // a view of bytes_ would move when it grows.
      if (auto it = seen_.find(AsAbsl(s)); it != seen_.end()) return it->second;
      const Str str = Append(s);
      seen_.emplace(std::string(s), str);
      return str;
    }
    return Append(s);
  }
  Str AddLower(std::string_view s) {
    if (std::none_of(s.begin(), s.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; })) {
      if (std::optional<Str> in_source = InSource(s)) return *in_source;
    }
    Str str = Append(s);
    for (size_t i = str.offset; i < bytes_.size(); ++i) {
      bytes_[i] = AsciiToLower(bytes_[i]);
    }
    return str;
  }
  std::string_view View(Str s) const {
    if (s.offset & packed::kSourceString) {
      return source_.substr(s.offset & ~packed::kSourceString, s.size);
    }
    return {bytes_.data() + s.offset, s.size};
  }
  std::vector<char> Take() { return std::move(bytes_); }

 private:
  std::optional<Str> InSource(std::string_view s) const {
    // Compared as addresses: is `s` inside the source's bytes?
    const auto begin = reinterpret_cast<uintptr_t>(source_.data());
    const auto at = reinterpret_cast<uintptr_t>(s.data());
    if (source_.empty() || at < begin ||
        at + s.size() > begin + source_.size()) {
      return std::nullopt;
    }
    return Str{static_cast<uint32_t>(at - begin) | packed::kSourceString,
               static_cast<uint32_t>(s.size())};
  }
  Str Append(std::string_view s) {
    const Str str{static_cast<uint32_t>(bytes_.size()),
                  static_cast<uint32_t>(s.size())};
    bytes_.insert(bytes_.end(), s.begin(), s.end());
    return str;
  }
  bool dedupe_;
  std::string_view source_;
  std::vector<char> bytes_;
  // Strings added so far (dedupe_), by their bytes.
  absl::flat_hash_map<std::string, Str> seen_;
};

class BlobWriter {
 public:
  explicit BlobWriter(size_t reserve) { out_.reserve(reserve); }
  template <typename T>
  packed::Table Add(const std::vector<T>& items) {
    return AddBytes(items.data(), items.size() * sizeof(T), items.size());
  }
  packed::Table AddBytes(const void* data, size_t bytes, size_t count) {
    while (out_.size() % 8 != 0) out_.push_back('\0');
    const packed::Table t{static_cast<uint32_t>(out_.size()),
                          static_cast<uint32_t>(count)};
    out_.append(static_cast<const char*>(data), bytes);
    return t;
  }
  std::string& out() { return out_; }

 private:
  std::string out_ = std::string(sizeof(packed::BlobHeader), '\0');
};

template <typename T>
size_t Bytes(const std::vector<T>& v) {
  return v.size() * sizeof(T) + 8;
};

absl::Status RecordError(std::string_view path, const SourceRecord& r,
                         std::string_view message) {
  return ParseErrorStatus(
      path, {PointSpan({r.line, 1}),
             absl::StrCat(r.name.empty()
                              ? ""
                              : absl::StrCat("record '", AsAbsl(r.name), "': "),
                          AsAbsl(message))});
}

absl::Status PackRecord(std::string_view path, const SourceRecord& r,
                        StringPool& pool, packed::Record& p) {
  std::memset(&p, 0, sizeof p);
  p.name = pool.Add(r.name);
  p.description = pool.Add(r.description);
  p.assignee = pool.Add(r.assignee);
  p.contact = pool.Add(r.contact);
  p.reference = pool.Add(r.reference);
  p.note = pool.Add(r.note);
  p.registration_date = pool.Add(r.registration_date);
  p.modification_date = pool.Add(r.modification_date);
  p.line = r.line;
  p.name_line = r.name_line;
  p.name_column = r.name_column;
  if (!r.protocol.empty()) {
    std::optional<Transport> t = ParseTransport(r.protocol);
    if (!t) {
      return RecordError(
          path, r,
          absl::StrCat("unknown transport protocol '", AsAbsl(r.protocol),
                       "'; expected tcp, udp, sctp or dccp"));
    }
    p.transport = static_cast<uint8_t>(*t);
  }
  if (!r.number.empty()) {
    const size_t dash = r.number.find('-');
    std::optional<uint32_t> lo = ParseDecimal(r.number.substr(0, dash), 65535);
    std::optional<uint32_t> hi =
        dash == std::string_view::npos
            ? lo
            : ParseDecimal(r.number.substr(dash + 1), 65535);
    if (!lo || !hi || *hi < *lo) {
      return RecordError(path, r,
                         absl::StrCat("port number '", AsAbsl(r.number),
                                      "' is not a port or range in 0-65535"));
    }
    p.port_lo = static_cast<uint16_t>(*lo);
    p.port_hi = static_cast<uint16_t>(*hi);
    p.flags |= packed::kHasPort;
  }
  if (!r.service_code.empty()) {
    std::optional<uint32_t> sc = ParseDecimal(r.service_code, 0xFFFFFFFFu);
    if (!sc) {
      return RecordError(path, r,
                         absl::StrCat("service code '", AsAbsl(r.service_code),
                                      "' is not a 32-bit decimal number"));
    }
    p.service_code = *sc;
    p.flags |= packed::kHasServiceCode;
  }
  if (EqualsIgnoreCase(r.description, "Reserved")) p.flags |= packed::kReserved;
  if (EqualsIgnoreCase(r.description, "Unassigned")) {
    p.flags |= packed::kUnassigned;
  }
  return absl::OkStatus();
}

// The order of AsciiLower(a) < AsciiLower(b), without the copies.
bool LessIgnoringCase(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(AsciiToLower(a[i]));
    const auto y = static_cast<unsigned char>(AsciiToLower(b[i]));
    if (x != y) return x < y;
  }
  return a.size() < b.size();
}

// The first 8 bytes of `s` lower-cased, big-endian, zero-padded: a < b
// between two of them means the same between the strings, ignoring case.
uint64_t LowerPrefix(std::string_view s) {
  uint64_t key = 0;
  for (size_t i = 0; i < 8; ++i) {
    const unsigned char c =
        i < s.size() ? static_cast<unsigned char>(AsciiToLower(s[i])) : 0;
    key = key << 8 | c;
  }
  return key;
}

template <typename Entry>
void SortByLower(std::vector<Entry>& entries, const StringPool& pool) {
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const Entry& a, const Entry& b) {
                     return pool.View(a.lower) < pool.View(b.lower);
                   });
}

}  // namespace

class RegistryTablesBuilder::Pool : public StringPool {
 public:
  using StringPool::StringPool;
};

RegistryTablesBuilder::RegistryTablesBuilder(std::string_view path,
                                             size_t source_bytes,
                                             const BuildOptions& options,
                                             std::string_view source)
    : path_(path),
      pool_(std::make_unique<Pool>(options.dedupe_strings, source_bytes + 4096,
                                   source)),
      tables_(std::make_unique<PackedTables>()) {
  // The snapshot's XML has a record per 270 bytes: no growth copies of
  // the largest table while it streams, and its pages mapped in one call.
  std::vector<packed::Record>& records = tables_->records;
  records.reserve(source_bytes / 256);
  PrefaultForWrite(records.data(), records.capacity() * sizeof(packed::Record));
}

RegistryTablesBuilder::~RegistryTablesBuilder() = default;

void RegistryTablesBuilder::Add(const SourceRecord& record) {
  if (!error_.ok()) return;
  if (tables_->records.size() >= UINT32_MAX / 2) {
    error_ = absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(path_), ": too many records"));
    return;
  }
  error_ = PackRecord(path_, record, *pool_, tables_->records.emplace_back());
}

absl::StatusOr<Registry> RegistryTablesBuilder::Finish(
    std::string_view updated, const std::vector<SourcePerson>& people,
    SourceText source) {
  absl::StatusOr<PackedTables> tables = FinishTables(updated, people);
  if (!tables.ok()) return tables.status();
  tables->source = std::move(source);
  return Registry(Registry::Impl::Adopt(std::move(tables).value()));
}

absl::StatusOr<PackedTables> RegistryTablesBuilder::FinishTables(
    std::string_view updated, const std::vector<SourcePerson>& source_people) {
  if (!error_.ok()) return error_;
  StringPool& pool = *pool_;
  PackedTables t = std::move(*tables_);
  std::vector<packed::Record>& records = t.records;
  packed::Stats stats{};
  // The pool's own views: copied before they are added to it again.
  auto name_of = [&](uint32_t i) { return pool.View(records[i].name); };

  // Names: lower-case name -> the records that carry it, in file order.
  // Sorted on the first 8 lower-cased bytes first: most comparisons end
  // there, without walking two strings.
  struct Named {
    uint64_t prefix;
    uint32_t record;
  };
  std::vector<Named> sorted;
  sorted.reserve(records.size());
  for (uint32_t i = 0; i < records.size(); ++i) {
    if (records[i].name.size > 0)
      sorted.push_back({LowerPrefix(name_of(i)), i});
  }
  std::sort(sorted.begin(), sorted.end(), [&](const Named& a, const Named& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    const std::string_view x = name_of(a.record), y = name_of(b.record);
    if (LessIgnoringCase(x, y)) return true;
    if (LessIgnoringCase(y, x)) return false;
    return a.record < b.record;  // file order within a name
  });
  std::vector<uint32_t> named;
  named.reserve(sorted.size());
  for (const Named& n : sorted) named.push_back(n.record);
  std::vector<packed::NameEntry>& names = t.names;
  std::vector<uint32_t>& postings = t.postings;
  postings.reserve(named.size());
  for (size_t i = 0; i < named.size(); ++i) {
    if (i == 0 || !EqualsIgnoreCase(name_of(named[i]), name_of(named[i - 1]))) {
      const std::string name(name_of(named[i]));
      names.push_back(
          {pool.AddLower(name), static_cast<uint32_t>(postings.size()), 0});
    }
    postings.push_back(named[i]);
    ++names.back().count;
  }

  // Ports: assigned and Reserved records, by (transport, first port).
  std::vector<packed::PortEntry>& ports = t.ports;
  uint16_t max_span[5] = {};
  for (uint32_t i = 0; i < records.size(); ++i) {
    const packed::Record& r = records[i];
    if (!(r.flags & packed::kHasPort) || (r.flags & packed::kUnassigned)) {
      continue;
    }
    ports.push_back({r.transport, {}, r.port_lo, r.port_hi, i});
    max_span[r.transport] =
        std::max<uint16_t>(max_span[r.transport], r.port_hi - r.port_lo);
  }
  std::sort(ports.begin(), ports.end(), [](const auto& a, const auto& b) {
    return std::tie(a.transport, a.lo, a.record) <
           std::tie(b.transport, b.lo, b.record);
  });

  // Historic aliases and TXT key definitions, from the notes; the first
  // record that defines a name wins.
  std::vector<packed::AliasEntry>& aliases = t.aliases;
  std::vector<packed::TxtEntry>& txt = t.txt;
  std::vector<Str>& txt_keys = t.txt_keys;
  absl::flat_hash_map<std::string, bool> alias_seen, txt_seen;
  for (uint32_t i = 0; i < records.size(); ++i) {
    if (records[i].note.size == 0 || records[i].name.size == 0) continue;
    const std::string name(pool.View(records[i].name));
    const std::string note_text(pool.View(records[i].note));
    const std::string_view note_view = note_text;
    if (std::optional<HistoricNote> h = ParseHistoricNote(note_view)) {
      const bool former = h->kind == HistoricNote::Kind::kFormerName;
      const std::string_view alias = former ? h->other : name;
      const std::string_view replacement = former ? name : h->other;
      if (alias_seen.try_emplace(AsciiLower(alias), true).second) {
        aliases.push_back({pool.AddLower(alias), pool.Add(replacement), i,
                           static_cast<uint32_t>(h->kind)});
      }
    }
    TxtKeysNote keys = ParseTxtKeysNote(note_view, name);
    if (keys.present() && txt_seen.try_emplace(AsciiLower(name), true).second) {
      const Str note = records[i].note;
      packed::TxtEntry& e = txt.emplace_back();
      e = {pool.AddLower(name),
           note,
           static_cast<uint32_t>(txt_keys.size()),
           static_cast<uint32_t>(keys.keys.size()),
           static_cast<uint32_t>(keys.kind),
           i};
      for (std::string_view k : keys.keys) {
        txt_keys.push_back(
            {note.offset + static_cast<uint32_t>(k.data() - note_view.data()),
             static_cast<uint32_t>(k.size())});
      }
    }
  }
  SortByLower(aliases, pool);
  SortByLower(txt, pool);

  std::vector<packed::PersonEntry>& people = t.people;
  people.reserve(source_people.size());
  for (const SourcePerson& p : source_people) {
    people.push_back({pool.Add(p.id), pool.Add(p.name), pool.Add(p.org)});
  }
  std::stable_sort(people.begin(), people.end(),
                   [&](const auto& a, const auto& b) {
                     return pool.View(a.id) < pool.View(b.id);
                   });

  stats.records = records.size();
  stats.names = names.size();
  for (const packed::Record& r : records) {
    ++stats.per_transport[r.transport];
    if (r.flags & packed::kReserved) ++stats.reserved;
    if (r.flags & packed::kUnassigned) ++stats.unassigned;
    const bool named_record = r.name.size > 0;
    if (named_record && !(r.flags & packed::kHasPort)) ++stats.name_only;
    if (named_record && (r.flags & packed::kHasPort)) {
      if (r.port_lo <= 1023) {
        ++stats.system_ports;
      } else if (r.port_lo <= 49151) {
        ++stats.user_ports;
      } else {
        ++stats.dynamic_ports;
      }
    }
  }
  stats.aliases = aliases.size();
  stats.txt_definitions = txt.size();
  stats.updated = pool.Add(updated);

  packed::BlobHeader& h = t.header;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, packed::kMagic, sizeof h.magic);
  h.version = packed::kVersion;
  h.header_size = sizeof(packed::BlobHeader);
  h.record_size = sizeof(packed::Record);
  std::copy(std::begin(max_span), std::end(max_span), h.max_span);
  h.stats = stats;
  t.strings = pool.Take();
  return t;
}

namespace {

absl::StatusOr<PackedTables> BuildTables(const RegistrySource& src,
                                         const BuildOptions& options) {
  RegistryTablesBuilder builder(src.path, src.text.size(), options);
  for (const SourceRecord& r : src.records) builder.Add(r);
  return builder.FinishTables(src.updated, src.people);
}

}  // namespace

absl::StatusOr<std::string> BuildRegistryBlob(const RegistrySource& src,
                                              const BuildOptions& options) {
  absl::StatusOr<PackedTables> tables = BuildTables(src, options);
  if (!tables.ok()) return tables.status();
  const PackedTables& t = *tables;
  BlobWriter w(sizeof(packed::BlobHeader) + t.strings.size() + 8 +
               Bytes(t.records) + Bytes(t.names) + Bytes(t.postings) +
               Bytes(t.ports) + Bytes(t.aliases) + Bytes(t.txt) +
               Bytes(t.txt_keys) + Bytes(t.people));
  packed::BlobHeader h = t.header;
  h.strings = w.AddBytes(t.strings.data(), t.strings.size(), t.strings.size());
  h.records = w.Add(t.records);
  h.names = w.Add(t.names);
  h.postings = w.Add(t.postings);
  h.ports = w.Add(t.ports);
  h.aliases = w.Add(t.aliases);
  h.txt = w.Add(t.txt);
  h.txt_keys = w.Add(t.txt_keys);
  h.people = w.Add(t.people);
  while (w.out().size() % 8 != 0) w.out().push_back('\0');
  if (w.out().size() > UINT32_MAX) {
    return absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(src.path), ": registry too large to pack"));
  }
  h.total_size = static_cast<uint32_t>(w.out().size());
  std::memcpy(w.out().data(), &h, sizeof h);
  return std::move(w.out());
}

absl::StatusOr<Registry> BuildRegistry(const RegistrySource& source) {
  // The tables are used where they were built: no blob to write and copy.
  absl::StatusOr<PackedTables> tables = BuildTables(source, {});
  if (!tables.ok()) return tables.status();
  return Registry(Registry::Impl::Adopt(std::move(tables).value()));
}

}  // namespace svclint
