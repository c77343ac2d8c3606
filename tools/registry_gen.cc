// registry_gen: packs the IANA registry snapshot for linking into svclint.
//
//   registry_gen corpus/iana/service-names-port-numbers.xml
//   build/gen/registry.bin
//
// Reads the registry with the same loader and builder that --registry uses
// at run time (lint/registry/registry_loader.h, registry_builder.h), checks
// that the blob opens, and writes it atomically (temporary file + rename),
// so a failed run never leaves a half-written blob for the build to link.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lint/parse/registry_source.h"
#include "lint/registry/registry_builder.h"
#include "lint/registry/registry_format.h"
#include "lint/registry/registry_loader.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr
        << "usage: registry_gen <service-names-port-numbers.xml> <out.bin>\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "registry_gen: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::ostringstream content;
  content << in.rdbuf();
  absl::StatusOr<svclint::RegistrySource> source = svclint::ParseRegistrySource(
      svclint::SourceText::Copy(content.str()), argv[1]);
  if (!source.ok()) {
    std::cerr << "registry_gen: " << source.status().message() << "\n";
    return 1;
  }
  absl::StatusOr<std::string> blob =
      svclint::BuildRegistryBlob(*source, {.dedupe_strings = true});
  if (!blob.ok()) {
    std::cerr << "registry_gen: " << blob.status().message() << "\n";
    return 1;
  }
  if (absl::Status s = svclint::packed::ValidateBlob(*blob); !s.ok()) {
    std::cerr << "registry_gen: " << s.message() << "\n";
    return 1;
  }
  const std::string out_path = argv[2];
  {
    // Unchanged output keeps its timestamp: nothing downstream relinks.
    std::ifstream in(out_path, std::ios::binary);
    std::ostringstream old;
    old << in.rdbuf();
    if (in && old.str() == *blob) return 0;
  }
  const std::string tmp_path = out_path + ".tmp";
  {
    std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
    out.write(blob->data(), static_cast<std::streamsize>(blob->size()));
    if (!out.flush()) {
      std::cerr << "registry_gen: cannot write " << tmp_path << "\n";
      return 1;
    }
  }
  if (std::rename(tmp_path.c_str(), out_path.c_str()) != 0) {
    std::cerr << "registry_gen: cannot rename " << tmp_path << "\n";
    return 1;
  }
  std::cout << "registry_gen: " << source->records.size() << " records, "
            << blob->size() << " bytes\n";
  return 0;
}
