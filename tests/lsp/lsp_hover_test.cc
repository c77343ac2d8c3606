// textDocument/hover through a real `svclint lsp`: the registry record of a
// service type, a finding's rule with its RFC link, nothing on plain text.

#include <string>

#include "gtest/gtest.h"
#include "lint/lsp/hover.h"
#include "tests/lsp/lsp_client.h"

namespace svclint {
namespace {

using Json = nlohmann::json;
using ::svclint::testing::LspClient;

constexpr char kUri[] = "file:///tmp/svclint-lsp-hover/services.toml";
constexpr char kText[] =
    "[[service]]\n"
    "instance = \"Office\"\n"
    "type = \"_acmaint_dbd._udp\"\n"
    "port = 774\n"
    "\n"
    "[[service]]\n"
    "instance = \"Printer\"\n"
    "type = \"_ipp._tcp\"\n"
    "port = 631\n";

Json HoverAt(LspClient& client, int id, int line, int character) {
  client.Send({{"jsonrpc", "2.0"},
               {"id", id},
               {"method", "textDocument/hover"},
               {"params",
                {{"textDocument", {{"uri", kUri}}},
                 {"position", {{"line", line}, {"character", character}}}}}});
  std::optional<Json> reply = client.ReadUntil(
      [&](const Json& m) { return m.contains("id") && m["id"] == id; });
  return reply ? reply->at("result") : Json("no reply");
}

TEST(LspHoverTest, RegistryRecordsAndRules) {
  LspClient client;
  client.Send({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", {{"capabilities", Json::object()}}}});
  std::optional<Json> init = client.ReadUntil(
      [](const Json& m) { return m.contains("id") && m["id"] == 1; });
  ASSERT_TRUE(init.has_value());
  EXPECT_EQ(init->at("result").at("capabilities").at("hoverProvider"), true);
  client.Send({{"jsonrpc", "2.0"},
               {"method", "textDocument/didOpen"},
               {"params",
                {{"textDocument",
                  {{"uri", kUri},
                   {"languageId", "toml"},
                   {"version", 1},
                   {"text", kText}}}}}});
  ASSERT_TRUE(client.ReadUntil([](const Json& m) {
    return m.value("method", "") == "textDocument/publishDiagnostics";
  }));

  // On "_ipp._tcp": the registry's records of ipp.
  EXPECT_EQ(HoverAt(client, 2, 7, 9),
            Json({{"contents",
                   {{"kind", "markdown"},
                    {"value",
                     "**ipp**: IPP (Internet Printing Protocol)\n\n"
                     "- port 631/tcp, assignee IESG, [RFC8011]\n"
                     "- port 631/udp, assignee IESG, [RFC8011]\n\n"
                     "Defined TXT keys: See BonjourPrinting.pdf."}}}}));
  // On "acmaint_dbd", flagged SN007: the rule, then the record.
  EXPECT_EQ(
      HoverAt(client, 3, 2, 10),
      Json({{"contents",
             {{"kind", "markdown"},
              {"value",
               "**SN007** `historic-alias`: A historic alias (legacy form, or "
               "www/www-http for http); fix: the registry's replacement\n\n"
               "[RFC 6335 §5, §10.1]"
               "(https://www.rfc-editor.org/rfc/rfc6335.html#section-5) · "
               "`svclint explain SN007`\n\n---\n\n"
               "**acmaint_dbd**\n\n- port 774/udp\n\n"
               "A historic alias: the registry's name is `acmaint-dbd`."}}}}));
  // On "[[service]]": nothing to say.
  EXPECT_EQ(HoverAt(client, 4, 0, 3), Json(nullptr));

  client.Send({{"jsonrpc", "2.0"}, {"id", 9}, {"method", "shutdown"}});
  ASSERT_TRUE(client.ReadUntil(
      [](const Json& m) { return m.contains("id") && m["id"] == 9; }));
  client.Send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  EXPECT_EQ(client.Wait(), 0);
}

TEST(HoverTest, ServiceNameOfTypesSubtypesAndNames) {
  EXPECT_EQ(lsp::ServiceNameOf("_ipp._tcp"), "ipp");
  EXPECT_EQ(lsp::ServiceNameOf("_printer._sub._ipp._tcp"), "ipp");
  EXPECT_EQ(lsp::ServiceNameOf("_http._tcp.local."), "http");
  EXPECT_EQ(lsp::ServiceNameOf("ipp"), "ipp");
  EXPECT_EQ(lsp::ServiceNameOf("a.b.c"), std::nullopt);
  EXPECT_EQ(lsp::ServiceNameOf(""), std::nullopt);
  EXPECT_EQ(lsp::WordAt("type = \"_ipp._tcp\"", 10), "_ipp._tcp");
  EXPECT_EQ(lsp::WordAt("type = \"_ipp._tcp\"", 5), "");
}

}  // namespace
}  // namespace svclint
