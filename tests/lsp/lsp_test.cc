// The language server, end to end: a real `svclint lsp` process driven as
// an editor drives it.

#include <string>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_client.h"

namespace svclint {
namespace {

using Json = nlohmann::json;
using ::svclint::testing::LspClient;

constexpr char kUri[] = "file:///tmp/svclint-lsp-test/services.toml";

Json Request(int id, const std::string& method, Json params) {
  return {
      {"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
Json Notification(const std::string& method, Json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

bool IsResponse(const Json& m, int id) {
  return m.contains("id") && m["id"] == id;
}
bool IsDiagnostics(const Json& m) {
  return m.value("method", "") == "textDocument/publishDiagnostics";
}

void Initialize(LspClient& client) {
  client.Send(Request(1, "initialize", {{"capabilities", Json::object()}}));
  std::optional<Json> init =
      client.ReadUntil([](const Json& m) { return IsResponse(m, 1); });
  ASSERT_TRUE(init.has_value());
  EXPECT_EQ(init->at("result").at("capabilities").at("positionEncoding"),
            "utf-16");
  EXPECT_EQ(
      init->at("result").at("capabilities").at("textDocumentSync").at("change"),
      1);
  client.Send(Notification("initialized", Json::object()));
}

TEST(LspTest, DiagnosticsCodeActionsAndUpdates) {
  LspClient client;
  Initialize(client);
  const std::string text =
      "[[service]]\n"
      "instance = \"Office\"\n"
      "type = \"_acmaint_dbd._udp\"\n"
      "port = 774\n";
  client.Send(Notification("textDocument/didOpen", {{"textDocument",
                                                     {{"uri", kUri},
                                                      {"languageId", "toml"},
                                                      {"version", 1},
                                                      {"text", text}}}}));
  std::optional<Json> published = client.ReadUntil(IsDiagnostics);
  ASSERT_TRUE(published.has_value());
  const Json& diags = published->at("params").at("diagnostics");
  const Json* sn007 = nullptr;
  for (const Json& d : diags) {
    if (d.at("code") == "SN007") sn007 = &d;
  }
  ASSERT_NE(sn007, nullptr) << published->dump(2);
  EXPECT_EQ(sn007->at("range").at("start").at("line"), 2);
  EXPECT_EQ(sn007->at("range").at("start").at("character"), 9);
  EXPECT_EQ(sn007->at("source"), "svclint");
  EXPECT_EQ(sn007->at("codeDescription").at("href"),
            "https://www.rfc-editor.org/rfc/rfc6335.html#section-5");

  client.Send(Request(2, "textDocument/codeAction",
                      {{"textDocument", {{"uri", kUri}}},
                       {"range", sn007->at("range")},
                       {"context", {{"diagnostics", Json::array({*sn007})}}}}));
  std::optional<Json> actions =
      client.ReadUntil([](const Json& m) { return IsResponse(m, 2); });
  ASSERT_TRUE(actions.has_value());
  const Json* fix = nullptr;
  for (const Json& a : actions->at("result")) {
    if (a.at("diagnostics").at(0).at("code") == "SN007") fix = &a;
  }
  ASSERT_NE(fix, nullptr) << actions->dump(2);
  EXPECT_EQ(fix->at("kind"), "quickfix");
  const Json& edit = fix->at("edit").at("changes").at(kUri).at(0);
  EXPECT_EQ(edit.at("newText"), "acmaint-dbd");
  EXPECT_EQ(edit.at("range").at("start").at("line"), 2);
  EXPECT_EQ(edit.at("range").at("start").at("character"), 9);
  EXPECT_EQ(edit.at("range").at("end").at("character"), 20);

  // Apply the edit as the editor would, and send the new text.
  std::string fixed = text;
  const size_t at = fixed.find("acmaint_dbd");
  fixed.replace(at, 11, edit.at("newText").get<std::string>());
  client.Send(
      Notification("textDocument/didChange",
                   {{"textDocument", {{"uri", kUri}, {"version", 2}}},
                    {"contentChanges", Json::array({{{"text", fixed}}})}}));
  std::optional<Json> updated = client.ReadUntil(IsDiagnostics);
  ASSERT_TRUE(updated.has_value());
  for (const Json& d : updated->at("params").at("diagnostics")) {
    EXPECT_NE(d.at("code"), "SN007") << d.dump();
    EXPECT_NE(d.at("code"), "SN003") << d.dump();
  }

  client.Send(Request(3, "shutdown", nullptr));
  ASSERT_TRUE(client.ReadUntil([](const Json& m) { return IsResponse(m, 3); }));
  client.Send(Notification("exit", nullptr));
  EXPECT_EQ(client.Wait(), 0);
}

TEST(LspTest, MalformedMessagesGetErrorsAndTheServerCarriesOn) {
  LspClient client;
  Initialize(client);
  // Not JSON.
  client.SendRaw("Content-Length: 9\r\n\r\n{not json");
  std::optional<Json> e1 = client.Read();
  ASSERT_TRUE(e1.has_value());
  EXPECT_EQ(e1->at("error").at("code"), -32700);
  // A request for a method that does not exist.
  client.Send(Request(7, "textDocument/teleport", Json::object()));
  std::optional<Json> e2 =
      client.ReadUntil([](const Json& m) { return IsResponse(m, 7); });
  ASSERT_TRUE(e2.has_value());
  EXPECT_EQ(e2->at("error").at("code"), -32601);
  // Wrongly typed params.
  client.Send(Request(8, "textDocument/codeAction", {{"textDocument", 3}}));
  std::optional<Json> e3 =
      client.ReadUntil([](const Json& m) { return IsResponse(m, 8); });
  ASSERT_TRUE(e3.has_value());
  EXPECT_EQ(e3->at("error").at("code"), -32602);
  // A header block without Content-Length.
  client.SendRaw("Content-Type: x\r\n\r\n");
  std::optional<Json> e4 = client.Read();
  ASSERT_TRUE(e4.has_value());
  EXPECT_EQ(e4->at("error").at("code"), -32700);
  // Still alive and answering.
  client.Send(Request(9, "shutdown", nullptr));
  std::optional<Json> ok =
      client.ReadUntil([](const Json& m) { return IsResponse(m, 9); });
  ASSERT_TRUE(ok.has_value());
  EXPECT_TRUE(ok->at("result").is_null());
  client.Send(Notification("exit", nullptr));
  EXPECT_EQ(client.Wait(), 0);
}

TEST(LspTest, ExitWithoutShutdownIsExitCodeOne) {
  LspClient client;
  Initialize(client);
  client.Send(Notification("exit", nullptr));
  EXPECT_EQ(client.Wait(), 1);
}

}  // namespace
}  // namespace svclint
