// Throughput of svclint's service-type check on a file of names, in
// process, for bench/peers.py (the side-by-side of SPEC §8). It does what
// `svclint check --as type` does for each line -- CheckServiceType with
// every built-in rule at its default severity and the embedded registry
// (SN007 historic aliases, ST007/ST008 registration), every finding
// recorded as data (rule, span, arguments; lint/diag/finding.h) -- minus
// reading, sorting, and formatting and printing the messages. With --verdict it times IsValidServiceType
// instead: the yes/no answer (no error finding) that Avahi's
// avahi_is_valid_service_type_strict gives, from every error rule.
//
//   bench/peers.py builds it against the build/libsvclint_*.a layers and the
//   embedded registry object, with the link line of svclint_cli.
//   ./svclint_driver NAMES [--no-registry | --verdict] [--min-seconds 1]
//                          [--repeats 5] [--verdicts FILE]
//
// Each repeat checks every name, over and over, until at least
// --min-seconds have passed; findings are kept for one pass over the list,
// then dropped. The JSON on stdout has every repeat's names/second and
// their median (wall clock, and per CPU second of the process), how many names
// had no error ("valid", the CLI's exit status 0 with the default --fail-on
// error) and how many had no finding at all;
// --verdicts writes one line per name, 1 (valid) or 0.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/catalog/severity.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/registry/registry.h"
#include "lint/rules/checks.h"
#include "lint/rules/verdict.h"

namespace {

using Clock = std::chrono::steady_clock;

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         static_cast<double>(ts.tv_nsec) * 1e-9;
}

double Median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  const size_t n = xs.size();
  return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

void PrintList(const std::vector<double>& xs) {
  for (size_t i = 0; i < xs.size(); ++i) {
    std::printf("%s%.0f", i ? ", " : "", xs[i]);
  }
}

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s NAMES [--no-registry | --verdict] [--min-seconds S] "
               "[--repeats N] [--verdicts FILE]\n",
               argv0);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace svclint;
  const char* path = nullptr;
  const char* verdicts = nullptr;
  bool use_registry = true;
  bool verdict_only = false;
  double min_seconds = 1.0;
  int repeats = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--no-registry") {
      use_registry = false;
    } else if (arg == "--verdict") {
      verdict_only = true;
    } else if (arg == "--min-seconds" && i + 1 < argc) {
      min_seconds = std::atof(argv[++i]);
    } else if (arg == "--repeats" && i + 1 < argc) {
      repeats = std::atoi(argv[++i]);
    } else if (arg == "--verdicts" && i + 1 < argc) {
      verdicts = argv[++i];
    } else if (path == nullptr) {
      path = argv[i];
    } else {
      return Usage(argv[0]);
    }
  }
  if (path == nullptr || repeats < 1) return Usage(argv[0]);

  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::perror(path);
    return 2;
  }
  std::vector<std::string> names;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    names.push_back(std::move(line));
  }
  if (names.empty()) {
    std::fprintf(stderr, "%s: no names\n", path);
    return 2;
  }

  const RulePolicy policy;
  const Registry* registry = use_registry ? &Registry::Embedded() : nullptr;

  size_t valid = 0, clean = 0;
  {
    std::ofstream out;
    if (verdicts != nullptr) {
      out.open(verdicts);
      if (!out) {
        std::perror(verdicts);
        return 2;
      }
    }
    DiagnosticSink sink("-", policy);
    CheckContext ctx{sink, registry};
    for (const std::string& name : names) {
      CheckServiceType(name, Anchor{1, 1}, ctx);
      auto& found = sink.diagnostics();
      const bool ok = std::none_of(
          found.begin(), found.end(),
          [](const auto& d) { return d.severity == Severity::kError; });
      if (verdict_only && ok != IsValidServiceType(name)) {
        std::fprintf(stderr, "IsValidServiceType disagrees on '%s'\n",
                     name.c_str());
        return 1;
      }
      clean += found.empty();
      valid += ok;
      if (out.is_open()) out << (ok ? "1\n" : "0\n");
      found.clear();
    }
  }

  std::vector<double> rates, cpu_rates;
  size_t findings = 0;
  for (int r = 0; r < repeats; ++r) {
    DiagnosticSink sink("-", policy);
    CheckContext ctx{sink, registry};
    size_t checked = 0;
    const Clock::time_point start = Clock::now();
    const double cpu_start = CpuSeconds();
    double elapsed;
    do {
      if (verdict_only) {
        size_t accepted = 0;
        for (const std::string& name : names) {
          accepted += IsValidServiceType(name);
        }
        if (accepted != valid) std::abort();  // and the loop is not dead
      } else {
        uint32_t line = 0;
        for (const std::string& name : names) {
          CheckServiceType(name, Anchor{++line, 1}, ctx);
        }
      }
      // Findings stay data, as `check -` hands them to its reporter: a
      // message is formatted only when a reporter writes it.
      findings = sink.findings().size();
      sink.findings().Clear();
      checked += names.size();
      elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < min_seconds);
    rates.push_back(static_cast<double>(checked) / elapsed);
    cpu_rates.push_back(static_cast<double>(checked) /
                        (CpuSeconds() - cpu_start));
  }

  const char* function =
      verdict_only   ? "svclint::IsValidServiceType (every error rule)"
      : use_registry ? "svclint::CheckServiceType (all rules, embedded "
                       "registry)"
                     : "svclint::CheckServiceType (all rules, no registry)";
  std::printf(
      "{\"tool\": \"svclint\", \"function\": \"%s\", \"names\": %zu, "
      "\"valid\": %zu, \"clean\": %zu, \"findings\": %zu, \"samples\": [",
      function, names.size(), valid, clean, findings);
  PrintList(rates);
  std::printf("], \"cpu_samples\": [");
  PrintList(cpu_rates);
  std::printf(
      "], \"names_per_second\": %.0f, \"cpu_names_per_second\": %.0f}\n",
      Median(rates), Median(cpu_rates));
  return 0;
}
