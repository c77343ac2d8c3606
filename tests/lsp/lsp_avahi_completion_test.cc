// Completion of Avahi markup from avahi-service.dtd through a real
// `svclint lsp`: elements inside their parent only (and those allowed once
// only until written), attributes of the element being typed, the values
// the DTD allows, the element to close.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lint/lsp/avahi_completion.h"
#include "tests/lsp/lsp_session.h"

namespace svclint {
namespace {

using LspAvahiCompletionTest = ::svclint::testing::LspSessionTest;

constexpr char kUri[] = "file:///tmp/svclint-lsp-avahi/a.service";

// The labels offered at the end of `text`.
std::vector<std::string> LabelsAtEnd(std::string_view text) {
  std::vector<std::string> out;
  if (std::optional<lsp::Completions> c = lsp::CompleteAvahiMarkup(text)) {
    for (const lsp::CompletionItem& item : c->items) out.push_back(item.label);
  }
  return out;
}

using Labels = std::vector<std::string>;

TEST_F(LspAvahiCompletionTest, ElementsOfTheParentThroughTheServer) {
  Open(kUri,
       "<?xml version=\"1.0\" standalone='no'?>\n"
       "<!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">\n"
       "<service-group>\n  <name>x</name>\n  <service>\n"
       "    <type>_ipp._tcp</type>\n    <\n");
  const Json result = Complete(kUri, 6, 5);
  const Json first = {{"label", "subtype"},
                      {"kind", 12},
                      {"detail", "a subtype, e.g. _printer._sub._http._tcp"},
                      {"sortText", "00000"}};
  EXPECT_EQ(result.at("items").at(0), first);
  EXPECT_EQ(Items(result).size(), 5u);
  // The document's root.
  Open(kUri, "<?xml version=\"1.0\"?>\n<!-- <service> -->\n<");
  EXPECT_EQ(Items(Complete(kUri, 2, 1)),
            (std::vector<std::pair<std::string, std::string>>{
                {"service-group", "the file's one root element"}}));
}

TEST(AvahiCompletionTest, ElementsInTheRightParentOnly) {
  EXPECT_EQ(LabelsAtEnd("<"), (Labels{"service-group"}));
  EXPECT_EQ(LabelsAtEnd("<service-group>\n  <"), (Labels{"name", "service"}));
  // <name> once only; <service> again and again.
  EXPECT_EQ(LabelsAtEnd("<service-group><name>x</name><service></service><"),
            (Labels{"service"}));
  EXPECT_EQ(
      LabelsAtEnd("<service-group><service><type>_a._tcp</type><"),
      (Labels{"subtype", "domain-name", "host-name", "port", "txt-record"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service><t"),
            (Labels{"type", "txt-record"}));
  // Inside a leaf element: nothing; after the root closed: nothing.
  EXPECT_EQ(LabelsAtEnd("<service-group><service><port><"), Labels{});
  EXPECT_EQ(LabelsAtEnd("<service-group></service-group><"),
            (Labels{"service-group"}));
}

TEST(AvahiCompletionTest, AttributesAndTheirValues) {
  EXPECT_EQ(LabelsAtEnd("<service-group><name "),
            (Labels{"replace-wildcards"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service "), (Labels{"protocol"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service><txt-record v"),
            (Labels{"value-format"}));
  // Written already: not again.
  EXPECT_EQ(LabelsAtEnd("<service-group><service protocol=\"any\" "), Labels{});
  EXPECT_EQ(LabelsAtEnd("<service-group><name replace-wildcards=\""),
            (Labels{"yes", "no"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service protocol=\"ip"),
            (Labels{"ipv4", "ipv6"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service protocol='a"),
            (Labels{"any"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service><txt-record value-format=\""),
            (Labels{"text", "binary-hex", "binary-base64"}));
  // Elements without attributes.
  EXPECT_EQ(LabelsAtEnd("<service-group><service><port "), Labels{});
}

TEST(AvahiCompletionTest, ClosingTagsAndNotInATag) {
  EXPECT_EQ(LabelsAtEnd("<service-group><service></"), (Labels{"service"}));
  EXPECT_EQ(LabelsAtEnd("<service-group><service><txt-record>a</t"),
            (Labels{"txt-record"}));
  EXPECT_EQ(lsp::CompleteAvahiMarkup("<service-group>"), std::nullopt);
  EXPECT_EQ(lsp::CompleteAvahiMarkup(""), std::nullopt);
  EXPECT_EQ(lsp::CompleteAvahiMarkup("<!-- <"), std::nullopt);
  // Malformed markup: no crash, nothing or the root.
  EXPECT_EQ(LabelsAtEnd("<<<</</"), Labels{});
  EXPECT_EQ(LabelsAtEnd("<!-- never closed <service-group> <"), Labels{});
  EXPECT_EQ(LabelsAtEnd("</a></b></c><"), (Labels{"service-group"}));
  // A tag without a name opens no element (found by fuzz_lsp_cursor: it
  // was offered, nameless, to close).
  EXPECT_EQ(LabelsAtEnd("<service-group><></"), (Labels{"service-group"}));
  EXPECT_EQ(LabelsAtEnd("< x></"), Labels{});
}

}  // namespace
}  // namespace svclint
