#include "lint/parse/avahi_service.h"

#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/config_value.h"
#include "lint/parse/text_positions.h"
#include "pugixml.hpp"

namespace svclint {
namespace {

// Reads one entity reference at content[i] == '&'. Returns its length and
// fills `out`, or 0 when it is not one pugixml decodes (then '&' is text).
size_t ReadEntity(std::string_view content, size_t i, std::string& out) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"&lt;", '<'},
      {"&gt;", '>'},
      {"&amp;", '&'},
      {"&apos;", '\''},
      {"&quot;", '"'}};
  const std::string_view rest = content.substr(i);
  for (const auto& [name, c] : kNamed) {
    if (rest.substr(0, name.size()) == name) {
      out.assign(1, c);
      return name.size();
    }
  }
  if (rest.substr(0, 2) != "&#") return 0;
  const bool hex = rest.size() > 2 && rest[2] == 'x';
  size_t j = hex ? 3 : 2;
  uint32_t cp = 0;
  const size_t digits_begin = j;
  for (; j < rest.size() && j < 16; ++j) {
    const char c = rest[j];
    int d = -1;
    if (c >= '0' && c <= '9') d = c - '0';
    if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    if (d < 0) break;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (j == digits_begin || j >= rest.size() || rest[j] != ';') return 0;
  out.clear();
  AppendUtf8(cp, out);
  return j + 1;
}

// Decodes raw character data from content[i] the way pugixml does
// (entities, CR LF and lone CR -> LF), up to `stop` ('<' for PCDATA; the
// caller bounds CDATA). Returns the offset just past the data.
size_t DecodeText(std::string_view content, size_t i, size_t limit,
                  bool entities, ValueBuilder& b) {
  std::string entity;
  while (i < limit) {
    const char c = content[i];
    if (entities && c == '<') break;
    if (entities && c == '&') {
      if (const size_t n = ReadEntity(content, i, entity); n > 0) {
        b.Append(entity, i);
        i += n;
        continue;
      }
    }
    if (c == '\r') {
      b.Append('\n', i);
      i += (i + 1 < limit && content[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    b.Append(c, i);
    ++i;
  }
  return i;
}

class AvahiLoader {
 public:
  AvahiLoader(std::string_view path, std::string_view content)
      : path_(path), content_(content), positions_(content) {}

  absl::StatusOr<ServiceConfigFile> Load();

 private:
  absl::Status Error(size_t offset, std::string_view reason) const {
    return positions_.Error(path_, offset, reason);
  }
  // Offset of the '<' that opens `element`.
  size_t ElementOffset(const pugi::xml_node& element) const {
    const ptrdiff_t off = element.offset_debug();
    return off > 0 ? static_cast<size_t>(off - 1) : 0;
  }
  SourceSpan TagSpan(const pugi::xml_node& element) const {
    const size_t at = ElementOffset(element);
    return positions_.Span(at, at + 1 + std::strlen(element.name()));
  }
  // Offset just past the '>' of `element`'s start tag; for <x/>, the '/'.
  size_t AfterStartTag(const pugi::xml_node& element) const;

  absl::Status CheckAttributes(const pugi::xml_node& element,
                               std::string_view allowed) const;
  absl::StatusOr<ConfigValue> ElementText(const pugi::xml_node& element) const;
  ConfigValue AttributeValue(const pugi::xml_node& element,
                             const pugi::xml_attribute& a) const;
  absl::Status LoadService(const pugi::xml_node& element,
                           ServiceConfig& service,
                           ServiceConfigFile& file) const;
  // The span that deletes `element` (whose text ends at `text_end`), when
  // its end tag follows the text directly.
  std::optional<SourceSpan> ElementSpan(const pugi::xml_node& element,
                                        size_t text_end) const;
  absl::Status AddTxtString(const pugi::xml_node& element, ConfigValue text,
                            ConfigTxtRecord& record) const;

  std::string_view path_;
  std::string_view content_;
  TextPositions positions_;
};

size_t AvahiLoader::AfterStartTag(const pugi::xml_node& element) const {
  char quote = 0;
  for (size_t i = ElementOffset(element) + 1; i < content_.size(); ++i) {
    const char c = content_[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return content_[i - 1] == '/' ? i - 1 : i + 1;
    }
  }
  return content_.size();
}

absl::Status AvahiLoader::CheckAttributes(const pugi::xml_node& element,
                                          std::string_view allowed) const {
  // Avahi accepts at most one attribute, and only the element's own.
  int count = 0;
  for (const pugi::xml_attribute& a : element.attributes()) {
    if (allowed.empty() || a.name() != allowed || ++count > 1) {
      return Error(ElementOffset(element),
                   absl::StrCat("invalid attribute '", a.name(),
                                "' for element <", element.name(), ">"));
    }
  }
  return absl::OkStatus();
}

ConfigValue AvahiLoader::AttributeValue(const pugi::xml_node& element,
                                        const pugi::xml_attribute& a) const {
  // pugixml keeps no attribute offsets: find `name = "` in the start tag.
  const size_t tag = ElementOffset(element);
  const std::string_view start =
      content_.substr(tag, AfterStartTag(element) - tag);
  const std::string_view name = a.name();
  size_t i = std::string_view::npos;
  for (size_t at = start.find(name); at != std::string_view::npos;
       at = start.find(name, at + 1)) {
    const char before = at > 0 ? start[at - 1] : '<';
    if (before == ' ' || before == '\t' || before == '\n' || before == '\r') {
      i = tag + at + name.size();
      break;
    }
  }
  while (i < content_.size() && content_[i] != '"' && content_[i] != '\'') ++i;
  if (i >= content_.size()) {
    ValueBuilder b;
    b.Append(a.value(), tag);
    return std::move(b).Build(content_, positions_, tag, tag);
  }
  const char quote = content_[i];
  const size_t begin = i + 1;
  size_t end = content_.find(quote, begin);
  if (end == std::string_view::npos) end = content_.size();
  ConfigValue v = VerbatimValue(content_, positions_, begin, end);
  if (v.text != a.value()) {
    // An entity in the attribute: keep the decoded text, pinned to the start.
    ValueBuilder b;
    b.Append(a.value(), begin);
    v = std::move(b).Build(content_, positions_, begin, end);
  }
  return v;
}

absl::StatusOr<ConfigValue> AvahiLoader::ElementText(
    const pugi::xml_node& element) const {
  ValueBuilder b;
  size_t end = AfterStartTag(element);
  const size_t begin = end;
  for (const pugi::xml_node& child : element.children()) {
    const pugi::xml_node_type type = child.type();
    if (type == pugi::node_element) {
      return Error(ElementOffset(child),
                   absl::StrCat("didn't expect element <", child.name(),
                                "> inside <", element.name(), ">"));
    }
    if (type != pugi::node_pcdata && type != pugi::node_cdata) continue;
    const size_t start = static_cast<size_t>(child.offset_debug());
    const std::string_view expected = child.value();
    const size_t before = b.size();
    size_t stop;
    if (type == pugi::node_pcdata) {
      stop = DecodeText(content_, start, content_.size(), true, b);
    } else {
      const size_t close = content_.find("]]>", start);
      stop = close == std::string_view::npos ? content_.size() : close;
      DecodeText(content_, start, stop, false, b);
    }
    // pugixml is the authority on the text; if our reading differs (an
    // entity form it treats otherwise), keep its text and pin every byte to
    // the start of the piece: positions stay inside the element, and no
    // fix can touch bytes we could not map.
    if (b.text().substr(before) != expected) {
      ValueBuilder fixed;
      for (size_t k = 0; k < before; ++k) {
        fixed.Append(b.text()[k], b.offsets()[k]);
      }
      fixed.Append(expected, start);
      b = std::move(fixed);
    }
    end = stop;
  }
  return std::move(b).Build(content_, positions_, begin, end);
}

std::optional<SourceSpan> AvahiLoader::ElementSpan(
    const pugi::xml_node& element, size_t text_end) const {
  const size_t begin = ElementOffset(element);
  const size_t after_start = AfterStartTag(element);
  size_t end;
  if (after_start < content_.size() && content_[after_start] == '/') {
    end = after_start + 2;  // <txt-record/>
  } else {
    const std::string close = absl::StrCat("</", element.name());
    size_t at = text_end;
    if (content_.substr(at, 3) == "]]>") at += 3;  // the text was CDATA
    if (content_.substr(at, close.size()) != close) return std::nullopt;
    const size_t gt = content_.find('>', at);
    if (gt == std::string_view::npos) return std::nullopt;
    end = gt + 1;
  }
  return CutSpan(content_, positions_, begin, end);
}

absl::Status AvahiLoader::AddTxtString(const pugi::xml_node& element,
                                       ConfigValue text,
                                       ConfigTxtRecord& record) const {
  const pugi::xml_attribute format = element.attribute("value-format");
  const std::string_view kind = format ? format.value() : "text";
  const size_t eq = text.text.find('=');
  if (kind == "text" || eq == std::string::npos) {
    // Avahi takes the whole text verbatim when there is no '='.
    record.strings.push_back(std::move(text));
    return absl::OkStatus();
  }
  const std::string_view encoded = std::string_view(text.text).substr(eq + 1);
  std::string decoded;
  const bool hex = kind == "binary-hex";
  if (!(hex ? DecodeHex(encoded, decoded) : DecodeBase64(encoded, decoded))) {
    return Error(text.OffsetOfByte(eq + 1),
                 hex ? "invalid binary-hex TXT value: it needs an even "
                       "number of hex digits"
                     : "invalid binary-base64 TXT value: it needs base64 "
                       "in groups of four characters");
  }
  // key '=' from the text, then the decoded bytes, each pinned to the
  // encoded characters it came from.
  ValueBuilder b;
  for (size_t i = 0; i <= eq; ++i) b.Append(text.text[i], text.OffsetOfByte(i));
  for (size_t i = 0; i < decoded.size(); ++i) {
    const size_t source = hex ? 2 * i : i / 3 * 4 + i % 3;
    b.Append(decoded[i], text.OffsetOfByte(eq + 1 + source));
  }
  const size_t end = text.OffsetOfByte(text.text.size());
  record.strings.push_back(
      std::move(b).Build(content_, positions_, text.offset, end));
  return absl::OkStatus();
}

absl::Status AvahiLoader::LoadService(const pugi::xml_node& element,
                                      ServiceConfig& service,
                                      ServiceConfigFile& file) const {
  service.span = TagSpan(element);
  if (absl::Status s = CheckAttributes(element, "protocol"); !s.ok()) {
    return s;
  }
  if (pugi::xml_attribute protocol = element.attribute("protocol")) {
    const std::string_view p = protocol.value();
    if (p != "ipv4" && p != "ipv6" && p != "any") {
      return Error(ElementOffset(element),
                   absl::StrCat("invalid protocol '", AsAbsl(p),
                                "'; expected ipv4, ipv6 or any"));
    }
    service.protocol = AttributeValue(element, protocol);
  }
  ConfigTxtRecord txt;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    std::optional<ConfigValue>* single = nullptr;
    if (name == "type") single = &service.type;
    if (name == "domain-name") single = &service.domain;
    if (name == "host-name") single = &service.host;
    if (name == "port") single = &service.port;
    const bool known = single != nullptr || name == "subtype" ||
                       name == "interface" || name == "txt-record";
    if (!known) {
      return Error(ElementOffset(child),
                   absl::StrCat("didn't expect element <", AsAbsl(name),
                                "> in <service>"));
    }
    if (absl::Status s =
            CheckAttributes(child, name == "txt-record" ? "value-format" : "");
        !s.ok()) {
      return s;
    }
    absl::StatusOr<ConfigValue> text = ElementText(child);
    if (!text.ok()) return text.status();
    if (single != nullptr) {
      if (single->has_value()) {
        return Error(ElementOffset(child),
                     absl::StrCat("more than one <", AsAbsl(name),
                                  "> in one <service> (Avahi would join "
                                  "their texts)"));
      }
      *single = std::move(text).value();
    } else if (name == "subtype") {
      service.subtypes.push_back({std::move(text).value(), /*full=*/true});
    } else if (name == "txt-record") {
      const std::string_view format = child.attribute("value-format").value();
      if (child.attribute("value-format") && format != "text" &&
          format != "binary-hex" && format != "binary-base64") {
        return Error(ElementOffset(child),
                     absl::StrCat("invalid value-format '", AsAbsl(format),
                                  "'; expected text, binary-hex or "
                                  "binary-base64"));
      }
      if (txt.strings.empty()) txt.span = TagSpan(child);
      const std::optional<SourceSpan> element =
          ElementSpan(child, text->OffsetOfByte(text->text.size()));
      if (absl::Status s = AddTxtString(child, std::move(text).value(), txt);
          !s.ok()) {
        return s;
      }
      txt.strings.back().element = element;
      const SourceSpan last = txt.strings.back().span;
      txt.span.end_line = last.end_line;
      txt.span.end_column = last.end_column;
    }
  }
  if (service.port) {
    // Avahi reads the port with atoi(), which skips leading blanks; trailing
    // ones are harmless too. Anything else is malformed (the linter says so).
    service.port_number =
        ParseDecimal(StripAsciiWhitespace(service.port->text));
  }
  if (!service.type) {
    // Avahi rejects the file ("service incomplete").
    file.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "<type>", "", "", service.span});
  }
  if (!txt.strings.empty()) service.txt_records.push_back(std::move(txt));
  return absl::OkStatus();
}

absl::StatusOr<ServiceConfigFile> AvahiLoader::Load() {
  if (const size_t nul = content_.find('\0'); nul != std::string_view::npos) {
    return Error(nul, "NUL byte in XML");
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(
      content_.data(), content_.size(),
      pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    return Error(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)),
                 parsed.description());
  }
  pugi::xml_node root;
  for (const pugi::xml_node& top : doc.children()) {
    if (top.type() != pugi::node_element) continue;
    if (root) return Error(ElementOffset(top), "junk after document element");
    root = top;
  }
  if (!root) return Error(0, "no document element");
  if (std::string_view(root.name()) != "service-group") {
    return Error(ElementOffset(root),
                 absl::StrCat("the document element is <", root.name(),
                              ">; Avahi expects <service-group>"));
  }
  if (absl::Status s = CheckAttributes(root, ""); !s.ok()) return s;

  ServiceConfigFile file;
  std::optional<ConfigValue> name;
  bool wildcards = false;
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view tag = child.name();
    if (tag == "name") {
      if (name) {
        return Error(ElementOffset(child),
                     "more than one <name> (Avahi would join their texts)");
      }
      if (absl::Status s = CheckAttributes(child, "replace-wildcards");
          !s.ok()) {
        return s;
      }
      wildcards = std::string_view(
                      child.attribute("replace-wildcards").value()) == "yes";
      absl::StatusOr<ConfigValue> text = ElementText(child);
      if (!text.ok()) return text.status();
      name = std::move(text).value();
    } else if (tag == "service") {
      ServiceConfig& service = file.services.emplace_back();
      if (absl::Status s = LoadService(child, service, file); !s.ok()) {
        return s;
      }
    } else {
      return Error(ElementOffset(child),
                   absl::StrCat("didn't expect element <", AsAbsl(tag),
                                "> in <service-group>"));
    }
  }
  // Avahi rejects a group without a name or a service ("service group
  // incomplete").
  if (!name) {
    file.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "<name>", "", "", TagSpan(root)});
  }
  if (file.services.empty()) {
    file.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "<service>", "", "", TagSpan(root)});
  }
  // Every service of the group is published under the group's name; only
  // "%h" is a wildcard, and only with replace-wildcards="yes".
  std::vector<TextRange> literals;
  bool templated = false;
  if (name && wildcards) {
    const std::string_view text = name->text;
    size_t from = 0;
    for (size_t at = text.find("%h"); at != std::string_view::npos;
         at = text.find("%h", from)) {
      templated = true;
      if (at > from) {
        literals.push_back(
            {static_cast<uint32_t>(from), static_cast<uint32_t>(at)});
      }
      from = at + 2;
    }
    if (templated && from < text.size()) {
      literals.push_back(
          {static_cast<uint32_t>(from), static_cast<uint32_t>(text.size())});
    }
  }
  for (ServiceConfig& service : file.services) {
    if (name) service.instance = *name;
    service.instance_templated = templated;
    service.instance_literals = literals;
  }
  return file;
}

}  // namespace

absl::StatusOr<ServiceConfigFile> ParseAvahiService(std::string_view path,
                                                    std::string_view content) {
  return AvahiLoader(path, content).Load();
}

}  // namespace svclint
