// Hover on a TXT key through a real `svclint lsp`: the key's definition in
// the registry for the file's service (its own entry of the note, the note
// itself), a plain "not defined" with the keys the registry does define,
// the printing specifications' keys for ipp, RFC 6763 rules the string
// breaks; in Avahi, .dnssd and TOML files.

#include <string>

#include "gtest/gtest.h"
#include "lint/lsp/txt_key_at.h"
#include "lint/lsp/txt_key_hover.h"
#include "tests/lsp/lsp_session.h"

namespace svclint {
namespace {

using LspTxtKeyHoverTest = ::svclint::testing::LspSessionTest;

constexpr char kHttpNote[] =
    "The registry's note:\n\n```text\n"
    "Defined TXT keys: u=<username> p=<password> path=<path to document>\n"
    "```";

TEST_F(LspTxtKeyHoverTest, DnssdKeyTheRegistryDefinesShowsItsEntry) {
  const std::string uri = "file:///tmp/svclint-lsp-txt/a.dnssd";
  Open(uri,
       "[Service]\nName=Files\nType=_http._tcp\nPort=80\n"
       "TxtText=path=/files \"note=a b\" u=admin\n");
  EXPECT_EQ(
      HoverText(uri, 4, 9),
      std::string("**`path`**: a TXT key the registry defines for "
                  "**http**\n\n```text\npath=<path to document>\n```\n\n") +
          kHttpNote);
  // A quoted word: the key after the quote.
  EXPECT_EQ(HoverText(uri, 4, 21),
            std::string("**`note`**: not defined by the registry (it defines "
                        "`u`, `p`, `path` for **http**)\n\n") +
                kHttpNote);
  // On a value: no TXT key hover.
  EXPECT_EQ(Hover(uri, 4, 14), Json(nullptr));
  EXPECT_EQ(Hover(uri, 4, 33), Json(nullptr));
}

TEST_F(LspTxtKeyHoverTest, AvahiKeysOfTheTypeWrittenAfterThem) {
  const std::string uri = "file:///tmp/svclint-lsp-txt/a.service";
  Open(uri,
       "<service-group>\n  <name>Printer</name>\n  <service>\n"
       "    <txt-record>rp=printers/a</txt-record>\n"
       "    <txt-record>nickname=\"x\"</txt-record>\n"
       "    <type>_ipp._tcp</type>\n    <port>631</port>\n"
       "  </service>\n</service-group>\n");
  // ipp's note points to BonjourPrinting.pdf: that document's keys.
  EXPECT_EQ(HoverText(uri, 3, 17),
            "**`rp`**: a TXT key of **ipp** defined by Bonjour Printing "
            "Specification 1.2.1 §9; PWG 5100.14 §4.2.2 (the registry's note "
            "does not list it)");
  EXPECT_EQ(HoverText(uri, 4, 17),
            "**`nickname`**: not defined by the registry (its note for "
            "**ipp** lists no keys svclint can read)\n\n"
            "The registry's note:\n\n```text\n"
            "Defined TXT keys: See BonjourPrinting.pdf.\n```\n\n"
            "Breaks RFC 6763:\n"
            "- **TX009** `txt-value-quoted`: Value wrapped in quotation marks "
            "(they become part of the value) ([RFC 6763 §6.5]"
            "(https://www.rfc-editor.org/rfc/rfc6763.html#section-6.5))");
}

TEST_F(LspTxtKeyHoverTest, TomlArrayOverLinesAndTemplates) {
  const std::string uri = "file:///tmp/svclint-lsp-txt/s.toml";
  Open(uri,
       "[[service]]\ninstance = \"Disk\"\ntype = \"_adisk._tcp\"\nport = 9\n"
       "txt = [\n  \"txtvers=1\",\n  \"sys=waMa=0\", \"dk0=adVN=x\",\n]\n");
  const std::string note =
      "The registry's note:\n\n```text\nDefined TXT keys: sys, dkX\n```";
  EXPECT_EQ(HoverText(uri, 5, 4),
            "**`txtvers`**: the TXT record's version, any service's "
            "([RFC 6763 §6.7](https://www.rfc-editor.org/rfc/"
            "rfc6763.html#section-6.7)): first in the record, a decimal "
            "number");
  // The note names the key and nothing more: no entry of its own.
  EXPECT_EQ(
      HoverText(uri, 6, 4),
      "**`sys`**: a TXT key the registry defines for **adisk**\n\n" + note);
  // dk0 is the note's template dkX.
  EXPECT_EQ(HoverText(uri, 6, 18),
            "**`dk0`**: a TXT key the registry defines for **adisk**\n\n"
            "```text\ndkX\n```\n\n" +
                note);
}

TEST_F(LspTxtKeyHoverTest, NoServiceTypeAndKeysBreakingRfc6763) {
  const std::string uri = "file:///tmp/svclint-lsp-txt/n.toml";
  Open(uri, "[[service]]\ntxt = [\"u=x\", \"averylongkey=1\", \"=x\"]\n");
  EXPECT_EQ(HoverText(uri, 1, 8),
            "**`u`**: a TXT key; the file names no service type, so there is "
            "no registry definition to show");
  // The finding's rule comes first and is not repeated below.
  EXPECT_EQ(HoverText(uri, 1, 16),
            "**TX003** `txt-key-too-long`: Key longer than 9 characters\n\n"
            "[RFC 6763 §6.4](https://www.rfc-editor.org/rfc/"
            "rfc6763.html#section-6.4) · `svclint explain TX003`\n\n---\n\n"
            "**`averylongkey`**: a TXT key; the file names no service type, "
            "so there is no registry definition to show");
  EXPECT_EQ(HoverText(uri, 1, 33),
            "**TX001** `txt-key-missing`: TXT string begins with '=' (no "
            "key)\n\n[RFC 6763 §6.4](https://www.rfc-editor.org/rfc/"
            "rfc6763.html#section-6.4) · `svclint explain TX001`\n\n---\n\n"
            "**(no key)**: a TXT string that starts with '='; clients ignore "
            "it");
}

TEST_F(LspTxtKeyHoverTest, UnregisteredServiceSaysSoPlainly) {
  const std::string uri = "file:///tmp/svclint-lsp-txt/u.dnssd";
  Open(uri,
       "[Service]\nName=x\nType=_svclint-none._tcp\nPort=1\nTxtText=k=v\n");
  EXPECT_EQ(HoverText(uri, 4, 8),
            "**`k`**: not defined by the registry: no record of "
            "**svclint-none** has a \"Defined TXT keys\" note");
}

TEST(TxtKeyEntryTest, EachNoteShape) {
  using lsp::TxtKeyEntry;
  const std::string_view equals = "Defined TXT keys: u=<user> p=<pw> path=<p>";
  const std::string_view keys1[] = {"u", "p", "path"};
  EXPECT_EQ(TxtKeyEntry(equals, keys1, 0), "u=<user>");
  EXPECT_EQ(TxtKeyEntry(equals, keys1, 2), "path=<p>");
  const std::string_view remarks =
      "Defined TXT keys: model (device model identifier), sn (serial)";
  const std::string_view keys2[] = {"model", "sn"};
  EXPECT_EQ(TxtKeyEntry(remarks, keys2, 0), "model (device model identifier)");
  EXPECT_EQ(TxtKeyEntry(remarks, keys2, 1), "sn (serial)");
  const std::string_view lines =
      "Defined TXT keys:<br/>\n  RFC=<RFC destination><br/>\n  Device=<d>";
  const std::string_view keys3[] = {"RFC", "Device"};
  EXPECT_EQ(TxtKeyEntry(lines, keys3, 0), "RFC=<RFC destination>");
  EXPECT_EQ(TxtKeyEntry(lines, keys3, 1), "Device=<d>");
  // A note that says something before its keys: the keys' part is read.
  const std::string_view prose = "p is great. Defined TXT keys: p, q";
  const std::string_view keys4[] = {"p", "q"};
  EXPECT_EQ(TxtKeyEntry(prose, keys4, 0), "p");
  EXPECT_EQ(TxtKeyEntry(prose, keys4, 5), "");
}

TEST(TxtKeyAtTest, HostilePositionsAndHalfWrittenFiles) {
  using lsp::TxtKeyAt;
  EXPECT_EQ(TxtKeyAt("a.service", "", 0), std::nullopt);
  EXPECT_EQ(TxtKeyAt("a.service", "<txt-record>k=v", 99), std::nullopt);
  EXPECT_EQ(TxtKeyAt("a.service", "<txt-record>k=v", 12)->key, "k");
  // Unclosed tag, no '>' yet.
  EXPECT_EQ(TxtKeyAt("a.service", "<txt-record", 5), std::nullopt);
  EXPECT_EQ(TxtKeyAt("a.dnssd", "TxtText=\"a=b", 9)->key, "a");
  EXPECT_EQ(TxtKeyAt("a.dnssd", "TxtText=", 8), std::nullopt);
  EXPECT_EQ(TxtKeyAt("a.dnssd", "Name=k=v", 5), std::nullopt);
  // TOML: outside a txt array, in a closed one, in a comment.
  EXPECT_EQ(TxtKeyAt("s.toml", "subtypes = [\"_x\"]", 14), std::nullopt);
  EXPECT_EQ(TxtKeyAt("s.toml", "txt = [\"a=b\"]\ntype = \"k\"", 23),
            std::nullopt);
  EXPECT_EQ(TxtKeyAt("s.toml", "txt = [ # \"a=b\"\n", 11), std::nullopt);
  EXPECT_EQ(TxtKeyAt("s.toml", "txt = [\"a\\\"b=c\"]", 8)->key, "a\\\"b");
  EXPECT_EQ(TxtKeyAt("notes.txt", "TxtText=a=b", 8), std::nullopt);
}

}  // namespace
}  // namespace svclint
