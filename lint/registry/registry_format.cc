#include "lint/registry/registry_format.h"

#include <cstring>

#include "absl/strings/str_cat.h"

namespace svclint::packed {
namespace {

absl::Status Corrupt(std::string_view what) {
  return absl::DataLossError(
      absl::StrCat("registry blob is corrupt: ",
                   absl::string_view(what.data(), what.size())));
}

absl::Status CheckTable(std::string_view blob, const Table& t, size_t size,
                        std::string_view name) {
  const uint64_t end = uint64_t{t.offset} + uint64_t{t.count} * size;
  if (end > blob.size() || (size > 1 && t.offset % 8 != 0)) {
    return Corrupt(absl::StrCat("table '",
                                absl::string_view(name.data(), name.size()),
                                "' lies outside the blob"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateBlob(std::string_view blob) {
  if (blob.size() < sizeof(BlobHeader)) {
    return Corrupt(
        absl::StrCat("it is ", blob.size(), " bytes, shorter than its header"));
  }
  if (reinterpret_cast<uintptr_t>(blob.data()) % 8 != 0) {
    return Corrupt("it is not 8-byte aligned");
  }
  const auto* h = reinterpret_cast<const BlobHeader*>(blob.data());
  if (std::memcmp(h->magic, kMagic, sizeof kMagic) != 0) {
    return Corrupt("bad magic");
  }
  if (h->version != kVersion || h->header_size != sizeof(BlobHeader) ||
      h->record_size != sizeof(Record)) {
    return Corrupt(absl::StrCat("format version ", h->version, ", expected ",
                                kVersion, " (rebuild registry_gen)"));
  }
  if (h->total_size != blob.size()) {
    return Corrupt(absl::StrCat("header says ", h->total_size,
                                " bytes, the blob has ", blob.size()));
  }
  for (auto [table, size, name] :
       {std::tuple{h->strings, size_t{1}, "strings"},
        {h->records, sizeof(Record), "records"},
        {h->names, sizeof(NameEntry), "names"},
        {h->postings, sizeof(uint32_t), "postings"},
        {h->ports, sizeof(PortEntry), "ports"},
        {h->aliases, sizeof(AliasEntry), "aliases"},
        {h->txt, sizeof(TxtEntry), "txt"},
        {h->txt_keys, sizeof(Str), "txt_keys"},
        {h->people, sizeof(PersonEntry), "people"}}) {
    if (absl::Status s = CheckTable(blob, table, size, name); !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

}  // namespace svclint::packed
