// PR008 secure-insecure-pair: the requested name and a registered one look
// like the secure and insecure variants of one service (`foo`/`foo-tls`,
// `ipp`/`ipps`). RFC 6335 §9 asks that separate assignments for secure and
// insecure variants be avoided; RFC 7605 §7.4 says insecure variants of
// secure services SHOULD be avoided.
//
//   service = "webfoo-tls", with "webfoo" registered -> secure variant
//   service = "turn", with "turns" (TURN over TLS)   -> insecure variant
//
// Affixes are those the registry uses. The ambiguous ones (a bare `s`,
// `sec`, `s-`) also name pairs that are not secure variants (`bootp` and
// `bootps`, `pres` and `press`), so they only count when the secure side's
// description says TLS, SSL, HTTPS, secure or encrypted.
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

struct Affix {
  std::string_view text;
  bool prefix;
  bool ambiguous;  // needs a description that says "secure"
};

constexpr Affix kSecureAffixes[] = {
    {"-tls", false, false},    {"-dtls", false, false}, {"-ssl", false, false},
    {"-secure", false, false}, {"-sec", false, false},  {"-s", false, false},
    {"secure-", true, false},  {"s", false, true},      {"sec", false, true},
    {"s-", true, true},
};

// Whether `description` says the service is secured: TLS, SSL, HTTPS,
// "secure" (not "insecure") or "encrypted".
bool SaysSecure(std::string_view description) {
  const std::string lower = AsciiLower(description);
  for (std::string_view word : {"tls", "ssl", "https", "encrypt"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  // "secure", "secured", but not "insecure" nor "security" ("Network
  // Security Service" is not the secure variant of "ns").
  for (size_t at = lower.find("secure"); at != std::string::npos;
       at = lower.find("secure", at + 1)) {
    if (at < 2 || lower.compare(at - 2, 2, "in") != 0) return true;
  }
  return false;
}

bool AnyRecordSaysSecure(const Registry& registry, std::string_view name) {
  for (uint32_t i : registry.FindByName(name)) {
    if (SaysSecure(registry.record(i).description)) return true;
  }
  return false;
}

std::string_view RegisteredSpelling(const Registry& registry,
                                    std::string_view name) {
  const auto found = registry.FindByName(name);
  return found.empty() ? name : registry.record(found.front()).name;
}

}  // namespace

void CheckSecureInsecurePair(const Request& request, CheckContext& ctx) {
  if (ctx.registry == nullptr) return;
  const Registry& registry = *ctx.registry;
  const std::string_view name = ServiceName(request);
  if (name.empty()) return;
  const RequestValue& value = request.service->value;
  const std::string lower = AsciiLower(StripAsciiWhitespace(name));
  const RequestValue* description = StringField(request.description);
  const bool request_says_secure =
      description != nullptr && SaysSecure(description->text);

  std::vector<std::string> reported;
  auto report = [&](std::string_view other, std::string_view variant) {
    const std::string key = AsciiLower(other);
    if (key == lower) return;
    for (const std::string& seen : reported) {
      if (seen == key) return;
    }
    reported.push_back(key);
    ctx.sink.Report(
        RuleId::kPR008, value.TextSpan(),
        {{"name", name}, {"other", RegisteredSpelling(registry, other)}}, {},
        variant);
  };

  for (const Affix& affix : kSecureAffixes) {
    // The request as the secure variant of a registered insecure service.
    const bool has_affix = lower.size() >= affix.text.size() + 2 &&
                           (affix.prefix ? lower.starts_with(affix.text)
                                         : lower.ends_with(affix.text));
    if (has_affix) {
      const std::string base =
          affix.prefix ? lower.substr(affix.text.size())
                       : lower.substr(0, lower.size() - affix.text.size());
      if (registry.ContainsName(base) &&
          (!affix.ambiguous || request_says_secure)) {
        report(base, "");
      }
    }
    // The request as the insecure variant of a registered secure service.
    const std::string secure = affix.prefix ? std::string(affix.text) + lower
                                            : lower + std::string(affix.text);
    if (registry.ContainsName(secure) &&
        (!affix.ambiguous || AnyRecordSaysSecure(registry, secure))) {
      report(secure, "insecure-of-secure");
    }
  }
}

}  // namespace svclint
