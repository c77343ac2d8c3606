// ST010 domain-malformed, with ST005 and ST006, on the domain and host
// names of a service config (Avahi <domain-name>, <host-name>):
//
//   exa..mple.com   -> ST010 empty label at column 5            [5, 6)
//   lo\cal          -> ST010 invalid escape '\c'                [3, 5)
//   bad host.local  -> ST010 (warning) ' ' at column 4          [4, 5)
//   -printer.local  -> ST010 (warning) label begins with '-'    [1, 9)
//   <64 bytes>.com  -> ST005;  a name over 255 bytes -> ST006
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lint/parse/dns_name.h"
#include "lint/rules/name/name_facts.h"
#include "lint/rules/rule_text.h"
#include "svclint/rules_domain.h"

namespace svclint {
namespace {

constexpr uint32_t kMaxLabel = 63;
constexpr uint32_t kMaxName = 255;

// RFC 1123 §2.1 on one label as written: one finding per run of other
// bytes, and one for a hyphen at either end.
void CheckHostLabel(const DnsName& name, size_t i, Anchor at,
                    const std::string& shown, CheckContext& ctx) {
  const std::string_view label = name.LabelText(i);
  const uint32_t offset = name.labels[i].offset;
  for (size_t j = 0; j < label.size();) {
    if (IsServiceNameChar(label[j])) {
      ++j;
      continue;
    }
    size_t end = j;
    while (end < label.size() && !IsServiceNameChar(label[end])) ++end;
    ctx.sink.Report(RuleId::kST010, SpanAt(at, offset + j, end - j),
                    {{"name", shown},
                     {"char", Printable(label.substr(j, end - j))},
                     {"column", ColumnText(at, offset + j)}},
                    {}, "host-char");
    j = end;
  }
  if (!label.empty() && (label.front() == '-' || label.back() == '-')) {
    ctx.sink.Report(RuleId::kST010, SpanAt(at, offset, label.size()),
                    {{"label", Printable(label)}}, {}, "host-hyphen");
  }
}

}  // namespace

void CheckDomainMalformed(const DomainFacts& domain, CheckContext& ctx) {
  const std::string_view text = domain.text;
  const Anchor at = domain.at;
  const DomainKind kind = domain.kind;
  if (text.empty()) return;
  const DnsName name = ParseDnsName(text);
  const std::string shown = Printable(text);
  const std::string_view what =
      kind == DomainKind::kHost ? "host name" : "domain";
  for (size_t i = 0; i < name.labels.size(); ++i) {
    const DnsLabel& label = name.labels[i];
    if (label.size == 0) {
      // The dot that ends the empty label, or the one before it.
      const uint32_t dot =
          label.offset < text.size() ? label.offset : label.offset - 1;
      ctx.sink.Report(
          RuleId::kST010, SpanAt(at, dot, 1),
          {{"what", what}, {"name", shown}, {"column", ColumnText(at, dot)}});
      continue;
    }
    if (label.wire_size > kMaxLabel) {
      ctx.sink.Report(RuleId::kST005, SpanAt(at, label.offset, label.size),
                      {{"label", Printable(name.LabelText(i))},
                       {"length", absl::StrCat(label.wire_size)}});
    }
    // A label with a bad escape has its finding already.
    const bool bad_escape =
        std::any_of(name.bad_escapes.begin(), name.bad_escapes.end(),
                    [&](const BadEscape& e) {
                      return e.offset >= label.offset &&
                             e.offset < label.offset + label.size;
                    });
    if (kind == DomainKind::kHost && !bad_escape) {
      CheckHostLabel(name, i, at, shown, ctx);
    }
  }
  for (const BadEscape& e : name.bad_escapes) {
    ctx.sink.Report(RuleId::kST010, SpanAt(at, e.offset, e.size),
                    {{"escape", Printable(text.substr(e.offset, e.size))},
                     {"column", ColumnText(at, e.offset)},
                     {"what", what},
                     {"name", shown}},
                    {}, "bad-escape");
  }
  if (name.wire_size > kMaxName) {
    ctx.sink.Report(RuleId::kST006, SpanAt(at, 0, text.size()),
                    {{"length", absl::StrCat(name.wire_size)}});
  }
}

}  // namespace svclint
