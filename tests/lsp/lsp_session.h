// An initialized `svclint lsp` session for tests that open documents and
// ask about positions in them: hover and completion.
#ifndef SVCLINT_TESTS_LSP_LSP_SESSION_H_
#define SVCLINT_TESTS_LSP_LSP_SESSION_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_client.h"

namespace svclint::testing {

class LspSessionTest : public ::testing::Test {
 protected:
  using Json = nlohmann::json;

  void SetUp() override {
    client_.Send({{"jsonrpc", "2.0"},
                  {"id", 1},
                  {"method", "initialize"},
                  {"params", {{"capabilities", Json::object()}}}});
    std::optional<Json> init = client_.ReadUntil(
        [](const Json& m) { return m.contains("id") && m["id"] == 1; });
    ASSERT_TRUE(init.has_value());
    initialize_result_ = init->at("result");
  }
  void TearDown() override {
    client_.Send({{"jsonrpc", "2.0"}, {"id", 0}, {"method", "shutdown"}});
    ASSERT_TRUE(client_.ReadUntil(
        [](const Json& m) { return m.contains("id") && m["id"] == 0; }));
    client_.Send({{"jsonrpc", "2.0"}, {"method", "exit"}});
    EXPECT_EQ(client_.Wait(), 0);
  }

  // Opens (or replaces) `uri` with `text`; waits for its diagnostics, so
  // that hovers see the findings.
  void Open(const std::string& uri, const std::string& text) {
    client_.Send({{"jsonrpc", "2.0"},
                  {"method", "textDocument/didOpen"},
                  {"params",
                   {{"textDocument",
                     {{"uri", uri},
                      {"languageId", "plaintext"},
                      {"version", 1},
                      {"text", text}}}}}});
    client_.ReadUntil([](const Json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics";
    });
  }
  // The result of `method` at (line, character) of `uri`; "no reply" when
  // the server does not answer.
  Json At(const std::string& method, const std::string& uri, int line,
          int character, int timeout_ms = 5000) {
    const int id = ++last_id_;
    client_.Send(
        {{"jsonrpc", "2.0"},
         {"id", id},
         {"method", method},
         {"params",
          {{"textDocument", {{"uri", uri}}},
           {"position", {{"line", line}, {"character", character}}}}}});
    std::optional<Json> reply = client_.ReadUntil(
        [&](const Json& m) { return m.contains("id") && m["id"] == id; },
        timeout_ms);
    return reply ? reply->at("result") : Json("no reply");
  }
  Json Hover(const std::string& uri, int line, int character) {
    return At("textDocument/hover", uri, line, character);
  }
  // The hover's markdown, or "" when there is none.
  std::string HoverText(const std::string& uri, int line, int character) {
    const Json r = Hover(uri, line, character);
    return r.is_object() ? r.at("contents").at("value").get<std::string>()
                         : std::string();
  }
  Json Complete(const std::string& uri, int line, int character) {
    return At("textDocument/completion", uri, line, character);
  }
  // (label, detail) of every item.
  static std::vector<std::pair<std::string, std::string>> Items(
      const Json& result) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!result.is_object()) return out;
    for (const Json& item : result.at("items")) {
      out.emplace_back(item.at("label"), item.at("detail"));
    }
    return out;
  }

  LspClient client_;
  Json initialize_result_;  // the server's answer to `initialize`
  int last_id_ = 1;
};

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_LSP_LSP_SESSION_H_
