// ST007 type-unregistered: RFC 6335 §5.2 — service names used with DNS-SD
// SHOULD be registered with IANA. Only well-formed names are looked up: a
// name the SN rules already reject can never be registered, so saying so
// twice would be noise. Nor are the types a specification fixes and
// clients browse for (types_in_use.cc): their users cannot rename them.
//
//   _myapp._tcp     -> "service name 'myapp' is not in the IANA ... Registry"
//   _kpasswd5._udp  -> "... Registry; did you mean 'kpasswd'?"
#include "lint/base/strings.h"
#include "lint/registry/registry.h"
#include "lint/rules/name/name_facts.h"
#include "lint/rules/rule_text.h"
#include "lint/rules/type/type_rules.h"
#include "lint/rules/type/types_in_use.h"

namespace svclint {

namespace {

bool WellFormed(std::string_view name) {
  if (name.empty() || name.size() > 15) return false;
  for (char c : name) {
    if (!IsServiceNameChar(c)) return false;
  }
  return true;
}

// A registered name that `name` is most likely a slip of: the name without
// its trailing version digits (kpasswd5 -> kpasswd), the daemon's name for
// the service (memcached -> memcache, sshd -> ssh) or a plural (printers ->
// printer). One lookup, and only for a name already unregistered; empty
// when the candidate is not registered either.
std::string_view NearMiss(std::string_view name, const Registry& registry) {
  std::string_view stem = name;
  while (!stem.empty() && stem.back() >= '0' && stem.back() <= '9') {
    stem.remove_suffix(1);
  }
  if (stem.size() == name.size()) {  // no version: a trailing d or s, then
    const char last = AsciiToLower(stem.back());
    if (last != 'd' && last != 's') return {};
    stem.remove_suffix(1);
  }
  if (stem.size() >= 2 && stem.back() != '-' && registry.ContainsName(stem)) {
    return stem;
  }
  return {};
}

}  // namespace

void CheckTypeUnregistered(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (ctx.registry == nullptr || d.meta_query || d.service < 0) return;
  const std::string_view name = d.ServiceName();
  if (!WellFormed(name) || ctx.registry->ContainsName(name)) return;
  if (FindTypeInUse(name, d.transport) != nullptr) return;
  const uint32_t begin = d.ServiceNameOffset();
  const SourceSpan span = SpanAt(type.at, begin, name.size());
  if (const std::string_view registered = NearMiss(name, *ctx.registry);
      !registered.empty()) {
    ctx.sink.Report(
        RuleId::kST007, span,
        {{"name", InputText(name)}, {"registered", InputText(registered)}}, {},
        "near-miss");
    return;
  }
  ctx.sink.Report(RuleId::kST007, span, {{"name", InputText(name)}});
}

}  // namespace svclint
