// Throughput of the name, type, instance and TXT checks in process (SPEC
// §8: name checks at >= 1.5x Avahi's avahi_is_valid_service_type_strict on
// the same names, in the same run). Avahi is loaded with dlopen when
// libavahi-common.so.3 is installed, so the comparison needs no build
// dependency; without it those benchmarks are skipped.
//
//   build/svclint_bench --benchmark_filter='Type|Avahi'
//
// items_per_second is names (or records) per second.

#include <dlfcn.h>

#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/rules/checks.h"
#include "lint/rules/verdict.h"

namespace svclint {
namespace {

const std::vector<std::string> kValidNames = {
    "http",          "ipp",  "ssh",        "airplay",    "raop",
    "printer",       "ipps", "smb",        "afpovertcp", "sftp-ssh",
    "workstation",   "daap", "googlecast", "hap",        "spotify-connect",
    "companion-link"};
const std::vector<std::string> kInvalidNames = {
    "whois++",     "toolongservicename1", "-foo",       "a--b",
    "acmaint_dbd", "6000-6063",           "My Service", "foo-v2"};
const std::vector<std::string> kValidTypes = {"_http._tcp",
                                              "_ipp._tcp",
                                              "_ssh._tcp",
                                              "_airplay._tcp",
                                              "_raop._tcp",
                                              "_printer._tcp",
                                              "_ipps._tcp.local.",
                                              "_smb._tcp",
                                              "_sftp-ssh._tcp",
                                              "_workstation._tcp",
                                              "_daap._tcp.local.",
                                              "_googlecast._tcp",
                                              "_hap._udp",
                                              "_spotify-connect._tcp",
                                              "_companion-link._tcp",
                                              "_http._tcp.example.com"};
const std::vector<std::string> kInvalidTypes = {"_foo._sctp",
                                                "_daap._http._tcp",
                                                "http._tcp",
                                                "_acmaint_dbd._udp",
                                                "_http",
                                                "_http.._tcp",
                                                "_services._dns-sd._udp",
                                                "_toolongservicename1._tcp"};
const std::vector<std::string> kInstances = {
    R"(My\.Printer._ipp._tcp.local.)", "Office Printer._ipp._tcp",
    "Caf\xC3\xA9._http._tcp.local.", "Living Room._airplay._tcp"};

// Every name in the embedded registry as "_name._tcp": a realistic mix of
// well-formed names and historic ones.
const std::vector<std::string>& RegistryTypes() {
  static const std::vector<std::string>* types = [] {
    auto* out = new std::vector<std::string>;
    const Registry& r = Registry::Embedded();
    std::string last;
    for (uint32_t i = 0; i < r.size(); ++i) {
      const std::string_view name = r.record(i).name;
      if (name.empty() || name == last) continue;
      last = std::string(name);
      out->push_back("_" + last + "._tcp");
    }
    return out;
  }();
  return *types;
}

template <void (*Check)(std::string_view, Anchor, CheckContext&)>
void RunChecks(benchmark::State& state, const std::vector<std::string>& in) {
  const RulePolicy policy;
  DiagnosticSink sink("<bench>", policy);
  CheckContext ctx{sink, nullptr};
  for (auto _ : state) {
    for (const std::string& s : in) Check(s, Anchor{1, 1}, ctx);
    benchmark::DoNotOptimize(sink.diagnostics().data());
    sink.diagnostics().clear();
  }
  state.SetItemsProcessed(state.iterations() * in.size());
}

void BM_NameValid(benchmark::State& s) {
  RunChecks<CheckServiceName>(s, kValidNames);
}
void BM_NameInvalid(benchmark::State& s) {
  RunChecks<CheckServiceName>(s, kInvalidNames);
}
void BM_TypeValid(benchmark::State& s) {
  RunChecks<CheckServiceType>(s, kValidTypes);
}
void BM_TypeInvalid(benchmark::State& s) {
  RunChecks<CheckServiceType>(s, kInvalidTypes);
}
void BM_TypeRegistry(benchmark::State& s) {
  RunChecks<CheckServiceType>(s, RegistryTypes());
}
void BM_Instance(benchmark::State& s) {
  RunChecks<CheckInstanceName>(s, kInstances);
}
void BM_Classify(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& s : kValidTypes) {
      benchmark::DoNotOptimize(ClassifyInput(s));
    }
  }
  state.SetItemsProcessed(state.iterations() * kValidTypes.size());
}
// The yes/no checks (lint/rules/verdict.h): the same question Avahi's
// function answers, from every error rule.
void RunVerdicts(benchmark::State& state, const std::vector<std::string>& in) {
  for (auto _ : state) {
    int valid = 0;
    for (const std::string& s : in) valid += IsValidServiceType(s);
    benchmark::DoNotOptimize(valid);
  }
  state.SetItemsProcessed(state.iterations() * in.size());
}
void BM_VerdictTypeValid(benchmark::State& s) { RunVerdicts(s, kValidTypes); }
void BM_VerdictTypeInvalid(benchmark::State& s) {
  RunVerdicts(s, kInvalidTypes);
}
void BM_VerdictTypeRegistry(benchmark::State& s) {
  RunVerdicts(s, RegistryTypes());
}
BENCHMARK(BM_VerdictTypeValid);
BENCHMARK(BM_VerdictTypeInvalid);
BENCHMARK(BM_VerdictTypeRegistry);

BENCHMARK(BM_NameValid);
BENCHMARK(BM_NameInvalid);
BENCHMARK(BM_TypeValid);
BENCHMARK(BM_TypeInvalid);
BENCHMARK(BM_TypeRegistry);
BENCHMARK(BM_Instance);
BENCHMARK(BM_Classify);

void RunTxt(benchmark::State& state, const std::vector<std::string>& in) {
  const RulePolicy policy;
  DiagnosticSink sink("<bench>", policy);
  CheckContext ctx{sink, nullptr};
  std::vector<TxtString> record;
  for (size_t i = 0; i < in.size(); ++i) {
    record.push_back({in[i], Anchor{static_cast<uint32_t>(i + 1), 1}});
  }
  const SourceSpan span{1, 1, static_cast<uint32_t>(in.size()), 1};
  for (auto _ : state) {
    CheckTxtRecord(record, ctx, span);
    benchmark::DoNotOptimize(sink.diagnostics().data());
    sink.diagnostics().clear();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_TxtValid(benchmark::State& s) {
  RunTxt(s, {"txtvers=1", "rp=printers/office", "ty=Office Printer",
             "pdl=application/pdf,image/urf", "Color=T", "Duplex=T",
             "UUID=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"});
}
void BM_TxtInvalid(benchmark::State& s) {
  RunTxt(s, {"path=/", "txtvers=one", "=bad", "Path=/x", "port=631",
             "averyveryverylongkey=1", "key =\"quoted\""});
}
BENCHMARK(BM_TxtValid);
BENCHMARK(BM_TxtInvalid);

// Avahi, loaded at run time.
using AvahiCheck = int (*)(const char*);
AvahiCheck LoadAvahi() {
  static AvahiCheck check = [] {
    void* lib = dlopen("libavahi-common.so.3", RTLD_NOW | RTLD_LOCAL);
    if (lib == nullptr) return AvahiCheck{nullptr};
    return reinterpret_cast<AvahiCheck>(
        dlsym(lib, "avahi_is_valid_service_type_strict"));
  }();
  return check;
}

void RunAvahi(benchmark::State& state, const std::vector<std::string>& in) {
  const AvahiCheck check = LoadAvahi();
  if (check == nullptr) {
    state.SkipWithError("libavahi-common.so.3 not found");
    return;
  }
  for (auto _ : state) {
    int valid = 0;
    for (const std::string& s : in) valid += check(s.c_str());
    benchmark::DoNotOptimize(valid);
  }
  state.SetItemsProcessed(state.iterations() * in.size());
}

void BM_AvahiTypeValid(benchmark::State& s) { RunAvahi(s, kValidTypes); }
void BM_AvahiTypeInvalid(benchmark::State& s) { RunAvahi(s, kInvalidTypes); }
void BM_AvahiTypeRegistry(benchmark::State& s) { RunAvahi(s, RegistryTypes()); }
BENCHMARK(BM_AvahiTypeValid);
BENCHMARK(BM_AvahiTypeInvalid);
BENCHMARK(BM_AvahiTypeRegistry);

}  // namespace
}  // namespace svclint
