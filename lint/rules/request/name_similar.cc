// RQ004 name-similar: a registered name differs from the requested one only
// by case, hyphens, or a trailing digit run or `s` (RFC 6335 §5: names
// must let services be "unambiguously distinguished"). Names taken outright
// are RQ003's.
//
//   service = "postgresql2"   -> "... close to the registered 'postgresql'"
#include <algorithm>
#include <atomic>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/registry/registry_cache.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

// The comparison key: lower case, no hyphens, without a trailing run of
// digits or, failing that, a trailing `s`.
std::string Stem(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c != '-') out.push_back(AsciiToLower(c));
  }
  const size_t before = out.size();
  while (!out.empty() && out.back() >= '0' && out.back() <= '9') {
    out.pop_back();
  }
  if (out.size() == before && out.size() > 2 && out.back() == 's') {
    out.pop_back();
  }
  return out;
}

// Stem -> the records whose names have it, in file order.
using StemIndex = absl::flat_hash_map<std::string, std::vector<uint32_t>>;

StemIndex BuildStemIndex(const Registry& registry) {
  StemIndex index;
  for (uint32_t i = 0; i < registry.size(); ++i) {
    const std::string_view name = registry.record(i).name;
    if (!name.empty()) index[Stem(name)].push_back(i);
  }
  return index;
}

// Comparing with every record costs ~0.7 ms a request, which a file of
// 65,536 requests turned into most of a minute. After a few requests the
// default registry (which lives as long as the process) gets an index;
// a registry loaded at run time is scanned, as it may not outlive a cache.
const StemIndex* IndexFor(const Registry& registry) {
  static std::atomic<int> scans{0};
  const Registry* const default_registry = DefaultRegistry().registry;
  if (&registry != default_registry || scans.fetch_add(1) < 16) {
    return nullptr;
  }
  static const StemIndex* const index =
      new StemIndex(BuildStemIndex(*default_registry));
  return index;
}

}  // namespace

void CheckNameSimilar(const Request& request, CheckContext& ctx) {
  if (ctx.registry == nullptr) return;
  const std::string_view name = StripAsciiWhitespace(ServiceName(request));
  if (name.empty() || ctx.registry->ContainsName(name)) return;
  const std::string stem = Stem(name);
  if (stem.size() < 2) return;  // too short to be confused with anything
  std::vector<std::string> similar;
  std::vector<std::string> seen;
  const Registry& registry = *ctx.registry;
  auto consider = [&](std::string_view other) {
    const std::string lower = AsciiLower(other);
    if (std::find(seen.begin(), seen.end(), lower) != seen.end()) return;
    seen.push_back(lower);
    similar.push_back(absl::StrCat("'", AsAbsl(other), "'"));
  };
  if (const StemIndex* index = IndexFor(registry)) {
    if (auto it = index->find(stem); it != index->end()) {
      for (uint32_t i : it->second) consider(registry.record(i).name);
    }
  } else {
    for (uint32_t i = 0; i < registry.size(); ++i) {
      const std::string_view other = registry.record(i).name;
      if (!other.empty() && Stem(other) == stem) consider(other);
    }
  }
  if (similar.empty()) return;
  ctx.sink.Report(RuleId::kRQ004, request.service->value.TextSpan(),
                  {{"name", name},
                   {"similar", JoinLimited(similar, 5)},
                   {"date", registry.Stats().updated}});
}

}  // namespace svclint
