// Completion of `_sub` subtypes through a real `svclint lsp`, in the form
// each consumer takes them (docs/consumers.md): Avahi's <subtype> the full
// "_x._sub._ipp._tcp", systemd's SubType= and a TOML subtypes list the
// bare label; each item's detail names where the subtype is known from.

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_session.h"

namespace svclint {
namespace {

using LspSubtypeCompletionTest = ::svclint::testing::LspSessionTest;
using Pairs = std::vector<std::pair<std::string, std::string>>;

constexpr char kUniversal[] =
    "AirPrint; CUPS publishes it for shared printers (scheduler/dirsvc.c)";
constexpr char kCups[] = "CUPS shared printers (scheduler/dirsvc.c)";
constexpr char kPrint[] = "IPP Everywhere (PWG 5100.14 §4.2)";

std::string Of(const std::string& type, const std::string& source) {
  return "subtype of " + type + ": " + source;
}

TEST_F(LspSubtypeCompletionTest, AvahiTakesTheFullName) {
  const std::string uri = "file:///tmp/svclint-lsp-sub/a.service";
  const std::string text =
      "<service-group>\n<service>\n<type>_ipp._tcp</type>\n<subtype>\n";
  Open(uri, text);
  EXPECT_EQ(Items(Complete(uri, 3, 9)),
            (Pairs{{"_universal._sub._ipp._tcp", Of("_ipp._tcp", kUniversal)},
                   {"_cups._sub._ipp._tcp", Of("_ipp._tcp", kCups)},
                   {"_print._sub._ipp._tcp", Of("_ipp._tcp", kPrint)}}));
  Open(uri, "<service-group><service><type>_ipps._tcp</type><subtype>_c");
  const Json r = Complete(uri, 0, 59);
  EXPECT_EQ(Items(r),
            (Pairs{{"_cups._sub._ipps._tcp", Of("_ipps._tcp", kCups)}}));
  EXPECT_EQ(r.at("items").at(0).at("sortText"), "00000");
}

TEST_F(LspSubtypeCompletionTest, SystemdTakesTheBareLabel) {
  const std::string uri = "file:///tmp/svclint-lsp-sub/a.dnssd";
  Open(uri, "[Service]\nName=Web\nType=_http._tcp\nSubType=\n");
  // http's subtype is in the registry (on www-http, its historic alias)
  // and in RFC 6763's own example.
  EXPECT_EQ(Items(Complete(uri, 3, 8)),
            (Pairs{{"_printer",
                    "subtype of _http._tcp: the IANA registry's note for "
                    "www-http; RFC 6763 §7.1 (a printer's web page); Bonjour "
                    "Printing Specification 1.2.1"}}));
  // Only the registry knows ola's.
  Open(uri, "[Service]\nType=_ola._tcp\nSubType=_\n");
  EXPECT_EQ(
      Items(Complete(uri, 2, 9)),
      (Pairs{{"_www-http",
              "subtype of _ola._tcp: the IANA registry's note for ola"}}));
}

TEST_F(LspSubtypeCompletionTest, TomlTakesTheBareLabel) {
  const std::string uri = "file:///tmp/svclint-lsp-sub/s.toml";
  Open(
      uri,
      "[[service]]\ntype = \"_ipp._tcp\"\nsubtypes = [\"_universal\", \"\"]\n");
  EXPECT_EQ(Items(Complete(uri, 2, 27)),
            (Pairs{{"_universal", Of("_ipp._tcp", kUniversal)},
                   {"_cups", Of("_ipp._tcp", kCups)},
                   {"_print", Of("_ipp._tcp", kPrint)}}));
}

TEST_F(LspSubtypeCompletionTest, NothingWithoutATypeOrAKnownSubtype) {
  const std::string uri = "file:///tmp/svclint-lsp-sub/n.dnssd";
  Open(uri, "[Service]\nSubType=\n");
  EXPECT_EQ(Complete(uri, 1, 8).at("items"), Json::array());
  Open(uri, "[Service]\nType=_ssh._tcp\nSubType=\n");
  EXPECT_EQ(Complete(uri, 2, 8).at("items"), Json::array());
}

}  // namespace
}  // namespace svclint
