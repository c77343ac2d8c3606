// How much the registry costs: opening the embedded snapshot (what every
// `svclint` run pays) plus a lookup, and loading the full XML/CSV at run
// time (--registry, `svclint lint service-names-port-numbers.xml`).
//
//   build/svclint_bench --benchmark_filter=Registry   (from any directory)
//
// The *File and ParseXml benchmarks read corpus/iana/ from the source tree
// (see FindSourceDir); when it cannot be found they stop with an error
// instead of timing nothing.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "lint/parse/registry_xml.h"
#include "lint/registry/registry.h"
#include "lint/registry/registry_builder.h"
#include "lint/registry/registry_impl.h"
#include "lint/registry/registry_loader.h"

extern "C" const char svclint_registry_blob_begin[];
extern "C" const char svclint_registry_blob_end[];

namespace svclint {
namespace {

constexpr char kXmlName[] = "/corpus/iana/service-names-port-numbers.xml";
constexpr char kCsvName[] = "/corpus/iana/service-names-port-numbers.csv";

bool HasCorpus(const std::string& dir) {
  return ::access((dir + kXmlName).c_str(), R_OK) == 0 &&
         ::access((dir + kCsvName).c_str(), R_OK) == 0;
}

// The source tree holding corpus/iana/. If the SVCLINT_SOURCE_DIR
// environment variable is set, it alone is tried. Otherwise the first of
// these that holds the corpus: the SVCLINT_SOURCE_DIR compile definition (if
// the build gives one), the working directory, and the three directories
// above the executable (build/svclint_bench -> the repo root). Empty when
// none does.
std::string FindSourceDir() {
  if (const char* env = std::getenv("SVCLINT_SOURCE_DIR")) {
    return HasCorpus(env) ? env : "";
  }
  std::vector<std::string> candidates;
#ifdef SVCLINT_SOURCE_DIR
  candidates.emplace_back(SVCLINT_SOURCE_DIR);
#endif
  candidates.emplace_back(".");
  char exe[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<size_t>(n));
    for (int up = 0; up < 3; ++up) {
      const size_t slash = dir.rfind('/');
      if (slash == std::string::npos || slash == 0) break;
      dir.resize(slash);
      candidates.push_back(dir);
    }
  }
  for (const std::string& dir : candidates) {
    if (HasCorpus(dir)) return dir;
  }
  return "";
}

const std::string& SourceDir() {
  static const std::string dir = FindSourceDir();
  return dir;
}

// The corpus file's path, or "" after SkipWithError when there is none.
std::string CorpusFile(benchmark::State& state, const char* name) {
  if (SourceDir().empty()) {
    state.SkipWithError(
        std::getenv("SVCLINT_SOURCE_DIR") != nullptr
            ? "no corpus/iana/ under $SVCLINT_SOURCE_DIR"
            : "corpus/iana/ not found: set SVCLINT_SOURCE_DIR to the source "
              "tree");
    return "";
  }
  return SourceDir() + name;
}

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

// --registry: read (mapped), stream through Expat and pack record by
// record the 3.9 MB XML (14,533 records).
void BM_RegistryLoadXmlFile(benchmark::State& state) {
  const std::string xml = CorpusFile(state, kXmlName);
  if (xml.empty()) return;
  for (auto _ : state) {
    absl::StatusOr<Registry> r = LoadRegistryFile(xml);
    if (!r.ok()) {
      state.SkipWithError(("cannot load " + xml).c_str());
      break;
    }
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_RegistryLoadXmlFile)->Unit(benchmark::kMillisecond);

// The XML parse alone (Expat, every record kept as a SourceRecord), without
// indexing.
void BM_RegistryParseXml(benchmark::State& state) {
  const std::string xml = CorpusFile(state, kXmlName);
  if (xml.empty()) return;
  std::string text;
  if (std::FILE* f = std::fopen(xml.c_str(), "rb")) {
    char buf[1 << 16];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) {
      text.append(buf, n);
    }
    std::fclose(f);
  }
  if (text.empty()) {
    state.SkipWithError(("cannot read " + xml).c_str());
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(ParseRegistryXml(std::string_view(text), xml));
  }
}
BENCHMARK(BM_RegistryParseXml)->Unit(benchmark::kMillisecond);

void BM_RegistryLoadCsvFile(benchmark::State& state) {
  const std::string csv = CorpusFile(state, kCsvName);
  if (csv.empty()) return;
  for (auto _ : state) {
    absl::StatusOr<Registry> r = LoadRegistryFile(csv);
    if (!r.ok()) {
      state.SkipWithError(("cannot load " + csv).c_str());
      break;
    }
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_RegistryLoadCsvFile)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace svclint
