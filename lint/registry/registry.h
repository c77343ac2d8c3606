// The IANA Service Name and Transport Protocol Port Number Registry, loaded
// and indexed for exact, fast lookups.
//
//   const Registry& r = Registry::Embedded();        // compiled-in snapshot
//   for (uint32_t i : r.FindByName("PostgreSQL"))    // case-insensitive
//     std::cout << r.record(i).port_lo;              // 5432
//   r.HistoricReplacement("acmaint_dbd")             // "acmaint-dbd"
//
// The embedded snapshot is a packed blob produced at build time by
// tools/registry_gen.cc from corpus/iana/; `Registry::Embedded()` indexes it
// in place, so start-up costs no parsing (about 50 ns). `LoadRegistryFile`
// (registry_loader.h) reads another XML, CSV or plain-text copy at run time
// (--registry) into the same tables; registry_format.h describes them.
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "lint/model/transport.h"

namespace svclint {

// One registry record, viewed in place; the strings live as long as the
// Registry.
struct RecordView {
  uint32_t index = 0;     // position in the registry, in file order
  std::string_view name;  // as written; empty for Reserved/Unassigned rows
  Transport transport = Transport::kNone;  // kNone: no protocol given
  bool has_port = false;
  uint16_t port_lo = 0;  // a single port has port_lo == port_hi
  uint16_t port_hi = 0;
  std::string_view description;
  std::string_view assignee;  // person/org ids, e.g. "Tom_Lane"; several
                              // are joined by ", "
  std::string_view contact;
  std::string_view
      reference;          // as in the CSV: "[RFC6335]", "[RFC7858][RFC8094]"
  std::string_view note;  // assignment notes, whitespace as in source
  std::string_view registration_date;
  std::string_view modification_date;
  std::optional<uint32_t> service_code;  // DCCP only
  uint32_t line = 0;       // 1-based line of the record in its source
  uint32_t name_line = 0;  // position of the name in its source, or 0
  uint32_t name_column = 0;

  bool reserved() const;    // description says "Reserved"
  bool unassigned() const;  // description says "Unassigned"
};

// Parsed "Defined TXT keys: ..." note of one service.
struct DefinedTxtKeys {
  std::vector<std::string_view> keys;  // empty when the note says "none"
  bool parsed = true;  // false: the note could not be read as keys (RG004)
  // The note says the keys exist but are not listed ("Proprietary",
  // "TBD"): parsed is false, yet this is no RG004 finding.
  bool undisclosed = false;
  std::string_view note;  // the raw note text
};

struct RegistryStats {
  size_t records = 0;
  size_t names = 0;              // distinct service names
  size_t per_transport[5] = {};  // indexed by Transport
  size_t system_ports = 0;       // assigned records in 0-1023
  size_t user_ports = 0;         // 1024-49151
  size_t dynamic_ports = 0;      // 49152-65535
  size_t reserved = 0;
  size_t unassigned = 0;
  size_t name_only = 0;        // names with no port (DNS-SD style)
  size_t aliases = 0;          // historic aliases
  size_t txt_definitions = 0;  // services with "Defined TXT keys"
  std::string_view updated;    // the registry's <updated> date
};

class Registry {
 public:
  // The snapshot compiled into the binary. Never fails; cheap to call.
  static const Registry& Embedded();

  size_t size() const;
  RecordView record(uint32_t index) const;

  // Indices of the records named `name`, compared case-insensitively.
  std::span<const uint32_t> FindByName(std::string_view name) const;
  bool ContainsName(std::string_view name) const {
    return !FindByName(name).empty();
  }
  // The distinct names, in name order: NameRecords(k) for k < NameCount()
  // are the records of the k-th name, in file order. For whole-registry
  // passes (RG003) that would otherwise look every name up.
  size_t NameCount() const;
  std::span<const uint32_t> NameRecords(size_t k) const;
  // Records (assigned or Reserved, not Unassigned) whose port or port
  // range covers `port` on `transport`.
  std::vector<RecordView> FindByPort(uint16_t port, Transport transport) const;

  // For a historic alias such as "acmaint_dbd" (or "www-http"), its
  // well-formed replacement ("acmaint-dbd", "http"); nullopt otherwise.
  std::optional<std::string_view> HistoricReplacement(
      std::string_view name) const;

  // What the DNS-SD type checks need to know of a name (any case), in one
  // hash lookup once a stream of lookups has built the table; 0 when the
  // registry does not hold the name (or it is longer than the 15 bytes a
  // service name may have).
  enum NameFlag : uint8_t {
    kNameKnown = 1,
    kNameTcp = 2,           // a record for tcp
    kNameNotTcp = 4,        // a record for udp, sctp or dccp
    kNameDnssdTcp = 8,      // a name-only (DNS-SD) record for tcp
    kNameDnssdNotTcp = 16,  // a name-only record for another transport
    kNameHistoric = 32,     // a historic alias (SN007)
  };
  uint8_t NameFlags(std::string_view name) const;
  // Whether a DNS-SD type `_name._tcp` (`tcp`) or `_name._udp` fits the
  // registrations these NameFlags describe (ST008's test): the DNS-SD
  // (name-only) records decide when there are any, `_udp` stands for every
  // transport but tcp, and a name with no transport fits both.
  static bool TransportFits(uint8_t flags, bool tcp) {
    const bool dnssd = flags & (kNameDnssdTcp | kNameDnssdNotTcp);
    const uint8_t fits = dnssd ? (tcp ? kNameDnssdTcp : kNameDnssdNotTcp)
                               : (tcp ? kNameTcp : kNameNotTcp);
    const uint8_t any =
        dnssd ? (kNameDnssdTcp | kNameDnssdNotTcp) : (kNameTcp | kNameNotTcp);
    return (flags & fits) || !(flags & any);
  }

  // The service's "Defined TXT keys" note, parsed; nullptr when it has none.
  const DefinedTxtKeys* TxtKeys(std::string_view service) const;

  // Display name of a person or organisation id from the <people> section
  // ("Tom_Lane" -> "Tom Lane"); the id itself when unknown.
  std::string_view PersonName(std::string_view id) const;

  RegistryStats Stats() const;

  // Implementation state (packed tables); see registry.cc.
  struct Impl;
  explicit Registry(std::unique_ptr<Impl> impl);
  ~Registry();
  Registry(Registry&&) noexcept;
  Registry& operator=(Registry&&) noexcept;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_H_
