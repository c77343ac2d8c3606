#include "lint/consumers/consumer_facts.h"

#include "absl/strings/str_cat.h"

namespace svclint {
namespace {

// Keys of a .dnssd [Service] section that not every systemd-resolved
// reads: the version that added each (systemd's NEWS; resolved-gperf.gperf
// at that tag). Data, not logic: a new key is one more row.
struct KeySince {
  std::string_view key;
  int since;
};
constexpr KeySince kDnssdKeysSince[] = {
    {"SubType", 254},
};

}  // namespace

std::string ConsumerName(Consumer consumer, const ConsumerVersions& versions) {
  switch (consumer) {
    case Consumer::kAvahi:
      return absl::StrCat("avahi-daemon ", versions.avahi);
    case Consumer::kSystemdResolved:
      return absl::StrCat("systemd-resolved ", versions.systemd);
    case Consumer::kAny:
      break;
  }
  return "any consumer";
}

std::string ConsumerVersion(Consumer consumer,
                            const ConsumerVersions& versions) {
  return consumer == Consumer::kAvahi ? versions.avahi
                                      : absl::StrCat(versions.systemd);
}

std::optional<int> DnssdKeySince(std::string_view key) {
  for (const KeySince& k : kDnssdKeysSince) {
    if (k.key == key) return k.since;
  }
  return std::nullopt;
}

std::optional<int> ParseSystemdVersion(std::string_view text) {
  int version = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i < 6; ++i) {
    version = version * 10 + (text[i] - '0');
  }
  if (i == 0 || (i < text.size() && text[i] != '.')) return std::nullopt;
  return version;
}

}  // namespace svclint
