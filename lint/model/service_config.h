// One DNS-SD service declaration as Avahi `.service` files, systemd-resolved
// `.dnssd` units and svclint's `[[service]]` TOML lists all hold it, with
// where each value is written so findings point at the exact bytes.
//
//   <name replace-wildcards="yes">SSH on %h</name>      (Avahi)
//   <service><type>_ssh._tcp</type><port>22</port></service>
// becomes
//   ServiceConfig s;
//   s.instance->text == "SSH on %h";  s.instance_templated == true;
//   s.instance_literals == {{0, 7}};   // "SSH on " is literal text
//   s.type->text == "_ssh._tcp";       s.type->span == {3, 19, 3, 28}
//   s.port_number == 22
//
// Values are what the daemon reads (XML entities, C escapes, quotes and
// base64 resolved). When that differs from the bytes in the file, the value
// keeps each byte's file offset, so a finding inside it still lands on the
// right column, and a fix can tell whether the bytes it replaces are written
// verbatim.
#ifndef SVCLINT_LINT_MODEL_SERVICE_CONFIG_H_
#define SVCLINT_LINT_MODEL_SERVICE_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/source_span.h"

namespace svclint {

// A value as the daemon reads it, and where it is written.
struct ConfigValue {
  std::string text;
  // The value as written, possibly over lines: without tags or TOML quotes;
  // a quoted .dnssd word keeps its quotes.
  SourceSpan span;
  // File offset of the first raw byte of the value.
  uint32_t offset = 0;
  // File offset of each byte of `text`, plus one entry for the end, when
  // `text` is not a verbatim copy of the file from `offset` on one line
  // (entities, escapes, continuation lines, decoded binary). Empty in the
  // common, verbatim case.
  std::vector<uint32_t> byte_offsets;

  // For a TXT string: the span whose deletion removes it from the file,
  // separators included (an Avahi <txt-record> line, a TOML list item and
  // its comma, a .dnssd word and its blank), when that is a clean cut.
  std::optional<SourceSpan> element;

  bool verbatim() const { return byte_offsets.empty(); }
  // File offset of byte `i` of `text` (i may be text.size()).
  uint32_t OffsetOfByte(size_t i) const {
    if (verbatim()) return offset + static_cast<uint32_t>(i);
    if (i >= byte_offsets.size()) return byte_offsets.back();
    return byte_offsets[i];
  }
};

// A byte range [begin, end) of a value's text.
struct TextRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

// One TXT record: its strings in order. Avahi and TOML give a service one
// record; each `TxtText=`/`TxtData=` line of a .dnssd unit is a record.
struct ConfigTxtRecord {
  std::vector<ConfigValue> strings;
  SourceSpan span;  // from the first string's element/line to the last
};

struct ConfigSubtype {
  // As written: the full "_printer._sub._http._tcp" (Avahi) or the bare
  // subtype label "_printer" (systemd SubType=, TOML subtypes).
  ConfigValue value;
  bool full = false;
};

// A structural problem a loader found that is not fatal: the daemon (or
// svclint) ignores the field, or the service lacks something it needs.
struct ConfigIssue {
  enum class Kind {
    kUnknownField,  // a key, section or table the format does not define
    kMissingField,  // a required field is absent
    kWrongType,     // TOML: e.g. port = "631"
  };
  Kind kind = Kind::kUnknownField;
  std::string field;  // as the format spells it: "Nmae", "[Unit]", "<type>"
  // kUnknownField: where it was found ("[[service]]", "[Service]", "the top
  // level"). kWrongType: what was expected ("an integer").
  std::string where;
  std::string found;  // kWrongType: what was found ("a string")
  SourceSpan span;    // where it is written, or the service's span
  // kUnknownField: the known field it is likely a typo of ("Name").
  std::string suggestion = {};
};

struct ServiceConfig {
  SourceSpan span;  // <service>, [Service] (the header) or [[service]]
  std::optional<ConfigValue> instance;
  // Whether the instance name holds wildcards (Avahi `%h` with
  // replace-wildcards="yes") or specifiers (systemd `%H`, `%m`, `%%`...):
  // then only `instance_literals`, the byte ranges of literal text, are
  // known before the daemon expands them.
  bool instance_templated = false;
  std::vector<TextRange> instance_literals;
  std::optional<ConfigValue> type;
  std::vector<ConfigSubtype> subtypes;
  // The port as written, and its number when the text is a well-formed
  // integer for the format (any size: the linter checks the range).
  std::optional<ConfigValue> port;
  std::optional<int64_t> port_number;
  std::optional<ConfigValue> domain;    // Avahi <domain-name>
  std::optional<ConfigValue> host;      // Avahi <host-name>
  std::optional<ConfigValue> protocol;  // Avahi protocol="ipv4|ipv6|any"
  std::optional<ConfigValue> priority;  // .dnssd Priority=
  std::optional<ConfigValue> weight;    // .dnssd Weight=
  std::vector<ConfigTxtRecord> txt_records;
};

// What a loader returns for one file.
struct ServiceConfigFile {
  std::vector<ServiceConfig> services;
  std::vector<ConfigIssue> issues;
  // A TOML service list's `consumer` ("avahi", "systemd", "any"); empty
  // elsewhere (the file kind names it).
  std::string consumer;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_SERVICE_CONFIG_H_
