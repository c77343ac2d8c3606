// A DNS-SD name taken apart: which label is the instance, the subtype, the
// service, the protocol and the domain (RFC 6763 §4.1, §7, §7.1).
//
//   "_printer._sub._http._tcp.local."
//    subtype   sub  service protocol domain
//
// Labels that have no place in the shape are kept with a role that says
// why (a nested protocol, a misplaced `_sub`, ...), so every rule can report
// what concerns it. Built by ParseDnssdName (lint/parse/dnssd_name.h).
#ifndef SVCLINT_LINT_MODEL_DNSSD_NAME_H_
#define SVCLINT_LINT_MODEL_DNSSD_NAME_H_

#include <cstdint>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "lint/model/dns_name.h"
#include "lint/model/transport.h"

namespace svclint {

enum class LabelRole : uint8_t {
  kInstance,   // the instance label (several when a dot was not escaped)
  kSubtype,    // "_printer" in _printer._sub._http._tcp
  kSub,        // the "_sub" label in its place
  kService,    // "_http": underscore and service name
  kProtocol,   // "_tcp", "_udp", or what stands where they belong
  kDomain,     // "local", "example", "com"
  kMetaQuery,  // "_services._dns-sd._udp", "b._dns-sd._udp" (RFC 6763 §9, §11)
  kNested,     // "_daap" in _daap._http._tcp: protocols do not nest
  kStray,      // "Printer" in Printer._ipp._tcp read as a type
  kMisplacedSub,      // a "_sub" anywhere but before the service label
  kRepeatedProtocol,  // "_udp" in _http._tcp._udp
};

struct DnssdName {
  DnsName dns;                              // the labels, offsets and escapes
  absl::InlinedVector<LabelRole, 6> roles;  // one per label

  bool with_instance = false;  // read as <Instance>.<Service>.<Domain>
  int service = -1;            // index of the service label, or -1
  int protocol = -1;           // index of the protocol label, or -1
  int sub = -1;                // index of the well-placed "_sub", or -1
  int instance_end = 0;        // labels [0, instance_end) are the instance
  bool meta_query = false;     // a DNS-SD meta-query, not a service type
  // kTcp or kUdp when the protocol label is exactly _tcp or _udp.
  Transport transport = Transport::kNone;

  size_t size() const { return dns.labels.size(); }
  std::string_view LabelText(size_t i) const { return dns.LabelText(i); }
  LabelRole role(size_t i) const { return roles[i]; }

  bool missing_service() const { return service < 0; }
  bool missing_protocol() const { return protocol < 0; }

  // The subtype labels [begin, end): empty when `sub` is the first label.
  int subtype_begin() const { return 0; }
  int subtype_end() const { return sub; }

  // Offset of the service name's first byte in the text: the service
  // label without its underscore.
  uint32_t ServiceNameOffset() const {
    const DnsLabel& label = dns.labels[service];
    const bool underscore = label.size > 0 && dns.text[label.offset] == '_';
    return label.offset + (underscore ? 1 : 0);
  }
  // The service name ("http" for "_http"); empty when there is none.
  std::string_view ServiceName() const {
    if (service < 0) return {};
    const uint32_t begin = ServiceNameOffset();
    const DnsLabel& label = dns.labels[service];
    return dns.text.substr(begin, label.offset + label.size - begin);
  }
  // The text of labels [begin, end), dots included.
  std::string_view LabelsText(int begin, int end) const {
    if (begin >= end) return {};
    const DnsLabel& last = dns.labels[end - 1];
    const uint32_t from = dns.labels[begin].offset;
    return dns.text.substr(from, last.offset + last.size - from);
  }
};

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_DNSSD_NAME_H_
