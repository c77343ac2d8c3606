// The entry points of the name, type, instance and TXT checks. Every input
// shape funnels into these; the CLI (`svclint check`) and the config
// linters (Avahi, systemd .dnssd, TOML service lists, requests) call them
// with the position of the value's first byte, and findings land on the
// exact bytes.
//
//   CheckServiceType("_daap._http._tcp", Anchor{3, 9}, ctx);
//   // ST003 at 3:9-3:14: '_daap' comes before the service label '_http'
//
// Each function parses once, computes the facts its rules need in one pass,
// and runs the rule tables generated from rules/*.toml (each rule's
// `input`: svclint/rules_{name,type,instance,txt_string,txt,domain}.h).
// Every problem is reported, each at the byte column where it starts. On a
// clean input nothing is allocated. The registry-aware rules (SN007, ST007,
// ST008, TX008) are in the same tables and read `ctx.registry`.
//
// When custom rules are configured, the values seen are published through
// DiagnosticSink::Field(): "service.name", "service.type",
// "service.subtype", "service.instance", "txt.key", "txt.value".
#ifndef SVCLINT_LINT_RULES_CHECKS_H_
#define SVCLINT_LINT_RULES_CHECKS_H_

#include <span>
#include <string_view>

#include "lint/base/source_span.h"
#include "lint/model/txt_record.h"
#include "lint/rules/check_context.h"
#include "lint/rules/domain/domain_facts.h"

namespace svclint {

enum class InputKind { kName, kType, kSubtype, kInstance, kTxt };

// How `svclint check` reads an input when --as does not say:
//   - contains "._sub." (any case)                     -> kSubtype
//   - one label: "_http" -> kType (a service label without its protocol),
//     anything else ("http", "whois++", "")            -> kName
//   - first label starts with '_' ("_http._tcp", "_foo._sctp",
//     "_services._dns-sd._udp")                         -> kType
//   - a DNS-SD meta-query ("b._dns-sd._udp")            -> kType
//   - a label without underscore before "_x._tcp" or "_x._udp" (the first
//     such protocol label at index >= 2), or before any "_x" label when
//     there is no protocol label ("Printer._ipp._sctp") -> kInstance
//   - "http._tcp", "http.tcp": a type missing underscores -> kType
//   - anything else ("foo.bar", "1.0")                  -> kName
// Labels are split at unescaped dots, so `My\.Printer._ipp._tcp` is an
// instance name.
InputKind ClassifyInput(std::string_view input);

// A bare service name (RFC 6335 §5.1): "http", "acmaint_dbd".
void CheckServiceName(std::string_view name, Anchor at, CheckContext& ctx);

// A service type or subtype, optionally with a domain (RFC 6763 §7, §7.1):
// "_http._tcp", "_ipp._tcp.local.", "_printer._sub._http._tcp". The SN
// rules run on the service label's name, at its own columns.
void CheckServiceType(std::string_view type, Anchor at, CheckContext& ctx);

// A service instance name in presentation form (RFC 6763 §4.1, §4.3):
// "My\.Printer._ipp._tcp.local.". The SI rules run on the instance label
// (escapes decoded), the type and name rules on the rest.
void CheckInstanceName(std::string_view instance, Anchor at, CheckContext& ctx);

// A bare instance label as a config holds it ("Office Printer", Avahi
// `<name>`): every byte is literal, nothing is unescaped.
void CheckInstanceLabel(std::string_view label, Anchor at, CheckContext& ctx);

// A bare subtype label as systemd `SubType=` and TOML `subtypes` hold it
// ("_printer"): 1 to 63 bytes (RFC 6763 §7.1).
void CheckSubtypeLabel(std::string_view label, Anchor at, CheckContext& ctx);

// One input read as `kind` (a TXT input is a record of one string).
void CheckAs(std::string_view input, InputKind kind, Anchor at,
             CheckContext& ctx);

// A domain (Avahi <domain-name>) or host name (<host-name>) in
// presentation form: ST010 for empty labels and bad escapes (and, for a
// host, characters outside RFC 1123's letters, digits and '-'), ST005 for
// a label over 63 bytes, ST006 for a name over 255.
void CheckDomainName(std::string_view name, Anchor at, DomainKind kind,
                     CheckContext& ctx);

// The strings of one TXT record (RFC 6763 §6). `record_span` covers the
// whole record (TX006, TX011 report there); `service` names the service
// whose record it is ("ipp"), when known, for the registry's TXT keys.
void CheckTxtRecord(std::span<const TxtString> strings, CheckContext& ctx,
                    SourceSpan record_span, std::string_view service = {});

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CHECKS_H_
