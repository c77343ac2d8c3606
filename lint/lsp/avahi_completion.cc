#include "lint/lsp/avahi_completion.h"

#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "lint/base/strings.h"

namespace svclint::lsp {
namespace {

constexpr size_t npos = std::string_view::npos;

// The DTD's content models, as data.
struct Child {
  std::string_view name;
  bool once;  // at most one (the DTD's plain or '?' particle)
  std::string_view detail;
};
struct Element {
  std::string_view parent;  // "" for the document's root
  Child child;
};
constexpr Element kElements[] = {
    {"", {"service-group", true, "the file's one root element"}},
    {"service-group",
     {"name", true,
      "the instance name (%h: the host name, with "
      "replace-wildcards=\"yes\")"}},
    {"service-group", {"service", false, "one service: type, port, ..."}},
    {"service", {"type", true, "the service type, e.g. _http._tcp"}},
    {"service", {"subtype", false, "a subtype, e.g. _printer._sub._http._tcp"}},
    {"service", {"domain-name", true, "the domain to publish in (optional)"}},
    {"service", {"host-name", true, "the host that offers it (optional)"}},
    {"service", {"port", true, "the port, 0-65535"}},
    {"service", {"txt-record", false, "one TXT string, key=value"}},
};

struct Attribute {
  std::string_view element;
  std::string_view name;
  std::string_view values[3];
  std::string_view detail;
};
constexpr Attribute kAttributes[] = {
    {"name",
     "replace-wildcards",
     {"yes", "no"},
     "yes: %h in the name becomes the host name (default no)"},
    {"service",
     "protocol",
     {"ipv4", "ipv6", "any"},
     "the address family to publish on (default any)"},
    {"txt-record",
     "value-format",
     {"text", "binary-hex", "binary-base64"},
     "how the value is written (default text)"},
};

struct Open {
  std::string name;
  std::vector<std::string> children;  // the elements it holds so far
};

bool IsNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
}

std::string_view NameAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsNameByte(s[j])) ++j;
  return s.substr(i, j - i);
}

// The elements open at the end of `text` (complete tags only), root first.
std::vector<Open> OpenElements(std::string_view text) {
  std::vector<Open> stack;
  for (size_t i = text.find('<'); i != npos; i = text.find('<', i + 1)) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("<!--")) {
      i = text.find("-->", i + 4);
      if (i == npos) break;
      continue;
    }
    const size_t close = text.find('>', i);
    if (close == npos) break;  // the tag being typed
    if (rest.starts_with("<?") || rest.starts_with("<!")) {
      i = close;
      continue;
    }
    if (rest.starts_with("</")) {
      const std::string_view name = NameAt(text, i + 2);
      if (!stack.empty() && stack.back().name == name) stack.pop_back();
    } else {
      const std::string_view name = NameAt(text, i + 1);
      if (name.empty()) {  // "<>", "< x>": no element
        i = close;
        continue;
      }
      if (!stack.empty()) stack.back().children.emplace_back(name);
      if (text[close - 1] != '/') stack.push_back({std::string(name), {}});
    }
    i = close;
  }
  return stack;
}

void AddItem(Completions& out, std::string_view label,
             std::string_view detail) {
  out.items.push_back({std::string(label), std::string(detail),
                       absl::StrFormat("%05d", out.items.size())});
}

}  // namespace

std::optional<Completions> CompleteAvahiMarkup(std::string_view text_before) {
  // In a comment: no markup.
  const size_t comment = text_before.rfind("<!--");
  if (comment != npos && text_before.find("-->", comment + 4) == npos) {
    return std::nullopt;
  }
  const size_t lt = text_before.rfind('<');
  if (lt == npos) return std::nullopt;
  const std::string_view tag = text_before.substr(lt);
  if (tag.find('>') != npos || tag.starts_with("<!") || tag.starts_with("<?")) {
    return std::nullopt;
  }
  const std::vector<Open> open = OpenElements(text_before.substr(0, lt));
  Completions out;
  if (tag.starts_with("</")) {
    if (!open.empty() &&
        StartsWithIgnoreCase(open.back().name, tag.substr(2))) {
      AddItem(out, open.back().name, "closes the open element");
    }
    return out;
  }
  const std::string_view element = NameAt(tag, 1);
  if (1 + element.size() == tag.size()) {  // typing the element's name
    const std::string_view parent =
        open.empty() ? std::string_view() : open.back().name;
    for (const Element& e : kElements) {
      if (e.parent != parent || !StartsWithIgnoreCase(e.child.name, element)) {
        continue;
      }
      bool held = false;
      if (!open.empty()) {
        for (const std::string& c : open.back().children) {
          held = held || c == e.child.name;
        }
      }
      if (e.child.once && held) continue;
      AddItem(out, e.child.name, e.child.detail);
    }
    return out;
  }
  // Inside the tag, after its name: an attribute, or an attribute's value.
  size_t quotes = 0;
  for (char c : tag) quotes += c == '"' || c == '\'';
  for (const Attribute& a : kAttributes) {
    if (a.element != element) continue;
    if (quotes % 2 == 1) {  // in a value: which attribute's?
      const size_t q = tag.find_last_of("\"'");
      std::string_view lead = StripAsciiWhitespace(tag.substr(0, q));
      if (!lead.ends_with('=')) return out;
      lead = StripAsciiWhitespace(lead.substr(0, lead.size() - 1));
      if (!lead.ends_with(a.name)) return out;
      const std::string_view typed = tag.substr(q + 1);
      for (std::string_view v : a.values) {
        if (!v.empty() && StartsWithIgnoreCase(v, typed)) {
          AddItem(out, v, a.detail);
        }
      }
      return out;
    }
    size_t word = tag.size();
    while (word > 0 && IsNameByte(tag[word - 1])) --word;
    const std::string_view typed = tag.substr(word);
    const bool after_blank =
        word > 0 && (tag[word - 1] == ' ' || tag[word - 1] == '\t' ||
                     tag[word - 1] == '\n');
    if (after_blank && tag.find(a.name) == npos &&
        StartsWithIgnoreCase(a.name, typed)) {
      AddItem(out, a.name, a.detail);
    }
  }
  return out;
}

}  // namespace svclint::lsp
