// Registry's private state: typed views of a validated packed blob
// (registry_format.h), owned (run-time loads) or borrowed (the snapshot
// linked into the binary). Only the registry's own .cc files include this.
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_

#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "lint/base/strings.h"
#include "lint/parse/registry_source.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_format.h"

namespace svclint {

// The tables as the builder makes them, before they are laid out as a
// blob. A run-time Registry keeps them as they are.
struct PackedTables {
  std::vector<char> strings;
  std::vector<packed::Record> records;
  std::vector<packed::NameEntry> names;
  std::vector<uint32_t> postings;
  std::vector<packed::PortEntry> ports;
  std::vector<packed::AliasEntry> aliases;
  std::vector<packed::TxtEntry> txt;
  std::vector<packed::Str> txt_keys;
  std::vector<packed::PersonEntry> people;
  packed::BlobHeader header;  // magic, version, stats, max_span
  SourceText source;  // what packed::kSourceString strings are offsets into
};

struct Registry::Impl {
  // Validates `blob` and indexes it in place; `blob` must outlive the Impl
  // and be 8-byte aligned.
  static absl::StatusOr<std::unique_ptr<Impl>> Borrow(std::string_view blob);
  // The same over a blob the Impl keeps.
  static absl::StatusOr<std::unique_ptr<Impl>> Own(std::string blob);
  // Over tables fresh from the builder (nothing to validate).
  static std::unique_ptr<Impl> Adopt(PackedTables tables);

  std::string_view S(packed::Str s) const {
    if ((s.offset & packed::kSourceString) && source != nullptr) {
      return {source + (s.offset & ~packed::kSourceString), s.size};
    }
    return {strings + s.offset, s.size};
  }

  std::string storage;                   // the blob, when owned
  std::unique_ptr<PackedTables> tables;  // or the builder's tables
  const packed::BlobHeader* header = nullptr;
  const char* strings = nullptr;
  const char* source = nullptr;  // tables->source, when built from a file
  std::span<const packed::Record> records;
  std::span<const packed::NameEntry> names;
  std::span<const uint32_t> postings;
  std::span<const packed::PortEntry> ports;
  std::span<const packed::AliasEntry> aliases;
  std::span<const packed::TxtEntry> txt;
  std::span<const packed::Str> txt_keys;
  std::span<const packed::PersonEntry> people;

  // Every name and historic alias of at most 15 bytes -> its NameSlot:
  // one hash probe instead of two binary searches, for streams of names.
  // Built when the lookups reach kLookupsBeforeTable (see UseNameTable()).
  mutable std::once_flag name_table_once;
  // Keyed by the name's bytes, lower-cased and zero-padded to 16: a name
  // the table can hold is at most 15 bytes (RFC 6335 §5.1), and two 8-byte
  // words hash and compare faster than a string.
  using NameKey = std::pair<uint64_t, uint64_t>;
  static bool MakeNameKey(std::string_view name, NameKey& key) {
    if (name.size() > 15) return false;
    char bytes[16] = {};
    for (size_t i = 0; i < name.size(); ++i) bytes[i] = AsciiToLower(name[i]);
    std::memcpy(&key.first, bytes, 8);
    std::memcpy(&key.second, bytes + 8, 8);
    return true;
  }
  struct NameSlot {
    int32_t name = -1;  // index into `names`, or -1 (an alias only)
    uint8_t flags = 0;  // Registry::NameFlag bits
  };
  mutable absl::flat_hash_map<NameKey, NameSlot> name_table;
  // Lookups so far: the table is only worth building for a stream.
  mutable std::atomic<uint32_t> name_lookups{0};

  // DefinedTxtKeys objects, built on the first TxtKeys() call.
  mutable std::once_flag txt_once;
  mutable std::vector<DefinedTxtKeys> txt_cache;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_
