// How much the registry costs: opening the embedded snapshot (what every
// `svclint` run pays) plus a lookup, and loading the full XML/CSV at run
// time (--registry, `svclint lint service-names-port-numbers.xml`).
//
//   build/svclint_bench --benchmark_filter=Registry   (from the repo root)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "lint/parse/registry_xml.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_builder.h"
#include "lint/registry/registry_impl.h"
#include "lint/registry/registry_loader.h"

extern "C" const char svclint_registry_blob_begin[];
extern "C" const char svclint_registry_blob_end[];

namespace svclint {
namespace {

// Run from the repository root, or set SVCLINT_SOURCE_DIR.
std::string SourceDir() {
  const char* dir = std::getenv("SVCLINT_SOURCE_DIR");
  return dir != nullptr ? dir : ".";
}
const std::string kXml =
    SourceDir() + "/corpus/iana/service-names-port-numbers.xml";
const std::string kCsv =
    SourceDir() + "/corpus/iana/service-names-port-numbers.csv";

// What Registry::Embedded() does once per process: validate the header and
// point the tables into the linked blob.
void BM_RegistryOpenEmbedded(benchmark::State& state) {
  const std::string_view blob(svclint_registry_blob_begin,
                              static_cast<size_t>(svclint_registry_blob_end -
                                                  svclint_registry_blob_begin));
  for (auto _ : state) {
    absl::StatusOr<std::unique_ptr<Registry::Impl>> impl =
        Registry::Impl::Borrow(blob);
    benchmark::DoNotOptimize(impl);
  }
}
BENCHMARK(BM_RegistryOpenEmbedded);

// Open, then the lookups `svclint check _http._tcp` needs.
void BM_RegistryOpenAndLookup(benchmark::State& state) {
  const std::string_view blob(svclint_registry_blob_begin,
                              static_cast<size_t>(svclint_registry_blob_end -
                                                  svclint_registry_blob_begin));
  for (auto _ : state) {
    const Registry r(*Registry::Impl::Borrow(blob));
    benchmark::DoNotOptimize(r.FindByName("http"));
    benchmark::DoNotOptimize(r.HistoricReplacement("http"));
    benchmark::DoNotOptimize(r.FindByPort(80, Transport::kTcp));
  }
}
BENCHMARK(BM_RegistryOpenAndLookup);

void BM_RegistryFindByName(benchmark::State& state) {
  const Registry& r = Registry::Embedded();
  for (auto _ : state) benchmark::DoNotOptimize(r.FindByName("PostgreSQL"));
}
BENCHMARK(BM_RegistryFindByName);

void BM_RegistryFindByPort(benchmark::State& state) {
  const Registry& r = Registry::Embedded();
  for (auto _ : state) {
    benchmark::DoNotOptimize(r.FindByPort(6010, Transport::kTcp));
  }
}
BENCHMARK(BM_RegistryFindByPort);

void BM_RegistryHistoricReplacement(benchmark::State& state) {
  const Registry& r = Registry::Embedded();
  for (auto _ : state) {
    benchmark::DoNotOptimize(r.HistoricReplacement("acmaint_dbd"));
  }
}
BENCHMARK(BM_RegistryHistoricReplacement);

// --registry: read, parse, index the 3.9 MB XML (14,533 records).
void BM_RegistryLoadXmlFile(benchmark::State& state) {
  for (auto _ : state) {
    absl::StatusOr<Registry> r = LoadRegistryFile(kXml);
    if (!r.ok()) state.SkipWithError("cannot load the XML");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_RegistryLoadXmlFile)->Unit(benchmark::kMillisecond);

// The XML parse alone (pugixml DOM + fields), without indexing.
void BM_RegistryParseXml(benchmark::State& state) {
  absl::StatusOr<Registry> warm = LoadRegistryFile(kXml);
  std::string text;
  {
    std::FILE* f = std::fopen(kXml.c_str(), "rb");
    char buf[1 << 16];
    for (size_t n; f && (n = std::fread(buf, 1, sizeof buf, f)) > 0;) {
      text.append(buf, n);
    }
    if (f) std::fclose(f);
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(ParseRegistryXml(std::string_view(text), kXml));
  }
}
BENCHMARK(BM_RegistryParseXml)->Unit(benchmark::kMillisecond);

void BM_RegistryLoadCsvFile(benchmark::State& state) {
  for (auto _ : state) {
    absl::StatusOr<Registry> r = LoadRegistryFile(kCsv);
    if (!r.ok()) state.SkipWithError("cannot load the CSV");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_RegistryLoadCsvFile)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace svclint
