// textDocument/completion through a real `svclint lsp`: service types after
// Avahi's <type> and .dnssd's Type=, ranked by the registry's DNS-SD use;
// the keys of a .dnssd [Service] section.

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_session.h"

namespace svclint {
namespace {

using Json = nlohmann::json;

class LspCompletionTest : public ::svclint::testing::LspSessionTest {
 protected:
  void SetUp() override {
    LspSessionTest::SetUp();
    if (HasFatalFailure()) return;
    const Json triggers = {
        {"triggerCharacters", {"_", "\"", "=", ">", "<", "/"}}};
    EXPECT_EQ(initialize_result_.at("capabilities").at("completionProvider"),
              triggers);
  }

  // Opens `uri` with `text` and asks for completions at (line, character).
  Json CompleteAt(const std::string& uri, const std::string& text, int line,
                  int character) {
    Open(uri, text);
    return Complete(uri, line, character);
  }
  static std::vector<std::pair<std::string, std::string>> Labels(
      const Json& result, size_t count) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Json& item : result.at("items")) {
      if (out.size() == count) break;
      out.emplace_back(item.at("label"), item.at("sortText"));
    }
    return out;
  }
};

TEST_F(LspCompletionTest, AvahiTypeAfterTheTypeElement) {
  const Json result = CompleteAt("file:///tmp/svclint-lsp-completion/a.service",
                                 "<service-group><service><type>_ipp", 0, 34);
  EXPECT_EQ(result.at("isIncomplete"), false);
  EXPECT_EQ(result.at("items").size(), 4u);
  const Json first = {{"label", "_ipp._tcp"},
                      {"kind", 12},
                      {"detail", "IPP (Internet Printing Protocol)"},
                      {"sortText", "00000"}};
  EXPECT_EQ(result.at("items").at(0), first);
  using Labelled = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(Labels(result, 4), (Labelled{{"_ipp._tcp", "00000"},
                                         {"_ipp._udp", "00001"},
                                         {"_ippc._udp", "00002"},
                                         {"_ipps._tcp", "00003"}}));
}

TEST_F(LspCompletionTest, DnssdTypeRankedByDnssdUse) {
  const Json result = CompleteAt("file:///tmp/svclint-lsp-completion/a.dnssd",
                                 "[Service]\nType=_htt\n", 1, 9);
  EXPECT_EQ(result.at("isIncomplete"), false);
  using Labelled = std::vector<std::pair<std::string, std::string>>;
  // http and https have TXT keys in the registry: before http-alt.
  EXPECT_EQ(Labels(result, 5), (Labelled{{"_http._tcp", "00000"},
                                         {"_http._udp", "00001"},
                                         {"_https._tcp", "00002"},
                                         {"_https._udp", "00003"},
                                         {"_http-alt._tcp", "00004"}}));
}

TEST_F(LspCompletionTest, ServicesTomlTypeListIsCappedAndIncomplete) {
  const Json result = CompleteAt("file:///tmp/svclint-lsp-completion/s.toml",
                                 "[[service]]\ntype = \"_\"\n", 1, 9);
  EXPECT_EQ(result.at("isIncomplete"), true);
  EXPECT_EQ(result.at("items").size(), 100u);
}

TEST_F(LspCompletionTest, DnssdServiceKeysAtTheStartOfALine) {
  const Json result = CompleteAt("file:///tmp/svclint-lsp-completion/b.dnssd",
                                 "[Service]\nT\n", 1, 1);
  const Json want = {
      {"isIncomplete", false},
      {"items",
       {{{"label", "Type="},
         {"kind", 12},
         {"detail", "service type, e.g. _http._tcp"},
         {"sortText", "00000"}},
        {{"label", "TxtText="},
         {"kind", 12},
         {"detail", "TXT strings, key=value separated by spaces"},
         {"sortText", "00001"}},
        {{"label", "TxtData="},
         {"kind", 12},
         {"detail", "TXT strings with binary values (base64)"},
         {"sortText", "00002"}}}}};
  EXPECT_EQ(result, want);
}

TEST_F(LspCompletionTest, TxtKeysTheRegistryDefinesForTheService) {
  using Labelled = std::vector<std::pair<std::string, std::string>>;
  const Json dnssd = CompleteAt("file:///tmp/svclint-lsp-completion/c.dnssd",
                                "[Service]\nType=_http._tcp\nTxtText=\n", 2, 8);
  EXPECT_EQ(Labels(dnssd, 10),
            (Labelled{{"u=", "00000"}, {"p=", "00001"}, {"path=", "00002"}}));
  EXPECT_EQ(dnssd.at("items").at(0).at("detail"),
            "TXT key the registry defines for http");
  const Json avahi = CompleteAt(
      "file:///tmp/svclint-lsp-completion/c.service",
      "<service-group><service><type>_http._tcp</type><txt-record>pa", 0, 61);
  EXPECT_EQ(Labels(avahi, 10), (Labelled{{"path=", "00000"}}));
  const Json toml =
      CompleteAt("file:///tmp/svclint-lsp-completion/t.toml",
                 "[[service]]\ntype = \"_http._tcp\"\ntxt = [\"\"]\n", 2, 8);
  EXPECT_EQ(Labels(toml, 10),
            (Labelled{{"u=", "00000"}, {"p=", "00001"}, {"path=", "00002"}}));
  // ipp's note points at a document instead of listing keys: nothing.
  const Json ipp = CompleteAt("file:///tmp/svclint-lsp-completion/i.dnssd",
                              "[Service]\nType=_ipp._tcp\nTxtText=\n", 2, 8);
  EXPECT_EQ(ipp.at("items"), Json::array());
}

}  // namespace
}  // namespace svclint
