// Reads an Avahi static service file with Expat, the parser avahi-daemon
// itself uses (avahi-daemon/static-services.c, static_service_group_load),
// so that svclint and the daemon agree byte for byte on what is well
// formed, on the declared encoding and on every character of every value.
// The element handling follows static-services.c's xml_start, xml_end and
// xml_cdata: the same elements in the same places, the same attributes.
#include "lint/parse/avahi_service.h"

#include <expat.h>

#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/avahi_values.h"
#include "lint/parse/config_value.h"
#include "lint/parse/text_positions.h"

namespace svclint {
namespace {

// Where static-services.c's xml_userdata.current_tag can be.
enum class Tag {
  kNone,
  kGroup,
  kName,
  kService,
  kType,
  kSubtype,
  kDomain,
  kHost,
  kPort,
  kTxt,
};

// Elements allowed inside <service>, as xml_start accepts them.
struct ServiceChild {
  std::string_view name;
  Tag tag;
};
constexpr ServiceChild kServiceChildren[] = {
    {"type", Tag::kType},          {"subtype", Tag::kSubtype},
    {"domain-name", Tag::kDomain}, {"host-name", Tag::kHost},
    {"port", Tag::kPort},          {"txt-record", Tag::kTxt},
};

// Number of UTF-8 code points in `s` (lead bytes).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

class AvahiLoader {
 public:
  AvahiLoader(std::string_view path, std::string_view content)
      : path_(path), content_(content), positions_(content) {}
  ~AvahiLoader() {
    if (parser_ != nullptr) XML_ParserFree(parser_);
  }

  absl::StatusOr<ServiceConfigFile> Load();

 private:
  static void XMLCALL OnStart(void* self, const XML_Char* name,
                              const XML_Char** attrs) {
    static_cast<AvahiLoader*>(self)->Start(name, attrs);
  }
  static void XMLCALL OnEnd(void* self, const XML_Char* name) {
    static_cast<AvahiLoader*>(self)->End(name);
  }
  static void XMLCALL OnText(void* self, const XML_Char* s, int len) {
    static_cast<AvahiLoader*>(self)->Text(std::string_view(s, len));
  }

  void Start(std::string_view name, const XML_Char** attrs);
  void End(std::string_view name);
  void Text(std::string_view text);
  static void XMLCALL OnComment(void* self, const XML_Char*) {
    auto* loader = static_cast<AvahiLoader*>(self);
    loader->markup_inside_ = true;
  }
  void InvalidAttribute(std::string_view attribute, std::string_view element) {
    Fail(element_at_, absl::StrCat("invalid attribute '", AsAbsl(attribute),
                                   "' for element <", AsAbsl(element), ">"));
  }
  void StartService(const XML_Char** attrs);
  void StartTxt(const XML_Char** attrs);
  void EndValue();
  void EndTxt(ConfigValue text);
  void Finish(ServiceConfigFile& file);

  // The one place a parse failure is recorded: Avahi's "parse failure"
  // (u->failed) and Expat's errors both end up here; the first one wins,
  // as it is the first the daemon logs.
  void Fail(size_t offset, std::string_view reason) {
    if (failure_.ok()) failure_ = positions_.Error(path_, offset, reason);
  }
  size_t EventOffset() const {
    return static_cast<size_t>(
        std::max<XML_Index>(XML_GetCurrentByteIndex(parser_), 0));
  }
  size_t EventEnd() const {
    return EventOffset() +
           static_cast<size_t>(std::max(XML_GetCurrentByteCount(parser_), 0));
  }
  // The value of attribute `name` as written (span and offsets).
  ConfigValue AttributeValue(std::string_view name, std::string_view value);

  std::string_view path_;
  std::string_view content_;
  TextPositions positions_;
  XML_Parser parser_ = nullptr;
  absl::Status failure_;

  ServiceConfigFile file_;
  Tag tag_ = Tag::kNone;
  bool group_seen_ = false;
  SourceSpan group_span_;  // "<service-group"
  ServiceConfig* service_ = nullptr;
  ConfigTxtRecord txt_;
  std::optional<ConfigValue> name_;
  bool wildcards_ = false;
  std::string txt_format_;
  // The element being read: its name, where its start tag is, its text,
  // and whether markup (a comment) sits inside it.
  std::string_view value_name_;
  bool markup_inside_ = false;
  size_t element_at_ = 0;
  size_t element_name_size_ = 0;
  size_t text_begin_ = 0;
  ValueBuilder text_;
};

ConfigValue AvahiLoader::AttributeValue(std::string_view name,
                                        std::string_view value) {
  // Expat keeps no attribute offsets: find `name = "` in the start tag.
  const size_t tag = EventOffset();
  const std::string_view start = content_.substr(tag, EventEnd() - tag);
  size_t i = std::string_view::npos;
  for (size_t at = start.find(name); at != std::string_view::npos;
       at = start.find(name, at + 1)) {
    const char before = at > 0 ? start[at - 1] : '<';
    if (before == ' ' || before == '\t' || before == '\n' || before == '\r') {
      i = at + name.size();
      break;
    }
  }
  while (i < start.size() && start[i] != '"' && start[i] != '\'') ++i;
  if (i >= start.size()) {
    ValueBuilder b;
    b.Append(value, tag);
    return std::move(b).Build(content_, positions_, tag, tag);
  }
  const size_t begin = tag + i + 1;
  size_t end = content_.find(start[i], begin);
  if (end == std::string_view::npos) end = content_.size();
  ConfigValue v = VerbatimValue(content_, positions_, begin, end);
  if (v.text != value) {
    // An entity or a non-UTF-8 encoding: keep the decoded text, pinned.
    ValueBuilder b;
    b.Append(value, begin);
    v = std::move(b).Build(content_, positions_, begin, end);
  }
  return v;
}

void AvahiLoader::StartService(const XML_Char** attrs) {
  ServiceConfig& service = file_.services.emplace_back();
  service_ = &service;
  service.span = positions_.Span(element_at_, element_at_ + 8);
  if (attrs[0] == nullptr) return;
  if (std::string_view(attrs[0]) != "protocol") {
    InvalidAttribute(attrs[0], "service");
    return;
  }
  const std::string_view p = attrs[1];
  if (p != "ipv4" && p != "ipv6" && p != "any") {
    Fail(element_at_, absl::StrCat("invalid protocol '", AsAbsl(p),
                                   "'; expected ipv4, ipv6 or any"));
    return;
  }
  service.protocol = AttributeValue("protocol", p);
  if (attrs[2] != nullptr) InvalidAttribute(attrs[2], "service");
}

void AvahiLoader::StartTxt(const XML_Char** attrs) {
  txt_format_ = "text";
  if (attrs[0] == nullptr) return;
  if (std::string_view(attrs[0]) != "value-format") {
    InvalidAttribute(attrs[0], "txt-record");
    return;
  }
  const std::string_view format = attrs[1];
  if (format != "text" && format != "binary-hex" && format != "binary-base64") {
    Fail(element_at_,
         absl::StrCat("invalid value-format '", AsAbsl(format),
                      "'; expected text, binary-hex or binary-base64"));
    return;
  }
  txt_format_ = format;
  if (attrs[2] != nullptr) InvalidAttribute(attrs[2], "txt-record");
}

void AvahiLoader::Start(std::string_view name, const XML_Char** attrs) {
  if (!failure_.ok()) return;
  element_at_ = EventOffset();
  element_name_size_ = name.size();
  text_begin_ = EventEnd();
  text_ = ValueBuilder();
  markup_inside_ = false;
  // The attribute to name: the first, or the one after replace-wildcards.
  const auto invalid_attr = [&] {
    const bool after_wildcards =
        attrs[2] != nullptr &&
        std::string_view(attrs[0]) == "replace-wildcards";
    InvalidAttribute(after_wildcards ? attrs[2] : attrs[0], name);
  };
  if (tag_ == Tag::kNone && name == "service-group" && !group_seen_) {
    group_seen_ = true;
    group_span_ = positions_.Span(element_at_, element_at_ + 14);
    tag_ = Tag::kGroup;
    if (attrs[0] != nullptr) invalid_attr();
    return;
  }
  if (tag_ == Tag::kGroup && name == "name") {
    tag_ = Tag::kName;
    value_name_ = "name";
    if (name_.has_value()) {
      Fail(element_at_, "more than one <name> (Avahi would join their texts)");
      return;
    }
    if (attrs[0] != nullptr) {
      if (std::string_view(attrs[0]) != "replace-wildcards" ||
          attrs[2] != nullptr) {
        invalid_attr();
        return;
      }
      wildcards_ = std::string_view(attrs[1]) == "yes";
    }
    return;
  }
  if (tag_ == Tag::kGroup && name == "service") {
    tag_ = Tag::kService;
    StartService(attrs);
    return;
  }
  if (tag_ == Tag::kService) {
    for (const ServiceChild& child : kServiceChildren) {
      if (name != child.name) continue;
      tag_ = child.tag;
      value_name_ = child.name;
      if (child.tag == Tag::kTxt) {
        StartTxt(attrs);
      } else if (attrs[0] != nullptr) {
        invalid_attr();
      }
      return;
    }
  }
  if (tag_ == Tag::kNone) {
    Fail(element_at_, absl::StrCat("the document element is <", AsAbsl(name),
                                   ">; Avahi expects <service-group>"));
    return;
  }
  std::string where;
  if (tag_ == Tag::kGroup) where = "in <service-group>";
  if (tag_ == Tag::kService) where = "in <service>";
  if (where.empty()) where = absl::StrCat("inside <", AsAbsl(value_name_), ">");
  Fail(
      element_at_,
      name == "interface"
          ? std::string("didn't expect element <interface>: it is a "
                        "downstream patch, avahi-daemon 0.8 refuses the file")
          : absl::StrCat("didn't expect element <", AsAbsl(name), "> ", where));
}

void AvahiLoader::Text(std::string_view text) {
  if (!failure_.ok()) return;
  if (tag_ == Tag::kNone || tag_ == Tag::kGroup || tag_ == Tag::kService) {
    return;
  }
  // Expat hands the text decoded to UTF-8 in pieces; map each byte to the
  // file bytes it was read from. A verbatim piece maps byte for byte, a
  // piece read from a one-byte encoding (ISO-8859-1) code point for code
  // point; an entity, a character reference or a CR LF is pinned to its
  // first byte.
  const size_t at = EventOffset();
  const size_t count = EventEnd() - at;
  if (count == text.size() && content_.substr(at, count) == text) {
    for (size_t i = 0; i < text.size(); ++i) text_.Append(text[i], at + i);
  } else if (count == CodePoints(text)) {
    size_t cp = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
      text_.Append(text[i], at + cp);
    }
  } else {
    text_.Append(text, at);
  }
}

void AvahiLoader::EndTxt(ConfigValue text) {
  // <txt-record/> ends in its own start tag.
  const size_t end = EventOffset() == element_at_ ? text_begin_ : EventEnd();
  // A comment inside: deleting the element would delete it too.
  const std::optional<SourceSpan> element =
      markup_inside_ ? std::nullopt
                     : std::optional<SourceSpan>(
                           CutSpan(content_, positions_, element_at_, end));
  if (txt_.strings.empty()) {
    txt_.span =
        positions_.Span(element_at_, element_at_ + 1 + element_name_size_);
  }
  AvahiValueError error;
  std::optional<ConfigValue> value =
      DecodeAvahiTxt(txt_format_, std::move(text), content_, positions_, error);
  if (!value) {
    Fail(error.offset, error.reason);
    return;
  }
  txt_.strings.push_back(*std::move(value));
  txt_.strings.back().element = element;
  const SourceSpan last = txt_.strings.back().span;
  txt_.span.end_line = last.end_line;
  txt_.span.end_column = last.end_column;
}

void AvahiLoader::EndValue() {
  // An empty element <x/> ends where it starts: its text is empty there.
  const size_t end = std::max(EventOffset(), text_begin_);
  ConfigValue value = std::move(text_).Build(content_, positions_,
                                             std::min(text_begin_, end), end);
  text_ = ValueBuilder();
  if (tag_ == Tag::kName) {
    name_ = std::move(value);
    return;
  }
  ServiceConfig& s = *service_;
  std::optional<ConfigValue>* single = nullptr;
  std::string_view element;
  switch (tag_) {
    case Tag::kType:
      single = &s.type, element = "type";
      break;
    case Tag::kDomain:
      single = &s.domain, element = "domain-name";
      break;
    case Tag::kHost:
      single = &s.host, element = "host-name";
      break;
    case Tag::kPort:
      single = &s.port, element = "port";
      break;
    case Tag::kSubtype:
      s.subtypes.push_back({std::move(value), /*full=*/true});
      return;
    case Tag::kTxt:
      EndTxt(std::move(value));
      return;
    default:
      return;
  }
  if (single->has_value()) {
    Fail(element_at_, absl::StrCat("more than one <", AsAbsl(element),
                                   "> in one <service> (Avahi would join "
                                   "their texts)"));
    return;
  }
  *single = std::move(value);
}

void AvahiLoader::End(std::string_view) {
  if (!failure_.ok()) return;
  switch (tag_) {
    case Tag::kGroup:
      tag_ = Tag::kNone;
      return;
    case Tag::kService:
      if (!service_->type) {
        // Avahi refuses the file ("service incomplete").
        file_.issues.push_back({ConfigIssue::Kind::kMissingField, "<type>", "",
                                "", service_->span});
      }
      if (!txt_.strings.empty()) service_->txt_records.push_back(txt_);
      if (service_->port) {
        // The number avahi-daemon reads, with atoi(): "8080/tcp" is 8080
        // (AV006 says so), only outside 0-65535 is it refused (PR001).
        service_->port_number = AvahiAtoi(service_->port->text);
      }
      txt_ = ConfigTxtRecord();
      service_ = nullptr;
      tag_ = Tag::kGroup;
      return;
    case Tag::kName:
      EndValue();
      tag_ = Tag::kGroup;
      return;
    case Tag::kNone:
      return;
    default:
      EndValue();
      tag_ = Tag::kService;
      return;
  }
}

void AvahiLoader::Finish(ServiceConfigFile& file) {
  const SourceSpan root = group_span_;
  // Avahi refuses a group without a name or a service ("service group
  // incomplete").
  if (!name_) {
    file.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "<name>", "", "", root});
  }
  if (file.services.empty()) {
    file.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "<service>", "", "", root});
  }
  // Every service of the group is published under the group's name; only
  // "%h" is a wildcard, and only with replace-wildcards="yes".
  std::vector<TextRange> literals;
  bool templated = false;
  if (name_ && wildcards_) {
    const std::string_view text = name_->text;
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
    if (name_) service.instance = *name_;
    service.instance_templated = templated;
    service.instance_literals = literals;
  }
}

absl::StatusOr<ServiceConfigFile> AvahiLoader::Load() {
  // As avahi-daemon: no encoding given, so the declaration (or UTF-8, or a
  // byte-order mark) decides; no external DTD is read.
  parser_ = XML_ParserCreate(nullptr);
  if (parser_ == nullptr) return absl::ResourceExhaustedError("out of memory");
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser_, OnText);
  XML_SetCommentHandler(parser_, OnComment);
  // One call: positions stay offsets into `content` (Expat's byte index is
  // relative to all input passed so far).
  const bool parsed =
      content_.size() <= static_cast<size_t>(INT32_MAX) &&
      XML_Parse(parser_, content_.data(), static_cast<int>(content_.size()),
                /*isFinal=*/1) == XML_STATUS_OK;
  if (!parsed) {
    // Expat's message, as avahi-daemon logs it ("XML_ParseBuffer() failed
    // at line N: mismatched tag").
    const absl::Status avahi_failure = failure_;
    failure_ = absl::OkStatus();
    Fail(EventOffset(), XML_ErrorString(XML_GetErrorCode(parser_)));
    // An earlier Avahi parse failure is logged first; keep it.
    if (!avahi_failure.ok()) failure_ = avahi_failure;
  }
  if (!failure_.ok()) return failure_;
  ServiceConfigFile file = std::move(file_);
  Finish(file);
  return file;
}

}  // namespace

absl::StatusOr<ServiceConfigFile> ParseAvahiService(std::string_view path,
                                                    std::string_view content) {
  return AvahiLoader(path, content).Load();
}

}  // namespace svclint
