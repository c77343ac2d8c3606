// The packed registry: one contiguous, relocatable blob of fixed-size
// tables and a string pool, addressed by offsets, so that the snapshot
// compiled into the binary is used in place with no parsing at start-up.
//
//   [BlobHeader][strings][records][name index][postings][ports][aliases]
//   [txt definitions][txt keys][people]
//
// Every table is sorted for binary search: names and aliases by lower-case
// name, ports by (transport, first port), people by id. BuildRegistryBlob
// (registry_builder.h) writes it; ValidateBlob checks it before use.
#ifndef SVCLINT_LINT_REGISTRY_REGISTRY_FORMAT_H_
#define SVCLINT_LINT_REGISTRY_REGISTRY_FORMAT_H_

#include <cstdint>
#include <string_view>

#include "absl/status/status.h"

namespace svclint::packed {

inline constexpr char kMagic[8] = {'S', 'V', 'C', 'R', 'E', 'G', '\r', '\n'};
// Bump on any change to the structs below.
inline constexpr uint32_t kVersion = 1;

// A string in the pool.
// The structs below are trivial (no initialisers) so they can be copied
// and zeroed as bytes; zeroed padding keeps the blob reproducible.
struct Str {
  uint32_t offset;
  uint32_t size;
};

// Set in Str::offset of a registry built at run time from a file it keeps
// (registry_impl.h): the string is at (offset & ~kSourceString) in that
// file's bytes, not in the strings table. Never set in a blob.
inline constexpr uint32_t kSourceString = 0x80000000u;

// A table: `count` entries of the table's type at `offset` in the blob.
struct Table {
  uint32_t offset;
  uint32_t count;
};

enum RecordFlags : uint8_t {
  kHasPort = 1,
  kHasServiceCode = 2,
  kReserved = 4,
  kUnassigned = 8,
};

struct Record {
  Str name, description, assignee, contact, reference, note;
  Str registration_date, modification_date;
  uint32_t line, name_line, name_column;
  uint32_t service_code;
  uint16_t port_lo, port_hi;
  uint8_t transport;  // svclint::Transport
  uint8_t flags;      // RecordFlags
  uint16_t padding;
};

// One distinct name; its records are postings[first, first + count).
struct NameEntry {
  Str lower;
  uint32_t first, count;
};

// An assigned or Reserved record with a port; Unassigned rows are not
// indexed. Records with no transport cover every transport.
struct PortEntry {
  uint8_t transport;
  uint8_t padding[3];
  uint16_t lo, hi;
  uint32_t record;
};

struct AliasEntry {
  Str lower;        // the historic name, lower case: "acmaint_dbd"
  Str replacement;  // as written: "acmaint-dbd"
  uint32_t record;  // the record the note is on
  uint32_t kind;    // HistoricNote::Kind
};

struct TxtEntry {
  Str lower;                        // the service, lower case
  Str note;                         // the record's whole note
  uint32_t keys_first, keys_count;  // into the txt key table (of Str)
  uint32_t kind;                    // TxtKeysNote::Kind
  uint32_t record;
};

struct PersonEntry {
  Str id, name, org;
};

struct Stats {
  uint64_t records, names, per_transport[5];
  uint64_t system_ports, user_ports, dynamic_ports;
  uint64_t reserved, unassigned, name_only, aliases, txt_definitions;
  Str updated;
  uint32_t padding;
};

struct BlobHeader {
  char magic[8];
  uint32_t version;
  uint32_t header_size;  // sizeof(BlobHeader)
  uint32_t record_size;  // sizeof(Record), guards against layout drift
  uint32_t total_size;   // the whole blob
  Table strings;         // bytes
  Table records, names, postings, ports, aliases, txt, txt_keys, people;
  // Per transport, the widest port range in `ports` (hi - lo), so a port
  // lookup scans back from the first entry past the port by at most that.
  uint16_t max_span[5];
  uint16_t padding;
  Stats stats;
};

// Checks magic, version, struct sizes and that every table lies inside
// the blob, aligned. Does not look at individual entries.
absl::Status ValidateBlob(std::string_view blob);

}  // namespace svclint::packed

#endif  // SVCLINT_LINT_REGISTRY_REGISTRY_FORMAT_H_
