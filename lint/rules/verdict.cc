#include "lint/rules/verdict.h"

#include <array>
#include <cstdint>

#include "lint/base/strings.h"
#include "lint/diag/rule_policy.h"
#include "lint/diag/sink.h"
#include "lint/rules/checks.h"

namespace svclint {
namespace {

constexpr size_t kMaxName = 15;   // RFC 6335 §5.1
constexpr size_t kMaxLabel = 63;  // RFC 1035 §2.3.4
constexpr size_t kMaxWire = 255;  // RFC 1035 §2.3.4

enum : uint8_t { kLetter = 1, kHyphen = 2, kInvalid = 4, kStop = 8 };

// Service name bytes (RFC 6335 §5.1); '.' and '\\' end a label's plain
// bytes, and are invalid in a name.
constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kInvalid;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = 0;
  t['-'] = kHyphen;
  t['.'] = kInvalid | kStop;
  t['\\'] = kInvalid | kStop;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

// "_tcp" or "_udp", any case: what ParseDnssdName takes as the protocol
// (ProtocolOf in lint/parse/dnssd_name.h), answered in line: this check
// runs per label, and the call and the case-folding loop cost the invalid
// names 40 % of their speed. Setting bit 5 lower-cases a letter, and only 'T'
// and 't' become 't' (and so on for c, p, u, d), so the comparison stays exact.
bool IsProtocol(std::string_view label) {
  if (label.size() != 4 || label[0] != '_') return false;
  const auto lower = [&](size_t i) { return label[i] | 0x20; };
  return (lower(1) == 't' && lower(2) == 'c' && lower(3) == 'p') ||
         (lower(1) == 'u' && lower(2) == 'd' && lower(3) == 'p');
}

bool IsSub(std::string_view label) {
  return label.size() == 4 && label[0] == '_' && (label[1] | 0x20) == 's' &&
         (label[2] | 0x20) == 'u' && (label[3] | 0x20) == 'b';
}

// The label up to the next dot at or after `pos`; `pos` moves past the
// dot, or to npos after the last label.
std::string_view NextLabel(std::string_view text, size_t& pos) {
  const size_t dot = text.find('.', pos);
  const size_t end = dot == std::string_view::npos ? text.size() : dot;
  const std::string_view label = text.substr(pos, end - pos);
  pos = dot == std::string_view::npos ? dot : dot + 1;
  return label;
}

// The full checks decide what the single pass does not read (escapes).
bool HasNoErrorFinding(std::string_view type) {
  static const RulePolicy* const kDefaults = new RulePolicy();
  DiagnosticSink sink("", *kDefaults);
  CheckContext ctx{sink, nullptr};
  CheckServiceType(type, Anchor{1, 1}, ctx);
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.severity == Severity::kError) return false;
  }
  return true;
}

// The labels after the protocol, `wire` bytes so far: none empty (ST003)
// or over 63 bytes (ST005), no second protocol (ST003) or misplaced _sub
// (ST004), and the whole name at most 255 bytes on the wire (ST006).
// `rest` is what follows the protocol label: empty, or a dot and the
// labels, without the root's trailing dot.
bool DomainIsValid(std::string_view rest, size_t wire) {
  if (rest.empty()) return wire <= kMaxWire;
  const std::string_view domain = rest.substr(1);
  size_t pos = 0;
  while (pos != std::string_view::npos) {
    const std::string_view label = NextLabel(domain, pos);
    wire += 1 + label.size();
    if (label.empty() || label.size() > kMaxLabel || IsProtocol(label) ||
        IsSub(label)) {
      return false;
    }
  }
  return wire <= kMaxWire;
}

}  // namespace

bool IsValidServiceName(std::string_view name) {
  if (name.empty() || name.size() > kMaxName) return false;     // SN001, SN002
  if (name.front() == '-' || name.back() == '-') return false;  // SN005
  uint8_t all = 0;
  uint8_t prev = 0;
  for (const char c : name) {
    const uint8_t cls = kClass[static_cast<uint8_t>(c)];
    if (prev & cls & kHyphen) return false;  // SN006
    all |= cls;
    prev = cls;
  }
  return !(all & kInvalid) && (all & kLetter);  // SN003, SN004
}

// Mirrors ParseDnssdName's reading of an unescaped type (see
// lint/parse/dnssd_name.h), keeping only what makes an error: the
// protocol is the first _tcp/_udp label; before it come the service label
// and at most `<subtype>._sub`; after it only domain labels.
bool IsValidServiceType(std::string_view type) {
  if (type.empty()) return false;  // SN001
  if (type[0] == '_') {
    // The common shape, "_name._tcp[.domain]", in one pass: the name's
    // bytes are classified as they go by.
    const size_t n = type.size();
    size_t i = 1;
    uint8_t all = 0, prev = 0, doubled = 0;
    for (; i < n; ++i) {
      const uint8_t cls = kClass[static_cast<uint8_t>(type[i])];
      if (cls & kStop) break;
      doubled |= prev & cls;
      all |= cls;
      prev = cls;
    }
    if (i < n && type[i] == '.' && IsProtocol(type.substr(i + 1, 4)) &&
        (i + 5 == n || type[i + 5] == '.')) {
      const std::string_view label = type.substr(0, i);
      if (IsProtocol(label) || IsSub(label)) return false;  // ST003
      const std::string_view name = label.substr(1);
      if (name.empty() || name.size() > kMaxName || (all & kInvalid) ||
          !(all & kLetter) || (doubled & kHyphen) || name.front() == '-' ||
          name.back() == '-') {
        return false;  // SN001-SN006
      }
      std::string_view rest = type.substr(i + 5);
      if (rest.find('\\') == std::string_view::npos) {
        if (rest == ".") {
          rest = {};  // "_http._tcp.": absolute, no domain
        } else if (!rest.empty() && rest.back() == '.') {
          rest.remove_suffix(1);  // the root's dot: "_http._tcp.local."
        }
        return DomainIsValid(rest, /*wire=*/1 + (1 + i) + 5);
      }
    }
  }
  if (type.find('\\') != std::string_view::npos || type == ".") {
    return HasNoErrorFinding(type);
  }
  std::string_view text = type;
  if (text.back() == '.') text.remove_suffix(1);  // absolute: no root label

  // The labels before the protocol. Four or more, or no protocol label at
  // all, is always an error (a nested or stray label, or ST003's missing
  // protocol), so three slots are enough.
  std::array<std::string_view, 3> before;
  size_t count = 0;
  size_t wire = 1;  // the root's zero byte
  size_t pos = 0;
  while (true) {
    if (pos == std::string_view::npos) return false;  // no _tcp/_udp
    const std::string_view label = NextLabel(text, pos);
    wire += 1 + label.size();
    if (IsProtocol(label)) break;
    if (count == before.size()) return false;
    before[count++] = label;
  }
  // One label: the service. Three: `<subtype>._sub.<service>`, where the
  // subtype label is 1-63 bytes (ST004), and may itself read "_sub": the
  // marker is the `_sub` next to the service (RFC 6763 §7.1). None is a
  // missing service, two a nested label (both ST003).
  if (count == 3) {
    const std::string_view subtype = before[0];
    if (!IsSub(before[1]) || subtype.empty() || subtype.size() > kMaxLabel) {
      return false;
    }
  } else if (count != 1) {
    return false;
  }
  const std::string_view service = before[count - 1];
  // ST001 (no underscore), ST003 (no service label), SN001-SN006.
  if (service.empty() || service[0] != '_' || IsSub(service) ||
      !IsValidServiceName(service.substr(1))) {
    return false;
  }
  return DomainIsValid(
      pos == std::string_view::npos ? std::string_view() : text.substr(pos - 1),
      wire);
}

}  // namespace svclint
