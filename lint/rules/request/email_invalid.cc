// RQ005 email-invalid: an assignee or contact email that is not a bare
// address `local@domain` (RFC 5322 §3.4.1 addr-spec, dot-atom form). IANA
// writes to these addresses (RFC 6335 §8.1.1), so a display name, a
// mailto: link or a "(at)" spelling is flagged.
//
//   email = "Jane <jane@example.com>"   -> "... is not an email address:
//                                           it holds more than the address"
#include <optional>
#include <string_view>

#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// RFC 5322 §3.2.3 atext, plus non-ASCII bytes (RFC 6531 addresses).
bool IsAtext(char c) {
  static constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~";
  return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80 ||
         kSpecials.find(c) != std::string_view::npos;
}

// dot-atom: atext runs separated by single dots.
bool IsDotAtom(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.') {
      if (s[i + 1] == '.') return false;
    } else if (!IsAtext(s[i])) {
      return false;
    }
  }
  return true;
}

// A host name of two or more labels: letters, digits, hyphens (and
// non-ASCII bytes for IDNs), no label empty or edged with a hyphen.
std::optional<std::string_view> DomainProblem(std::string_view domain) {
  if (domain.empty()) return "nothing after '@'";
  if (domain.find('.') == std::string_view::npos) {
    return "the domain has no dot";
  }
  if (domain.size() > 253) return "the domain is longer than 253 bytes";
  size_t start = 0;
  while (start <= domain.size()) {
    size_t end = domain.find('.', start);
    if (end == std::string_view::npos) end = domain.size();
    const std::string_view label = domain.substr(start, end - start);
    if (label.empty()) return "the domain has an empty label";
    if (label.size() > 63) return "a domain label is longer than 63 bytes";
    if (label.front() == '-' || label.back() == '-') {
      return "a domain label begins or ends with '-'";
    }
    for (char c : label) {
      if (!IsAlnum(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) {
        return "the domain has a character other than letters, digits, "
               "'-' and '.'";
      }
    }
    start = end + 1;
  }
  return std::nullopt;
}

// Why `email` is not an address, or nullopt when it is one.
std::optional<std::string_view> EmailProblem(std::string_view email) {
  if (StripAsciiWhitespace(email).size() != email.size()) {
    return "it has spaces around it";
  }
  if (StartsWithIgnoreCase(email, "mailto:")) return "it is a mailto: link";
  if (email.find_first_of("<>") != std::string_view::npos) {
    return "it holds more than the address (a name or angle brackets)";
  }
  if (email.find_first_of(",; ") != std::string_view::npos) {
    return "it holds spaces or more than one address";
  }
  const size_t at = email.find('@');
  if (at == std::string_view::npos) return "there is no '@'";
  if (email.find('@', at + 1) != std::string_view::npos) {
    return "there is more than one '@'";
  }
  const std::string_view local = email.substr(0, at);
  if (local.empty()) return "nothing before '@'";
  if (local.size() > 64) return "the part before '@' is over 64 bytes";
  if (!IsDotAtom(local)) {
    return "the part before '@' has a character or dot that is not allowed";
  }
  return DomainProblem(email.substr(at + 1));
}

void CheckParty(const std::optional<RequestField>& party,
                std::string_view field_name, CheckContext& ctx) {
  if (!party.has_value() || party->value.kind != ValueKind::kTable) return;
  const RequestValue* email = StringField(party->Find("email"));
  if (email == nullptr || IsBlank(email->text)) return;  // RQ001 / RQ010
  if (const auto problem = EmailProblem(email->text)) {
    ctx.sink.Report(
        RuleId::kRQ005, email->TextSpan(),
        {{"field", field_name}, {"email", email->text}, {"reason", *problem}});
  }
}

}  // namespace

void CheckEmailInvalid(const Request& request, CheckContext& ctx) {
  CheckParty(request.assignee, "assignee.email", ctx);
  CheckParty(request.contact, "contact.email", ctx);
}

}  // namespace svclint
