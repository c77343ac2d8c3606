#include "lint/lsp/server.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lint/base/build_info.h"
#include "lint/catalog/catalog.h"
#include "lint/engine/config_resolver.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/lint_paths.h"
#include "lint/lsp/completion.h"
#include "lint/lsp/hover.h"
#include "lint/lsp/jsonrpc.h"
#include "lint/lsp/lsp_reporter.h"
#include "lint/lsp/positions.h"

namespace svclint::lsp {
namespace {

using Json = nlohmann::json;

// JSON-RPC error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;

struct Document {
  std::string uri;
  std::string path;
  std::string text;
  // The line index of `text`, built once per version of it: publishing and
  // code actions convert every position through it.
  std::unique_ptr<LineMap> lines;
  std::vector<Diagnostic> diagnostics;  // from the last lint of `text`

  void SetText(std::string new_text) {
    text = std::move(new_text);
    lines = std::make_unique<LineMap>(text);
  }
};

// The byte offset in `doc.text` of 1-based byte `column` of `line_text`
// (a line of it, found through the line index).
size_t OffsetOf(const Document& doc, std::string_view line_text,
                uint32_t column) {
  if (line_text.data() == nullptr) return doc.text.size();  // past the end
  return static_cast<size_t>(line_text.data() - doc.text.data()) +
         std::min<size_t>(column - 1, line_text.size());
}

// A configuration problem shown on a file it governs: at the file's first
// line, naming the configuration's own position.
Diagnostic OnFirstLine(Diagnostic error) {
  error.message = error.path + ":" + std::to_string(error.span.line) + ":" +
                  std::to_string(error.span.column) + ": " + error.message;
  error.span = {1, 1, 1, 1};
  return error;
}

class Server {
 public:
  explicit Server(std::ostream& out)
      : out_(out),
        resolver_(std::make_unique<ConfigResolver>(CommandLineSettings{})) {}

  // Returns false when the server should stop.
  bool Handle(const RawMessage& raw);
  int exit_code() const { return exit_code_; }

 private:
  void Send(const Json& message) {
    WriteMessage(out_,
                 message.dump(-1, ' ', false, Json::error_handler_t::replace));
  }
  void Reply(const Json& id, Json result) {
    Send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void ReplyError(const Json& id, int code, const std::string& message) {
    Send({{"jsonrpc", "2.0"},
          {"id", id},
          {"error", {{"code", code}, {"message", message}}}});
  }

  Json Initialize(const Json& params);
  void Lint(Document& doc);
  void Publish(const Document& doc);
  Json CodeActions(const Json& params);
  Json Hover(const Json& params);
  Json Completion(const Json& params);
  const Registry& RegistryFor(const Document& doc);
  // Asks the client to watch .svclint.toml files (when it can register
  // watchers dynamically); their changes arrive as didChangeWatchedFiles.
  void RegisterConfigWatcher();
  // Forgets every configuration read, then lints and publishes every open
  // document again under what is on disk now.
  void ReloadConfiguration();
  // Whether a configuration file read before has changed on disk since
  // (its modification time, or it is gone).
  bool ConfigChangedOnDisk();

  std::ostream& out_;
  std::unique_ptr<ConfigResolver> resolver_;
  // Modification time of each configuration file read, at the read.
  std::map<std::string, std::filesystem::file_time_type> config_mtimes_;
  bool watcher_dynamic_ = false;  // the client registers watchers on request
  int next_request_id_ = 1;
  std::map<std::string, Document> documents_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool utf16_ = true;
  int exit_code_ = 1;
};

Json Server::Initialize(const Json& params) {
  // Prefer UTF-8 positions when the client offers them (LSP 3.17).
  const Json* encodings = nullptr;
  if (params.is_object() && params.contains("capabilities")) {
    const Json& caps = params["capabilities"];
    if (caps.is_object() && caps.contains("general") &&
        caps["general"].is_object() &&
        caps["general"].contains("positionEncodings")) {
      encodings = &caps["general"]["positionEncodings"];
    }
  }
  if (encodings != nullptr && encodings->is_array()) {
    for (const Json& e : *encodings) {
      if (e == "utf-8") utf16_ = false;
    }
  }
  const Json watched =
      params.is_object()
          ? params.value(Json::json_pointer("/capabilities/workspace/"
                                            "didChangeWatchedFiles/"
                                            "dynamicRegistration"),
                         Json(false))
          : Json(false);
  watcher_dynamic_ = watched.is_boolean() && watched.get<bool>();
  initialized_ = true;
  return {{"capabilities",
           {{"positionEncoding", utf16_ ? "utf-16" : "utf-8"},
            {"textDocumentSync",
             {{"openClose", true},
              {"change", 1},
              {"save", {{"includeText", true}}}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true},
            {"completionProvider",
             {{"triggerCharacters", {"_", "\"", "=", ">", "<", "/"}}}}}},
          {"serverInfo", {{"name", "svclint"}, {"version", SvclintVersion()}}}};
}

bool Server::ConfigChangedOnDisk() {
  for (const auto& [path, mtime] : config_mtimes_) {
    std::error_code ec;
    const std::filesystem::file_time_type now =
        std::filesystem::last_write_time(path, ec);
    if (ec || now != mtime) return true;
  }
  return false;
}

void Server::Lint(Document& doc) {
  doc.diagnostics.clear();
  // Clients without file watchers: a changed .svclint.toml is re-read here.
  if (ConfigChangedOnDisk()) {
    resolver_ = std::make_unique<ConfigResolver>(CommandLineSettings{});
    config_mtimes_.clear();
  }
  const std::optional<std::string> config_path =
      resolver_->ConfigPathFor(doc.path);
  if (config_path && !config_mtimes_.contains(*config_path)) {
    std::error_code ec;
    const auto mtime = std::filesystem::last_write_time(*config_path, ec);
    if (!ec) config_mtimes_[*config_path] = mtime;
  }
  const bool is_config = IsConfigFile(doc.path);
  const std::optional<FileKind> kind = DetectFileKind(doc.path, doc.text);
  if (!kind && !is_config) return;
  absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
      resolver_->For(doc.path);
  resolver_->TakeErrors();  // ErrorsOf keeps them for every lint
  std::vector<Diagnostic> config_errors;
  if (config_path) config_errors = resolver_->ErrorsOf(*config_path);
  if (is_config) {
    // The configuration itself (as saved): its problems where they are.
    if (config_path && *config_path == doc.path) {
      doc.diagnostics = std::move(config_errors);
    }
    return;
  }
  if (!settings.ok()) {
    // Every file the broken configuration governs shows it, on every lint.
    for (Diagnostic& e : config_errors) {
      doc.diagnostics.push_back(OnFirstLine(std::move(e)));
    }
    if (doc.diagnostics.empty()) {  // e.g. its registry cannot be read
      doc.diagnostics.push_back(
          {.path = doc.path,
           .span = {1, 1, 1, 1},
           .rule_id = "CF001",
           .slug = "config-invalid",
           .severity = Severity::kError,
           .message = std::string(settings.status().message()),
           .fix = std::nullopt});
    }
    return;
  }
  doc.diagnostics =
      LintFileWithSettings(doc.path, doc.text, *kind, **settings).diagnostics;
}

void Server::RegisterConfigWatcher() {
  if (!watcher_dynamic_) return;
  Send(
      {{"jsonrpc", "2.0"},
       {"id", "svclint-watch-" + std::to_string(next_request_id_++)},
       {"method", "client/registerCapability"},
       {"params",
        {{"registrations",
          Json::array(
              {{{"id", "svclint-config-watcher"},
                {"method", "workspace/didChangeWatchedFiles"},
                {"registerOptions",
                 {{"watchers", Json::array({{{"globPattern",
                                              "**/.svclint.toml"}}})}}}}})}}}});
}

void Server::ReloadConfiguration() {
  resolver_ = std::make_unique<ConfigResolver>(CommandLineSettings{});
  config_mtimes_.clear();
  for (auto& [uri, doc] : documents_) {
    Lint(doc);
    Publish(doc);
  }
}

void Server::Publish(const Document& doc) {
  LspReporter reporter(*doc.lines, utf16_);
  reporter.Add(doc.diagnostics);
  reporter.Finish();
  Send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params", {{"uri", doc.uri}, {"diagnostics", reporter.TakeArray()}}}});
}

Json Server::CodeActions(const Json& params) {
  Json actions = Json::array();
  const std::string uri =
      params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) return actions;
  const Document& doc = it->second;
  const LspReporter reporter(*doc.lines, utf16_);
  const Json& range = params.at("range");
  const uint32_t first = range.at("start").at("line").get<uint32_t>() + 1;
  const uint32_t last = range.at("end").at("line").get<uint32_t>() + 1;
  for (const Diagnostic& d : doc.diagnostics) {
    if (!d.fix.has_value() || d.span.end_line < first || d.span.line > last) {
      continue;
    }
    Json edits = Json::array();
    for (const Edit& e : d.fix->edits) {
      edits.push_back(
          {{"range", reporter.Range(e.span)}, {"newText", e.replacement}});
    }
    actions.push_back({{"title", d.fix->title + " (" + d.rule_id + ")"},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", Json::array({reporter.ToLsp(d)})},
                       {"edit", {{"changes", {{doc.uri, std::move(edits)}}}}}});
  }
  return actions;
}

const Registry& Server::RegistryFor(const Document& doc) {
  absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
      resolver_->For(doc.path);
  resolver_->TakeErrors();
  return settings.ok() && (*settings)->registry != nullptr
             ? *(*settings)->registry
             : Registry::Embedded();
}

Json Server::Completion(const Json& params) {
  auto it =
      documents_.find(params.at("textDocument").at("uri").get<std::string>());
  if (it == documents_.end()) return nullptr;
  const Document& doc = it->second;
  const Json& at = params.at("position");
  const auto [line, column] = doc.lines->FromLsp(
      {at.at("line").get<uint32_t>(), at.at("character").get<uint32_t>()},
      utf16_);
  const size_t offset = OffsetOf(doc, doc.lines->Line(line), column);
  const Completions found = Complete(
      doc.path, std::string_view(doc.text).substr(0, offset), RegistryFor(doc));
  Json items = Json::array();
  for (const CompletionItem& item : found.items) {
    items.push_back({{"label", item.label},
                     {"kind", 12},  // Value
                     {"detail", item.detail},
                     {"sortText", item.sort_text}});
  }
  return {{"isIncomplete", found.incomplete}, {"items", std::move(items)}};
}

Json Server::Hover(const Json& params) {
  auto it =
      documents_.find(params.at("textDocument").at("uri").get<std::string>());
  if (it == documents_.end()) return nullptr;
  const Document& doc = it->second;
  const Json& at = params.at("position");
  const auto [line, column] = doc.lines->FromLsp(
      {at.at("line").get<uint32_t>(), at.at("character").get<uint32_t>()},
      utf16_);
  const std::string_view line_text = doc.lines->Line(line);
  const HoverAt cursor{.path = doc.path,
                       .text = doc.text,
                       .offset = OffsetOf(doc, line_text, column),
                       .line_text = line_text,
                       .line = line,
                       .column = column};
  std::optional<std::string> markdown =
      HoverMarkdown(cursor, doc.diagnostics, RegistryFor(doc));
  if (!markdown) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", *markdown}}}};
}

bool Server::Handle(const RawMessage& raw) {
  if (!raw.error.empty()) {
    ReplyError(nullptr, kParseError, raw.error);
    return true;
  }
  Json msg = Json::parse(raw.body, nullptr, /*allow_exceptions=*/false);
  if (msg.is_discarded()) {
    ReplyError(nullptr, kParseError, "invalid JSON");
    return true;
  }
  if (!msg.is_object() || !msg.contains("method") ||
      !msg["method"].is_string()) {
    // A response from the client, or garbage: answer requests only.
    if (msg.is_object() && msg.contains("id") && !msg.contains("result") &&
        !msg.contains("error")) {
      ReplyError(msg["id"], kInvalidRequest, "request without a method");
    } else if (!msg.is_object()) {
      ReplyError(nullptr, kInvalidRequest, "a message must be a JSON object");
    }
    return true;
  }
  const std::string method = msg["method"].get<std::string>();
  const bool is_request = msg.contains("id");
  const Json id = is_request ? msg["id"] : Json(nullptr);
  // Moved out of the message: didOpen/didChange carry whole files.
  Json params =
      msg.contains("params") ? std::move(msg["params"]) : Json::object();
  if (method == "exit") {
    exit_code_ = shutdown_ ? 0 : 1;
    return false;
  }
  if (!initialized_ && method != "initialize") {
    if (is_request) ReplyError(id, kServerNotInitialized, "not initialized");
    return true;
  }
  try {
    if (method == "initialize") {
      Reply(id, Initialize(params));
    } else if (method == "shutdown") {
      shutdown_ = true;
      Reply(id, nullptr);
    } else if (method == "textDocument/didOpen") {
      Json& td = params.at("textDocument");
      // Both fields are read before the document is stored: a didOpen
      // without a text must not leave a document without a line index.
      const std::string uri = td.at("uri").get<std::string>();
      std::string& text = td.at("text").get_ref<std::string&>();
      Document& stored = documents_[uri];
      stored.uri = uri;
      stored.path = UriToPath(uri);
      // Moved, not copied: a registry copy is megabytes.
      stored.SetText(std::move(text));
      Lint(stored);
      Publish(stored);
    } else if (method == "textDocument/didChange") {
      const std::string uri =
          params.at("textDocument").at("uri").get<std::string>();
      auto it = documents_.find(uri);
      Json& changes = params.at("contentChanges");
      if (it != documents_.end() && changes.is_array() && !changes.empty()) {
        // Full sync: the last change holds the whole text.
        it->second.SetText(
            std::move(changes.back().at("text").get_ref<std::string&>()));
        Lint(it->second);
        Publish(it->second);
      }
    } else if (method == "textDocument/didSave") {
      const std::string uri =
          params.at("textDocument").at("uri").get<std::string>();
      auto it = documents_.find(uri);
      if (it != documents_.end()) {
        if (params.contains("text")) {
          it->second.SetText(std::move(params["text"].get_ref<std::string&>()));
        }
        if (IsConfigFile(it->second.path)) {
          ReloadConfiguration();  // what was saved governs every open file
        } else {
          Lint(it->second);
          Publish(it->second);
        }
      }
    } else if (method == "textDocument/didClose") {
      const std::string uri =
          params.at("textDocument").at("uri").get<std::string>();
      auto it = documents_.find(uri);
      if (it != documents_.end()) {
        it->second.diagnostics.clear();
        Publish(it->second);
        documents_.erase(it);
      }
    } else if (method == "textDocument/codeAction") {
      Reply(id, CodeActions(params));
    } else if (method == "textDocument/completion") {
      Reply(id, Completion(params));
    } else if (method == "textDocument/hover") {
      Reply(id, Hover(params));
    } else if (method == "initialized") {
      RegisterConfigWatcher();
    } else if (method == "workspace/didChangeWatchedFiles") {
      bool config_changed = false;
      for (const Json& change : params.at("changes")) {
        config_changed =
            config_changed ||
            IsConfigFile(UriToPath(change.at("uri").get<std::string>()));
      }
      if (config_changed) ReloadConfiguration();
    } else if (is_request) {
      ReplyError(id, kMethodNotFound, "method not found: " + method);
    }
    // Other notifications ($/..., workspace/...) need no answer.
  } catch (const Json::exception& e) {
    // Missing or mistyped params: the one place JSON exceptions land.
    if (is_request) ReplyError(id, kInvalidParams, e.what());
  }
  return true;
}

}  // namespace

int RunServer(std::istream& in, std::ostream& out) {
#ifdef __GLIBC__
  // Every edit of a large file allocates megabytes (the message, its JSON,
  // the parse) and frees them. glibc would hand such blocks back to the
  // kernel (mmap/trim) and fault them in again on the next edit, a third of
  // the time to publish a 3.9 MB registry (bench/lsp_publish.py): keep them.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
  Server server(out);
  MessageReader reader(in);
  while (std::optional<RawMessage> msg = reader.Next()) {
    if (!server.Handle(*msg)) break;
  }
  return server.exit_code();
}

}  // namespace svclint::lsp
