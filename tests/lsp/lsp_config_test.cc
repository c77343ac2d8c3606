// The language server and .svclint.toml: a broken configuration is shown on
// every lint of every file it governs and on itself; a changed one applies
// without a restart, through the registered watcher or its mtime.

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/lsp/lsp_client.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using ::svclint::testing::LspClient;

Json Request(int id, const std::string& method, Json params) {
  return {
      {"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
Json Notification(const std::string& method, Json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

constexpr char kServices[] =
    "[[service]]\ninstance = \"Office\"\ntype = \"_acmaint_dbd._udp\"\n"
    "port = 774\n";
constexpr char kBroken[] = "fail-on = \"sometimes\"\n";
constexpr char kFixed[] = "ignore = [\"SN007\"]\n";

class LspConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("svclint-lsp-config-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    WriteConfig(kBroken);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes .svclint.toml with a modification time that differs from the
  // last one even within the file system's clock resolution.
  void WriteConfig(const std::string& text) {
    std::ofstream(dir_ / ".svclint.toml") << text;
    static int generation = 0;
    fs::last_write_time(
        dir_ / ".svclint.toml",
        fs::file_time_type::clock::now() + std::chrono::seconds(++generation));
  }
  std::string Uri(const std::string& name) const {
    return "file://" + (dir_ / name).string();
  }
  std::string ConfigPath() const { return (dir_ / ".svclint.toml").string(); }

  void Initialize(LspClient& client, bool watchers) {
    Json caps = Json::object();
    if (watchers) {
      caps["workspace"]["didChangeWatchedFiles"]["dynamicRegistration"] = true;
    }
    client.Send(Request(1, "initialize", {{"capabilities", caps}}));
    ASSERT_TRUE(client.ReadUntil(
        [](const Json& m) { return m.contains("id") && m["id"] == 1; }));
    client.Send(Notification("initialized", Json::object()));
  }
  void Open(LspClient& client, const std::string& name,
            const std::string& text) {
    client.Send(Notification("textDocument/didOpen", {{"textDocument",
                                                       {{"uri", Uri(name)},
                                                        {"languageId", "toml"},
                                                        {"version", 1},
                                                        {"text", text}}}}));
  }
  // The diagnostics next published for `name`.
  Json NextDiagnostics(LspClient& client, const std::string& name) {
    const std::string uri = Uri(name);
    std::optional<Json> m = client.ReadUntil([&](const Json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" &&
             m["params"]["uri"] == uri;
    });
    return m ? m->at("params").at("diagnostics") : Json();
  }
  static std::vector<std::string> Codes(const Json& diagnostics) {
    std::vector<std::string> codes;
    for (const Json& d : diagnostics) codes.push_back(d.at("code"));
    return codes;
  }
  // The one CF001 a file governed by the broken configuration shows.
  Json ExpectedOnGovernedFile() const {
    return {{"range",
             {{"start", {{"line", 0}, {"character", 0}}},
              {"end", {{"line", 0}, {"character", 0}}}}},
            {"severity", 1},
            {"code", "CF001"},
            {"source", "svclint"},
            {"message", ConfigPath() +
                            ":1:11: invalid configuration: fail-on must be "
                            "\"error\", \"warning\" or \"info\" "
                            "[config-invalid]"}};
  }

  fs::path dir_;
};

TEST_F(LspConfigTest, BrokenConfigShownOnEveryLintAndReloadedByTheWatcher) {
  LspClient client;
  Initialize(client, /*watchers=*/true);
  // The server asks to watch .svclint.toml files.
  std::optional<Json> registration = client.ReadUntil([](const Json& m) {
    return m.value("method", "") == "client/registerCapability";
  });
  ASSERT_TRUE(registration.has_value());
  EXPECT_EQ(registration->at("params").at("registrations").at(0),
            Json::parse(R"({"id": "svclint-config-watcher",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": {"watchers": [
                  {"globPattern": "**/.svclint.toml"}]}})"));
  client.Send({{"jsonrpc", "2.0"},
               {"id", registration->at("id")},
               {"result", nullptr}});

  Open(client, "a.toml", kServices);
  Json a = NextDiagnostics(client, "a.toml");
  ASSERT_EQ(a.size(), 1u) << a.dump(2);
  EXPECT_EQ(a[0].at("range"), ExpectedOnGovernedFile().at("range"));
  EXPECT_EQ(a[0].at("message"), ExpectedOnGovernedFile().at("message"));
  // After an edit, and on another file of the directory: still shown.
  client.Send(
      Notification("textDocument/didChange",
                   {{"textDocument", {{"uri", Uri("a.toml")}, {"version", 2}}},
                    {"contentChanges", Json::array({{{"text", kServices}}})}}));
  EXPECT_EQ(Codes(NextDiagnostics(client, "a.toml")),
            std::vector<std::string>{"CF001"});
  Open(client, "b.toml", kServices);
  EXPECT_EQ(Codes(NextDiagnostics(client, "b.toml")),
            std::vector<std::string>{"CF001"});
  // On the configuration itself, where the problem is.
  Open(client, ".svclint.toml", kBroken);
  Json config = NextDiagnostics(client, ".svclint.toml");
  ASSERT_EQ(config.size(), 1u) << config.dump(2);
  EXPECT_EQ(config[0].at("range"),
            Json::parse(R"({"start": {"line": 0, "character": 10},
                            "end": {"line": 0, "character": 21}})"));

  // Fixed on disk; the watcher says so; every open file is linted again.
  WriteConfig(kFixed);
  client.Send(Notification(
      "workspace/didChangeWatchedFiles",
      {{"changes",
        Json::array({{{"uri", Uri(".svclint.toml")}, {"type", 2}}})}}));
  // SN007 is ignored now; SN003 (underscore) stays.
  const std::vector<std::string> want = {"SN003"};
  EXPECT_EQ(Codes(NextDiagnostics(client, ".svclint.toml")),
            std::vector<std::string>{});
  EXPECT_EQ(Codes(NextDiagnostics(client, "a.toml")), want);
  EXPECT_EQ(Codes(NextDiagnostics(client, "b.toml")), want);

  client.Send(Request(9, "shutdown", nullptr));
  ASSERT_TRUE(client.ReadUntil(
      [](const Json& m) { return m.contains("id") && m["id"] == 9; }));
  client.Send(Notification("exit", nullptr));
  EXPECT_EQ(client.Wait(), 0);
}

TEST_F(LspConfigTest, WithoutWatchersAChangedConfigIsReReadOnTheNextLint) {
  LspClient client;
  Initialize(client, /*watchers=*/false);
  Open(client, "a.toml", kServices);
  EXPECT_EQ(Codes(NextDiagnostics(client, "a.toml")),
            std::vector<std::string>{"CF001"});
  WriteConfig(kFixed);
  client.Send(
      Notification("textDocument/didChange",
                   {{"textDocument", {{"uri", Uri("a.toml")}, {"version", 2}}},
                    {"contentChanges", Json::array({{{"text", kServices}}})}}));
  EXPECT_EQ(Codes(NextDiagnostics(client, "a.toml")),
            std::vector<std::string>{"SN003"});
  client.Send(Request(9, "shutdown", nullptr));
  ASSERT_TRUE(client.ReadUntil(
      [](const Json& m) { return m.contains("id") && m["id"] == 9; }));
  client.Send(Notification("exit", nullptr));
  EXPECT_EQ(client.Wait(), 0);
}

}  // namespace
}  // namespace svclint
