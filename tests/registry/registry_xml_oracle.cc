// The registry XML reader as it was before the streaming one (pugixml's
// DOM, parsed in place), kept as the oracle of registry_xml_diff_test.cc.
#include "tests/registry/registry_xml_oracle.h"

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/registry_line_index.h"
#include "lint/parse/registry_source.h"

namespace svclint {
namespace {

bool Is(const pugi::xml_node& node, const char* name) {
  return node.type() == pugi::node_element &&
         std::strcmp(node.name(), name) == 0;
}

// Walks one record or person element, with the arena for assembled text
// and the line index for positions.
class XmlReader {
 public:
  XmlReader(std::string_view text, const LineIndex& lines, StringArena& arena)
      : text_(text), lines_(lines), arena_(arena) {}

  // Offset of `p` in the source; parsing in place keeps names and text at
  // their original offsets.
  size_t OffsetOf(const char* p) const {
    return p >= text_.data() && p <= text_.data() + text_.size()
               ? static_cast<size_t>(p - text_.data())
               : 0;
  }

  // Stripped text of a leaf element.
  static std::string_view Leaf(const pugi::xml_node& node) {
    return StripAsciiWhitespace(node.child_value());
  }

  // A description or note: <paragraph>s one per line, <br/> as a line
  // break, inline <xref/> as "[RFC6763]". Plain text stays a view.
  std::string_view Text(const pugi::xml_node& node) {
    const pugi::xml_node first = node.first_child();
    if (!first) return {};
    if (!first.next_sibling() && first.type() == pugi::node_pcdata) {
      return StripAsciiWhitespace(first.value());
    }
    std::string out;
    bool has_paragraphs = false;
    for (pugi::xml_node p : node.children("paragraph")) {
      has_paragraphs = true;
      std::string para;
      bool after_br = false;
      RenderInline(p, para, after_br);
      if (!out.empty()) out.push_back('\n');
      out.append(StripAsciiWhitespace(para));
    }
    if (!has_paragraphs) {
      bool after_br = false;
      RenderInline(node, out, after_br);
    }
    return arena_.Save(StripAsciiWhitespace(out));
  }

  std::string_view Join(std::string_view list, std::string_view id) {
    if (id.empty()) return list;
    if (list.empty()) return id;
    return arena_.Save(absl::StrCat(AsAbsl(list), ", ", AsAbsl(id)));
  }

  std::string_view AppendXref(std::string_view refs, const pugi::xml_node& x) {
    std::string out(refs);
    AppendXrefTo(x, out);
    return arena_.Save(out);
  }

  SourceRecord Record(const pugi::xml_node& rec) {
    SourceRecord r;
    r.line = lines_.Locate(OffsetOf(rec.name())).first;
    r.registration_date = rec.attribute("date").value();
    r.modification_date = rec.attribute("updated").value();
    bool has_assignee_element = false;
    for (pugi::xml_node child : rec.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view tag = child.name();
      if (tag == "name") {
        const char* raw = child.child_value();
        r.name = StripAsciiWhitespace(raw);
        if (!r.name.empty()) {
          auto [line, column] = lines_.Locate(OffsetOf(r.name.data()));
          r.name_line = line;
          r.name_column = column;
        }
      } else if (tag == "protocol") {
        r.protocol = Leaf(child);
      } else if (tag == "number") {
        r.number = Leaf(child);
      } else if (tag == "description") {
        r.description = Text(child);
      } else if (tag == "note") {
        r.note = Text(child);
      } else if (tag == "sc") {
        r.service_code = Leaf(child);
      } else if (tag == "unauthorized") {
        r.unauthorized = Text(child);
      } else if (tag == "assignee") {
        has_assignee_element = true;
        bool any_xref = false;
        for (pugi::xml_node x : child.children("xref")) {
          any_xref = true;
          r.assignee = Join(r.assignee, x.attribute("data").value());
        }
        if (!any_xref) r.assignee = Text(child);
      } else if (tag == "contact") {
        for (pugi::xml_node x : child.children("xref")) {
          r.contact = Join(r.contact, x.attribute("data").value());
        }
      } else if (tag == "xref") {
        if (std::strcmp(child.attribute("type").value(), "person") == 0) {
          r.contact = Join(r.contact, child.attribute("data").value());
        } else {
          r.reference = AppendXref(r.reference, child);
        }
      }
    }
    // Without an <assignee>, the record's person is both (as the CSV has it).
    if (!has_assignee_element) r.assignee = r.contact;
    return r;
  }

 private:
  // An xref as the CSV writes it: its text when it has one ("[RFC8765,
  // Section 6.1]", "[TR-352]"), else rfc6335 -> "[RFC6335]", else "[data]".
  static void AppendXrefTo(const pugi::xml_node& xref, std::string& out) {
    std::string data(Leaf(xref));
    if (data.empty()) {
      data = xref.attribute("data").value();
      if (std::string_view(xref.attribute("type").value()) == "rfc") {
        for (char& c : data) c = c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
      }
    }
    absl::StrAppend(&out, "[", data, "]");
  }

  // <br/> becomes '\n' and the source's own newline right after it is
  // dropped, so "a<br/><br/>\nb" reads "a\n\nb".
  static void RenderInline(const pugi::xml_node& node, std::string& out,
                           bool& after_br) {
    for (pugi::xml_node child : node.children()) {
      switch (child.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata: {
          std::string_view text = child.value();
          if (after_br && !text.empty() && text.front() == '\n') {
            text.remove_prefix(1);
          }
          out.append(text);
          after_br = false;
          break;
        }
        case pugi::node_element:
          if (Is(child, "br")) {
            out.push_back('\n');
            after_br = true;
          } else if (Is(child, "xref")) {
            AppendXrefTo(child, out);
            after_br = false;
          } else {
            RenderInline(child, out, after_br);
          }
          break;
        default:
          break;
      }
    }
  }

  std::string_view text_;
  const LineIndex& lines_;  // of the text as it was before parsing
  StringArena& arena_;
};

}  // namespace

absl::StatusOr<RegistrySource> ParseRegistryXmlWithPugixml(
    std::string_view text, std::string_view path) {
  RegistrySource src;
  src.path = std::string(path);
  src.text = SourceText::Copy(text);  // ours to parse in place
  const std::string_view content = src.text.view();
  char* const bytes = const_cast<char*>(content.data());
  // Parsing in place rewrites the text (entities decoded, line ends
  // normalised, the rest of each run left as stale bytes that may hold
  // newlines), so lines are counted before.
  const LineIndex lines(content);
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_buffer_inplace(
      bytes, content.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    return lines.Error(
        path, static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0)),
        absl::StrCat("XML error: ", result.description()));
  }
  XmlReader reader(content, lines, src.arena);
  const pugi::xml_node root = doc.document_element();
  if (!Is(root, "registry")) {
    return lines.Error(
        path, root ? reader.OffsetOf(root.name()) : 0,
        absl::StrCat("not an IANA registry: the root element is <",
                     root ? root.name() : "", ">, not <registry>"));
  }
  // One pass over the root's children: a by-name lookup would rescan
  // 14,000 records for each of <updated> and <people>.
  src.records.reserve(content.size() / 256);
  src.people.reserve(content.size() / 640);
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view tag = child.name();
    if (tag == "record") {
      src.records.push_back(reader.Record(child));
    } else if (tag == "updated") {
      src.updated = XmlReader::Leaf(child);
    } else if (tag == "people") {
      for (pugi::xml_node person : child.children()) {
        if (!Is(person, "person")) continue;
        SourcePerson& p = src.people.emplace_back();
        p.id = person.attribute("id").value();
        for (pugi::xml_node field : person.children()) {
          if (field.type() != pugi::node_element) continue;
          const std::string_view name = field.name();
          const std::string_view value = XmlReader::Leaf(field);
          if (name == "name") {
            p.name = value;
          } else if (name == "org") {
            p.org = value;
          } else if (name == "uri") {
            p.uri = value;
          } else if (name == "updated") {
            p.updated = value;
          }
        }
      }
    }
  }
  return src;
}

}  // namespace svclint
