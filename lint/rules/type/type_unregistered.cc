// ST007 type-unregistered: RFC 6335 §5.2 — service names used with DNS-SD
// SHOULD be registered with IANA. Only well-formed names are looked up: a
// name the SN rules already reject can never be registered, so saying so
// twice would be noise. Nor are the types a specification fixes and
// clients browse for (types_in_use.cc): their users cannot rename them.
//
//   _myapp._tcp  -> "service name 'myapp' is not in the IANA ... Registry"
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

}  // namespace

void CheckTypeUnregistered(const TypeFacts& type, CheckContext& ctx) {
  const DnssdName& d = type.name;
  if (ctx.registry == nullptr || d.meta_query || d.service < 0) return;
  const std::string_view name = d.ServiceName();
  if (!WellFormed(name) || ctx.registry->ContainsName(name)) return;
  if (FindTypeInUse(name, d.transport) != nullptr) return;
  const uint32_t begin = d.ServiceNameOffset();
  ctx.sink.Report(RuleId::kST007, SpanAt(type.at, begin, name.size()),
                  {{"name", InputText(name)}});
}

}  // namespace svclint
