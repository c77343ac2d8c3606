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

#include <string>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"
#include "lint/registry/registry.h"

namespace svclint {

struct BuildOptions {
  // Store each distinct string once. Shrinks the embedded blob by half;
  // costs a hash lookup per field, so run-time loads skip it.
  bool dedupe_strings = false;
};

absl::StatusOr<std::string> BuildRegistryBlob(const RegistrySource& source,
                                              const BuildOptions& options = {});

// BuildRegistryBlob, then a Registry that owns the blob.
absl::StatusOr<Registry> BuildRegistry(const RegistrySource& source);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_BUILDER_H_
