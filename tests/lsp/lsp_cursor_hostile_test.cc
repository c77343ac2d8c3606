// Hover and completion at hostile positions, through a real `svclint lsp`:
// past the end of a line and of the document, on empty documents, in
// malformed XML and half-written units, and on the 3.9 MB registry XML
// (as the registry and as if it were an Avahi file). The server must answer
// every request, with null or an empty list where there is nothing to say;
// the 2-second reply limit catches a scan gone quadratic, it measures
// nothing (bench/ does).

#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_session.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using LspCursorHostileTest = ::svclint::testing::LspSessionTest;

constexpr int kReplyMs = 2000;

TEST_F(LspCursorHostileTest, EmptyDocumentsAndPositionsPastTheEnd) {
  for (const std::string uri : {"file:///tmp/svclint-lsp-hostile/e.service",
                                "file:///tmp/svclint-lsp-hostile/e.dnssd",
                                "file:///tmp/svclint-lsp-hostile/e.toml"}) {
    Open(uri, "");
    for (const auto& [line, character] :
         {std::pair{0, 0}, {0, 50}, {7, 0}, {1 << 30, 1 << 30}}) {
      // Null, or the file's findings at 1:1 (an empty unit lacks Name=).
      const Json hover = At("textDocument/hover", uri, line, character);
      EXPECT_TRUE(hover.is_null() || hover.contains("contents"))
          << uri << " " << line << ":" << character << " " << hover;
      const Json completion =
          At("textDocument/completion", uri, line, character);
      ASSERT_TRUE(completion.is_object()) << completion;
      // An empty unit is offered its [Service] keys; nothing else here.
      EXPECT_EQ(completion.at("items").size(),
                uri.ends_with(".dnssd") ? 8u : 0u)
          << uri << " " << line << ":" << character;
    }
  }
  // A position past the end of a line that has a TXT key is not on it.
  const std::string uri = "file:///tmp/svclint-lsp-hostile/k.dnssd";
  Open(uri, "[Service]\nType=_http._tcp\nTxtText=path=/\n");
  EXPECT_EQ(Hover(uri, 2, 400), Json(nullptr));
  EXPECT_EQ(Hover(uri, 40, 8), Json(nullptr));
}

TEST_F(LspCursorHostileTest, MalformedMarkupAndUnits) {
  const std::string uri = "file:///tmp/svclint-lsp-hostile/m.service";
  const std::string texts[] = {
      "<<<<>>>>&&&;<txt-record><txt-record>=<",
      "<service-group><service><type>_ipp._tcp<subtype><txt-record>rp",
      "<txt-record "
      "value-format=\"binary-hex\">u=\xc3\xa9\xe2\x80\x8b</txt-record",
      "<!-- <service-group><service><subtype>",
      std::string("<service-group>\0<service>\0<", 27),
  };
  for (const std::string& text : texts) {
    Open(uri, text);
    for (int character = 0; character <= static_cast<int>(text.size()) + 2;
         ++character) {
      ASSERT_NE(At("textDocument/hover", uri, 0, character, kReplyMs),
                Json("no reply"));
      ASSERT_TRUE(At("textDocument/completion", uri, 0, character, kReplyMs)
                      .is_object());
    }
  }
  const std::string unit = "file:///tmp/svclint-lsp-hostile/m.dnssd";
  Open(unit, "TxtText=\"unclosed 'q=x\nSubType=\nType=._tcp._tcp\n");
  EXPECT_NE(Hover(unit, 0, 9), Json("no reply"));
  EXPECT_EQ(Complete(unit, 1, 8).at("items"), Json::array());
}

// A didOpen whose text is missing or not a string opens nothing: requests
// on that URI answer as for a document never opened (found by
// fuzz_lsp_server: the document was stored before its text was read).
TEST_F(LspCursorHostileTest, DidOpenWithoutTextOpensNothing) {
  const std::string uri = "file:///tmp/svclint-lsp-hostile/no-text.dnssd";
  for (const Json& text_field : {Json(), Json(3), Json::array()}) {
    Json document = {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}};
    if (!text_field.is_null()) document["text"] = text_field;
    client_.Send({{"jsonrpc", "2.0"},
                  {"method", "textDocument/didOpen"},
                  {"params", {{"textDocument", document}}}});
    EXPECT_EQ(Hover(uri, 0, 0), Json(nullptr)) << text_field;
    EXPECT_EQ(Complete(uri, 0, 0), Json(nullptr)) << text_field;
    const int id = ++last_id_;
    client_.Send({{"jsonrpc", "2.0"},
                  {"id", id},
                  {"method", "textDocument/codeAction"},
                  {"params",
                   {{"textDocument", {{"uri", uri}}},
                    {"range",
                     {{"start", {{"line", 0}, {"character", 0}}},
                      {"end", {{"line", 0}, {"character", 0}}}}},
                    {"context", {{"diagnostics", Json::array()}}}}}});
    std::optional<Json> actions = client_.ReadUntil(
        [&](const Json& m) { return m.contains("id") && m["id"] == id; });
    ASSERT_TRUE(actions.has_value());
    EXPECT_EQ(actions->at("result"), Json::array()) << text_field;
  }
  // Opened properly afterwards, the same URI works as any other.
  Open(uri, "[Service]\nType=_http._tcp\nTxtText=path=/\n");
  EXPECT_NE(Hover(uri, 1, 6), Json(nullptr));
}

TEST_F(LspCursorHostileTest, TheRegistryXmlAnswersAtOnce) {
  const std::string xml = ::svclint::testing::ReadFile(
      ::svclint::testing::SourceDir() +
      "/corpus/iana/service-names-port-numbers.xml");
  ASSERT_GT(xml.size(), 3'000'000u);
  // As the registry (a .xml file) and as if it were an Avahi file.
  for (const std::string uri :
       {"file:///tmp/svclint-lsp-hostile/service-names-port-numbers.xml",
        "file:///tmp/svclint-lsp-hostile/registry.service"}) {
    Open(uri, xml);
    for (const auto& [line, character] :
         {std::pair{0, 0}, {60000, 10}, {99999, 0}, {1 << 30, 1 << 30}}) {
      ASSERT_NE(At("textDocument/hover", uri, line, character, kReplyMs),
                Json("no reply"))
          << uri << " " << line;
      ASSERT_TRUE(At("textDocument/completion", uri, line, character, kReplyMs)
                      .is_object())
          << uri << " " << line;
    }
  }
}

}  // namespace
}  // namespace svclint
