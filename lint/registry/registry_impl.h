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
    return {strings + s.offset, s.size};
  }

  std::string storage;                   // the blob, when owned
  std::unique_ptr<PackedTables> tables;  // or the builder's tables
  const packed::BlobHeader* header = nullptr;
  const char* strings = nullptr;
  std::span<const packed::Record> records;
  std::span<const packed::NameEntry> names;
  std::span<const uint32_t> postings;
  std::span<const packed::PortEntry> ports;
  std::span<const packed::AliasEntry> aliases;
  std::span<const packed::TxtEntry> txt;
  std::span<const packed::Str> txt_keys;
  std::span<const packed::PersonEntry> people;

  // Lower-case name -> Registry::NameFlag bits, built on the first
  // NameFlags() call.
  mutable std::once_flag flags_once;
  // Keyed by the name's bytes zero-padded to 16: a name the flags can
  // describe is at most 15 bytes (RFC 6335 §5.1), and two 8-byte words
  // hash and compare faster than a string.
  using NameKey = std::pair<uint64_t, uint64_t>;
  static bool MakeNameKey(std::string_view lower_name, NameKey& key) {
    if (lower_name.size() > 15) return false;
    char bytes[16] = {};
    std::memcpy(bytes, lower_name.data(), lower_name.size());
    std::memcpy(&key.first, bytes, 8);
    std::memcpy(&key.second, bytes + 8, 8);
    return true;
  }
  mutable absl::flat_hash_map<NameKey, uint8_t> name_flags;
  // Lookups so far: the table is only worth building for a stream.
  mutable std::atomic<uint32_t> name_flag_lookups{0};

  // DefinedTxtKeys objects, built on the first TxtKeys() call.
  mutable std::once_flag txt_once;
  mutable std::vector<DefinedTxtKeys> txt_cache;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_
