// One element of the registry XML (a <record>, <person> or <updated>) as
// a small tree, and how its fields read: the streaming
// reader (registry_xml.cc) fills the tree from Expat's events, one element
// at a time, so the whole document is never held.
//
// The tree keeps the node model the reader was first written against
// (pugixml's defaults): text runs between two pieces of markup are one
// node, a run of only whitespace is no node, a CDATA section is its own
// node, comments and processing instructions split text but are no nodes.
//
//   XmlTree tree;  // filled by the reader
//   SourceRecord r = tree.Record(lines, arena);  // node 0 is <record>
#ifndef SVCLINT_LINT_PARSE_REGISTRY_XML_TREE_H_
#define SVCLINT_LINT_PARSE_REGISTRY_XML_TREE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lint/parse/registry_line_index.h"
#include "lint/parse/registry_source.h"

namespace svclint {

// The elements the reader looks at; all others are kOther (their text
// still counts where a description or note is rendered).
enum class XmlTag : uint8_t {
  kOther,
  kRegistry,
  kRecord,
  kName,
  kProtocol,
  kNumber,
  kDescription,
  kNote,
  kServiceCode,  // <sc>
  kUnauthorized,
  kAssignee,
  kContact,
  kXref,
  kParagraph,
  kBr,
  kUpdated,
  kPeople,
  kPerson,
  kOrg,
  kUri,
};

XmlTag XmlTagOf(std::string_view name);

struct XmlNode {
  enum class Kind : uint8_t { kElement, kText, kCData };
  Kind kind = Kind::kElement;
  XmlTag tag = XmlTag::kOther;
  uint32_t end = 0;       // index past the last node of this one's subtree
  size_t offset = 0;      // an element's name, a text's first byte, in the file
  std::string_view text;  // a text's value, entities decoded
  // The attributes the reader uses, "" when absent: <record date updated>,
  // <xref type data>, <person id>.
  std::string_view attr1, attr2;
};

class XmlTree {
 public:
  // Nodes in document order; a subtree is a contiguous range.
  std::vector<XmlNode>& nodes() { return nodes_; }

  // The tree's root (node 0) as a <record> or a <person>.
  SourceRecord Record(LineCounter& lines, StringArena& arena) const;
  SourcePerson Person() const;
  // The stripped text of an element's first text node ("" without one).
  std::string_view Leaf(uint32_t node) const;

 private:
  uint32_t FirstText(uint32_t node) const;  // 0: none
  std::string_view Text(uint32_t node, StringArena& arena) const;
  void AppendXref(uint32_t xref, std::string& out) const;
  void RenderInline(uint32_t node, std::string& out, bool& after_br) const;
  bool IsElement(uint32_t i, XmlTag tag) const {
    return nodes_[i].kind == XmlNode::Kind::kElement && nodes_[i].tag == tag;
  }

  std::vector<XmlNode> nodes_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_XML_TREE_H_
