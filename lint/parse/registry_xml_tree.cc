#include "lint/parse/registry_xml_tree.h"

#include <tuple>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

namespace svclint {
namespace {

struct TagName {
  std::string_view name;
  XmlTag tag;
};
constexpr TagName kTags[] = {
    {"record", XmlTag::kRecord},
    {"name", XmlTag::kName},
    {"protocol", XmlTag::kProtocol},
    {"number", XmlTag::kNumber},
    {"description", XmlTag::kDescription},
    {"xref", XmlTag::kXref},
    {"note", XmlTag::kNote},
    {"br", XmlTag::kBr},
    {"paragraph", XmlTag::kParagraph},
    {"sc", XmlTag::kServiceCode},
    {"unauthorized", XmlTag::kUnauthorized},
    {"assignee", XmlTag::kAssignee},
    {"contact", XmlTag::kContact},
    {"person", XmlTag::kPerson},
    {"org", XmlTag::kOrg},
    {"uri", XmlTag::kUri},
    {"updated", XmlTag::kUpdated},
    {"people", XmlTag::kPeople},
    {"registry", XmlTag::kRegistry},
};

// Several ids joined the way the CSV joins them.
std::string_view Join(std::string_view list, std::string_view id,
                      StringArena& arena) {
  if (id.empty()) return list;
  if (list.empty()) return id;
  return arena.Save(absl::StrCat(AsAbsl(list), ", ", AsAbsl(id)));
}

}  // namespace

XmlTag XmlTagOf(std::string_view name) {
  for (const TagName& t : kTags) {
    if (t.name == name) return t.tag;
  }
  return XmlTag::kOther;
}

uint32_t XmlTree::FirstText(uint32_t node) const {
  for (uint32_t c = node + 1; c < nodes_[node].end; c = nodes_[c].end) {
    if (nodes_[c].kind != XmlNode::Kind::kElement) return c;
  }
  return 0;
}

std::string_view XmlTree::Leaf(uint32_t node) const {
  const uint32_t text = FirstText(node);
  return text == 0 ? std::string_view()
                   : StripAsciiWhitespace(nodes_[text].text);
}

// An xref as the CSV writes it: its text when it has one ("[RFC8765,
// Section 6.1]", "[TR-352]"), else rfc6335 -> "[RFC6335]", else "[data]".
void XmlTree::AppendXref(uint32_t xref, std::string& out) const {
  std::string data(Leaf(xref));
  if (data.empty()) {
    data = nodes_[xref].attr2;
    if (nodes_[xref].attr1 == "rfc") {
      for (char& c : data) c = c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
    }
  }
  absl::StrAppend(&out, "[", data, "]");
}

// <br/> becomes '\n' and the source's own newline right after it is
// dropped, so "a<br/><br/>\nb" reads "a\n\nb". The subtree is walked in
// document order, not recursively: nesting depth is the file's to choose.
void XmlTree::RenderInline(uint32_t node, std::string& out,
                           bool& after_br) const {
  for (uint32_t c = node + 1; c < nodes_[node].end;) {
    const XmlNode& n = nodes_[c];
    if (n.kind != XmlNode::Kind::kElement) {
      std::string_view text = n.text;
      if (after_br && !text.empty() && text.front() == '\n') {
        text.remove_prefix(1);
      }
      out.append(text);
      after_br = false;
      ++c;
    } else if (n.tag == XmlTag::kBr) {
      out.push_back('\n');
      after_br = true;
      c = n.end;
    } else if (n.tag == XmlTag::kXref) {
      AppendXref(c, out);
      after_br = false;
      c = n.end;
    } else {
      ++c;  // into the element's content
    }
  }
}

// A description or note: <paragraph>s one per line, <br/> as a line
// break, inline <xref/> as "[RFC6763]". Plain text stays a view.
std::string_view XmlTree::Text(uint32_t node, StringArena& arena) const {
  const uint32_t end = nodes_[node].end;
  const uint32_t first = node + 1;
  if (first == end) return {};
  if (nodes_[first].end == end && nodes_[first].kind == XmlNode::Kind::kText) {
    return StripAsciiWhitespace(nodes_[first].text);
  }
  std::string out;
  bool has_paragraphs = false;
  for (uint32_t c = first; c < end; c = nodes_[c].end) {
    if (!IsElement(c, XmlTag::kParagraph)) continue;
    has_paragraphs = true;
    std::string para;
    bool after_br = false;
    RenderInline(c, para, after_br);
    if (!out.empty()) out.push_back('\n');
    out.append(StripAsciiWhitespace(para));
  }
  if (!has_paragraphs) {
    bool after_br = false;
    RenderInline(node, out, after_br);
  }
  return arena.Save(StripAsciiWhitespace(out));
}

SourceRecord XmlTree::Record(LineCounter& lines, StringArena& arena) const {
  SourceRecord r;
  const XmlNode& record = nodes_[0];
  r.line = lines.Locate(record.offset).first;
  r.registration_date = record.attr1;
  r.modification_date = record.attr2;
  bool has_assignee_element = false;
  for (uint32_t c = 1; c < record.end; c = nodes_[c].end) {
    const XmlNode& child = nodes_[c];
    if (child.kind != XmlNode::Kind::kElement) continue;
    switch (child.tag) {
      case XmlTag::kName:
        r.name = Leaf(c);
        if (!r.name.empty()) {
          // Where the name is in its text node (the offset is exact
          // unless an entity before the name was decoded).
          const XmlNode& text = nodes_[FirstText(c)];
          const size_t offset =
              text.offset +
              static_cast<size_t>(r.name.data() - text.text.data());
          std::tie(r.name_line, r.name_column) = lines.Locate(offset);
        }
        break;
      case XmlTag::kProtocol:
        r.protocol = Leaf(c);
        break;
      case XmlTag::kNumber:
        r.number = Leaf(c);
        break;
      case XmlTag::kDescription:
        r.description = Text(c, arena);
        break;
      case XmlTag::kNote:
        r.note = Text(c, arena);
        break;
      case XmlTag::kServiceCode:
        r.service_code = Leaf(c);
        break;
      case XmlTag::kUnauthorized:
        r.unauthorized = Text(c, arena);
        break;
      case XmlTag::kAssignee: {
        has_assignee_element = true;
        bool any_xref = false;
        for (uint32_t x = c + 1; x < child.end; x = nodes_[x].end) {
          if (!IsElement(x, XmlTag::kXref)) continue;
          any_xref = true;
          r.assignee = Join(r.assignee, nodes_[x].attr2, arena);
        }
        if (!any_xref) r.assignee = Text(c, arena);
        break;
      }
      case XmlTag::kContact:
        for (uint32_t x = c + 1; x < child.end; x = nodes_[x].end) {
          if (!IsElement(x, XmlTag::kXref)) continue;
          r.contact = Join(r.contact, nodes_[x].attr2, arena);
        }
        break;
      case XmlTag::kXref:
        if (child.attr1 == "person") {
          r.contact = Join(r.contact, child.attr2, arena);
        } else {
          std::string refs(r.reference);
          AppendXref(c, refs);
          r.reference = arena.Save(refs);
        }
        break;
      default:
        break;
    }
  }
  // Without an <assignee>, the record's person is both (as the CSV has it).
  if (!has_assignee_element) r.assignee = r.contact;
  return r;
}

SourcePerson XmlTree::Person() const {
  SourcePerson p;
  p.id = nodes_[0].attr1;
  for (uint32_t f = 1; f < nodes_[0].end; f = nodes_[f].end) {
    if (nodes_[f].kind != XmlNode::Kind::kElement) continue;
    const std::string_view value = Leaf(f);
    switch (nodes_[f].tag) {
      case XmlTag::kName:
        p.name = value;
        break;
      case XmlTag::kOrg:
        p.org = value;
        break;
      case XmlTag::kUri:
        p.uri = value;
        break;
      case XmlTag::kUpdated:
        p.updated = value;
        break;
      default:
        break;
    }
  }
  return p;
}

}  // namespace svclint
