// The consumers of DNS-SD configuration files, their versions, and the
// version-specific facts svclint's consumer rules (AV, SD) read.
//
//   ConsumerVersions v;                    // avahi 0.8, systemd 252
//   KeySince(v, "SubType") == 254         // systemd-resolved learnt it then
//   v.systemd >= 254                      // false: SubType= is ignored
//
// `.svclint.toml` names the versions a project deploys to, as ruff's
// target-version does:  [consumers]  avahi = "0.8"  systemd = "252"
#ifndef SVCLINT_LINT_CONSUMERS_CONSUMER_FACTS_H_
#define SVCLINT_LINT_CONSUMERS_CONSUMER_FACTS_H_

#include <optional>
#include <string>
#include <string_view>

namespace svclint {

// Which program reads a file: known from the file kind (.service: Avahi,
// .dnssd: systemd-resolved); a TOML service list may name one.
enum class Consumer { kAny, kAvahi, kSystemdResolved };

struct ConsumerVersions {
  std::string avahi = "0.8";
  int systemd = 252;
};

// "avahi-daemon 0.8", "systemd-resolved 252".
std::string ConsumerName(Consumer consumer, const ConsumerVersions& versions);
// "0.8" / "252" alone, for messages that already name the program.
std::string ConsumerVersion(Consumer consumer,
                            const ConsumerVersions& versions);

// The first systemd version whose .dnssd [Service] section reads `key`
// (nullopt: every version svclint models does).
std::optional<int> DnssdKeySince(std::string_view key);

// Parses a systemd version as written in .svclint.toml ("252", "254.5").
std::optional<int> ParseSystemdVersion(std::string_view text);

}  // namespace svclint

#endif  // SVCLINT_LINT_CONSUMERS_CONSUMER_FACTS_H_
