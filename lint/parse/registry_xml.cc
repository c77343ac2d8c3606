// Streams the registry XML through Expat: each top-level <record> or
// <updated> and each <person> of <people> is gathered into a small tree
// (XmlTree),
// turned into fields and dropped, so memory holds one record's nodes, not
// a DOM of 14,000 records. Field text stays a view of the file's bytes
// where the file spells it as read; only decoded text is copied.
#include "lint/parse/registry_xml.h"

#include <expat.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/prefault.h"
#include "lint/base/strings.h"
#include "lint/parse/registry_line_index.h"
#include "lint/parse/registry_xml_tree.h"

namespace svclint {
namespace {

// Expat is fed this much at a time: its own buffer stays this small
// instead of holding a second copy of the file.
constexpr size_t kFeedBytes = 64 * 1024;

bool IsXmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class RegistryXmlReader {
 public:
  // Records go to `on_record` when given, else into src.records.
  RegistryXmlReader(RegistrySource& src, const RecordSink* on_record)
      : src_(src),
        on_record_(on_record),
        content_(src.text.view()),
        lines_(content_) {}
  ~RegistryXmlReader() {
    if (parser_ != nullptr) XML_ParserFree(parser_);
  }

  absl::Status Read();

 private:
  static void XMLCALL OnStart(void* self, const XML_Char* name,
                              const XML_Char** attrs) {
    static_cast<RegistryXmlReader*>(self)->Start(name, attrs);
  }
  static void XMLCALL OnEnd(void* self, const XML_Char*) {
    static_cast<RegistryXmlReader*>(self)->End();
  }
  static void XMLCALL OnText(void* self, const XML_Char* s, int len) {
    static_cast<RegistryXmlReader*>(self)->AddText(
        std::string_view(s, static_cast<size_t>(len)));
  }
  // Comments and processing instructions end a text node.
  static void XMLCALL OnComment(void* self, const XML_Char*) {
    static_cast<RegistryXmlReader*>(self)->CloseText();
  }
  static void XMLCALL OnPi(void* self, const XML_Char*, const XML_Char*) {
    static_cast<RegistryXmlReader*>(self)->CloseText();
  }
  static void XMLCALL OnCdataStart(void* self) {
    static_cast<RegistryXmlReader*>(self)->StartCdata();
  }
  static void XMLCALL OnCdataEnd(void* self) {
    static_cast<RegistryXmlReader*>(self)->CloseText();
  }
  // No entity is ever declared in the registry; refusing declarations
  // rules out entity expansion ("billion laughs") and external entities.
  static void XMLCALL OnEntityDecl(void* self, const XML_Char*, int,
                                   const XML_Char*, int, const XML_Char*,
                                   const XML_Char*, const XML_Char*,
                                   const XML_Char*) {
    static_cast<RegistryXmlReader*>(self)->Refuse(
        "entity declarations are not allowed");
  }
  // A reference to an entity of a DTD Expat does not read.
  static void XMLCALL OnSkippedEntity(void* self, const XML_Char*, int) {
    static_cast<RegistryXmlReader*>(self)->Refuse(
        XML_ErrorString(XML_ERROR_UNDEFINED_ENTITY));
  }

  size_t EventOffset() const {
    return static_cast<size_t>(
        std::max<XML_Index>(XML_GetCurrentByteIndex(parser_), 0));
  }
  size_t EventBytes() const {
    return static_cast<size_t>(std::max(XML_GetCurrentByteCount(parser_), 0));
  }
  void Refuse(std::string_view reason) {
    if (refused_.ok()) {
      refused_ = lines_.Error(src_.path, EventOffset(),
                              absl::StrCat("XML error: ", AsAbsl(reason)));
    }
    XML_StopParser(parser_, XML_FALSE);
  }

  void Start(const char* name, const XML_Char** attrs);
  void End();
  void AddText(std::string_view text);
  void StartCdata();
  void CloseText();
  std::string_view Attribute(const XML_Char** attrs, const char* name);
  void Finish();

  RegistrySource& src_;
  const RecordSink* on_record_;
  std::string_view content_;
  LineCounter lines_;
  XML_Parser parser_ = nullptr;
  absl::Status refused_;     // from a handler: stops the parse
  absl::Status wrong_root_;  // reported if the XML is well formed

  int depth_ = 0;           // of the element being read; 1 is the root
  bool gathering_ = false;  // inside a <record>, <person> or <updated>
  bool in_people_ = false;
  XmlTree tree_;
  std::vector<uint32_t> open_;  // the gathered elements not yet closed

  // The text node being read: where its bytes start and end in the file,
  // and its decoded value when that is not those bytes.
  bool text_open_ = false;
  bool text_cdata_ = false;
  bool text_verbatim_ = true;
  size_t text_begin_ = 0;
  size_t text_end_ = 0;
  std::string decoded_;
};

std::string_view RegistryXmlReader::Attribute(const XML_Char** attrs,
                                              const char* name) {
  for (; attrs[0] != nullptr; attrs += 2) {
    if (std::strcmp(attrs[0], name) != 0) continue;
    const std::string_view value = attrs[1];
    if (value.empty()) return {};
    // The same bytes, quoted, in the start tag: a view of the file.
    const std::string_view tag = content_.substr(EventOffset(), EventBytes());
    for (size_t at = tag.find(value); at != std::string_view::npos;
         at = tag.find(value, at + 1)) {
      const char quote = at > 0 ? tag[at - 1] : '\0';
      if ((quote == '"' || quote == '\'') && at + value.size() < tag.size() &&
          tag[at + value.size()] == quote) {
        return tag.substr(at, value.size());
      }
    }
    return src_.arena.Save(value);  // normalised or decoded
  }
  return {};
}

void RegistryXmlReader::Start(const char* name, const XML_Char** attrs) {
  CloseText();
  ++depth_;
  if (depth_ == 1) {
    if (std::strcmp(name, "registry") != 0) {
      wrong_root_ = lines_.Error(
          src_.path, EventOffset() + 1,
          absl::StrCat("not an IANA registry: the root element is <", name,
                       ">, not <registry>"));
    }
    return;
  }
  if (!wrong_root_.ok()) return;
  // A record or the date is gathered whole; <people>, 5,600 entries, one
  // <person> at a time.
  if (depth_ == 2 || (depth_ == 3 && in_people_)) {
    const XmlTag tag = XmlTagOf(name);
    if (depth_ == 2) in_people_ = tag == XmlTag::kPeople;
    gathering_ = depth_ == 2 ? tag == XmlTag::kRecord || tag == XmlTag::kUpdated
                             : tag == XmlTag::kPerson;
    if (!gathering_) return;
    tree_.nodes().clear();
  }
  if (!gathering_) return;
  XmlNode& node = tree_.nodes().emplace_back();
  node.tag = XmlTagOf(name);
  node.offset = EventOffset() + 1;  // the name, after '<'
  switch (node.tag) {
    case XmlTag::kRecord:
      node.attr1 = Attribute(attrs, "date");
      node.attr2 = Attribute(attrs, "updated");
      break;
    case XmlTag::kXref:
      node.attr1 = Attribute(attrs, "type");
      node.attr2 = Attribute(attrs, "data");
      break;
    case XmlTag::kPerson:
      node.attr1 = Attribute(attrs, "id");
      break;
    default:
      break;
  }
  open_.push_back(static_cast<uint32_t>(tree_.nodes().size() - 1));
}

void RegistryXmlReader::End() {
  CloseText();
  if (gathering_) {
    std::vector<XmlNode>& nodes = tree_.nodes();
    nodes[open_.back()].end = static_cast<uint32_t>(nodes.size());
    open_.pop_back();
    if (open_.empty()) {
      Finish();
      gathering_ = false;
    }
  }
  if (depth_ == 2) in_people_ = false;
  --depth_;
}

void RegistryXmlReader::Finish() {
  switch (tree_.nodes()[0].tag) {
    case XmlTag::kRecord:
      if (on_record_ != nullptr) {
        (*on_record_)(tree_.Record(lines_, src_.arena));
      } else {
        src_.records.push_back(tree_.Record(lines_, src_.arena));
      }
      break;
    case XmlTag::kPerson:
      src_.people.push_back(tree_.Person());
      break;
    default:
      src_.updated = tree_.Leaf(0);
      break;
  }
}

void RegistryXmlReader::StartCdata() {
  CloseText();
  if (!gathering_) return;
  // An empty section is a node too.
  text_open_ = text_cdata_ = true;
  text_verbatim_ = true;
  text_begin_ = text_end_ = EventOffset() + 9;  // after "<![CDATA["
}

void RegistryXmlReader::AddText(std::string_view text) {
  if (!gathering_) return;
  const size_t at = EventOffset();
  const size_t bytes = EventBytes();
  if (!text_open_) {
    text_open_ = true;
    text_cdata_ = false;
    text_verbatim_ = true;
    text_begin_ = text_end_ = at;
  }
  // Expat hands text over in runs: the bytes as written, or one decoded
  // reference (never as long as the reference), or "\n" for a CR LF or a
  // lone CR, or a run converted from another encoding (longer or shorter
  // unless it is ASCII, which converts to itself). So a run as long as its
  // bytes is those bytes, but for a lone CR. Runs as written, one after
  // the other, stay a view.
  const bool as_written = text_verbatim_ && at == text_end_ &&
                          bytes == text.size() &&
                          (bytes != 1 || content_[at] == text[0]);
  if (!as_written) {
    if (text_verbatim_) {
      decoded_.assign(content_.substr(text_begin_, text_end_ - text_begin_));
      text_verbatim_ = false;
    }
    decoded_.append(text);
  }
  text_end_ = at + bytes;
}

void RegistryXmlReader::CloseText() {
  if (!text_open_) return;
  text_open_ = false;
  const std::string_view raw =
      content_.substr(text_begin_, text_end_ - text_begin_);
  if (!text_cdata_ && std::all_of(raw.begin(), raw.end(), IsXmlSpace)) return;
  XmlNode& node = tree_.nodes().emplace_back();
  node.kind = text_cdata_ ? XmlNode::Kind::kCData : XmlNode::Kind::kText;
  node.offset = text_begin_;
  node.text = text_verbatim_ ? raw : src_.arena.Save(decoded_);
  node.end = static_cast<uint32_t>(tree_.nodes().size());
}

absl::Status RegistryXmlReader::Read() {
  // No encoding given: the declaration (or UTF-8, or a byte-order mark)
  // decides. No external DTD or entity is read.
  parser_ = XML_ParserCreate(nullptr);
  if (parser_ == nullptr) return absl::ResourceExhaustedError("out of memory");
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser_, OnText);
  XML_SetCommentHandler(parser_, OnComment);
  XML_SetProcessingInstructionHandler(parser_, OnPi);
  XML_SetCdataSectionHandler(parser_, OnCdataStart, OnCdataEnd);
  XML_SetEntityDeclHandler(parser_, OnEntityDecl);
  XML_SetSkippedEntityHandler(parser_, OnSkippedEntity);
  if (on_record_ == nullptr) src_.records.reserve(content_.size() / 256);
  src_.people.reserve(content_.size() / 640);
  PrefaultForWrite(src_.people.data(),
                   src_.people.capacity() * sizeof(SourcePerson));
  size_t fed = 0;
  do {
    const size_t n = std::min(kFeedBytes, content_.size() - fed);
    const bool last = fed + n == content_.size();
    if (XML_Parse(parser_, content_.data() + fed, static_cast<int>(n),
                  last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
      if (!refused_.ok()) return refused_;
      return lines_.Error(
          src_.path, EventOffset(),
          absl::StrCat("XML error: ",
                       XML_ErrorString(XML_GetErrorCode(parser_))));
    }
    fed += n;
  } while (fed < content_.size());
  return wrong_root_;
}

}  // namespace

absl::StatusOr<RegistrySource> ParseRegistryXml(SourceText text,
                                                std::string_view path) {
  RegistrySource src;
  src.path = std::string(path);
  src.text = std::move(text);
  if (absl::Status s = RegistryXmlReader(src, nullptr).Read(); !s.ok()) {
    return s;
  }
  return src;
}

absl::Status StreamRegistryXml(RegistrySource& src, RecordSink on_record) {
  return RegistryXmlReader(src, &on_record).Read();
}

}  // namespace svclint
