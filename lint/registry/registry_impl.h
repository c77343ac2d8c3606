// Registry's private state: typed views of a validated packed blob
// (registry_format.h), owned (run-time loads) or borrowed (the snapshot
// linked into the binary). Only the registry's own .cc files include this.
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_

#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_format.h"

namespace svclint {

struct Registry::Impl {
  // Validates `blob` and indexes it in place; `blob` must outlive the Impl
  // and be 8-byte aligned.
  static absl::StatusOr<std::unique_ptr<Impl>> Borrow(std::string_view blob);
  // The same over a blob the Impl keeps.
  static absl::StatusOr<std::unique_ptr<Impl>> Own(std::string blob);

  std::string_view S(packed::Str s) const {
    return {strings + s.offset, s.size};
  }

  std::string storage;  // the blob, when owned
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

  // DefinedTxtKeys objects, built on the first TxtKeys() call.
  mutable std::once_flag txt_once;
  mutable std::vector<DefinedTxtKeys> txt_cache;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_IMPL_H_
