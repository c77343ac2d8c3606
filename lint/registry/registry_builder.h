// Turns a loaded registry (RegistrySource, from any of the loaders) into
// the packed tables of registry_format.h. tools/registry_gen.cc uses it to
// write the blob compiled into the binary; --registry files go through the
// same code at run time, so both answer queries identically.
//
//   SVCLINT_ASSIGN_OR_RETURN(RegistrySource src, ParseRegistryCsv(text, p));
//   SVCLINT_ASSIGN_OR_RETURN(Registry registry, BuildRegistry(src));
//
// Errors name the record: "iana.csv:812:1: port number '70000' is out of
// range 0-65535".
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_BUILDER_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_BUILDER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"
#include "lint/registry/registry.h"

namespace svclint {

struct BuildOptions {
  // Store each distinct string once. Shrinks the embedded blob by half;
  // costs a hash lookup per field, so run-time loads skip it.
  bool dedupe_strings = false;
};

struct PackedTables;

// Packs records one at a time, as a streaming reader produces them, so the
// records of a file never have to be held all at once:
//
//   RegistryTablesBuilder builder(path, text.size());
//   ... builder.Add(record) for each record ...
//   SVCLINT_ASSIGN_OR_RETURN(Registry r, builder.Finish(updated, people));
//
// A record that cannot be packed (a bad port, protocol or service code)
// is the error Finish returns; the records after it are ignored.
class RegistryTablesBuilder {
 public:
  // `source_bytes`: the size of the file read, which bounds the strings.
  // Strings that are views of `source` are kept as offsets into it, not
  // copied: Finish must then be given the SourceText that holds it.
  RegistryTablesBuilder(std::string_view path, size_t source_bytes,
                        const BuildOptions& options = {},
                        std::string_view source = {});
  ~RegistryTablesBuilder();

  void Add(const SourceRecord& record);
  // The registry of the records added, keeping `source`; the builder is
  // spent.
  absl::StatusOr<Registry> Finish(std::string_view updated,
                                  const std::vector<SourcePerson>& people,
                                  SourceText source = {});
  // The same tables, for BuildRegistryBlob to write out (built without a
  // source: a blob holds all its strings).
  absl::StatusOr<PackedTables> FinishTables(
      std::string_view updated, const std::vector<SourcePerson>& people);

 private:
  class Pool;
  std::string path_;
  std::unique_ptr<Pool> pool_;
  std::unique_ptr<PackedTables> tables_;
  absl::Status error_;
};

absl::StatusOr<std::string> BuildRegistryBlob(const RegistrySource& source,
                                              const BuildOptions& options = {});

// BuildRegistryBlob, then a Registry that owns the blob.
absl::StatusOr<Registry> BuildRegistry(const RegistrySource& source);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_BUILDER_H_
