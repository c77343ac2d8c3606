#include "lint/lsp/server.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lint/base/build_info.h"
#include "lint/catalog/catalog.h"
#include "lint/engine/config_resolver.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/lint_paths.h"
#include "lint/lsp/jsonrpc.h"
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
  std::vector<Diagnostic> diagnostics;  // from the last lint of `text`
};

class Server {
 public:
  explicit Server(std::ostream& out)
      : out_(out), resolver_(CommandLineSettings{}) {}

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
  Json ToLspDiagnostic(const Document& doc, const Diagnostic& d) const;
  Json Range(const LineMap& map, const SourceSpan& span) const;
  Json CodeActions(const Json& params);

  std::ostream& out_;
  ConfigResolver resolver_;
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
  initialized_ = true;
  return {{"capabilities",
           {{"positionEncoding", utf16_ ? "utf-16" : "utf-8"},
            {"textDocumentSync",
             {{"openClose", true},
              {"change", 1},
              {"save", {{"includeText", true}}}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
          {"serverInfo", {{"name", "svclint"}, {"version", SvclintVersion()}}}};
}

Json Server::Range(const LineMap& map, const SourceSpan& span) const {
  const Position start = map.ToLsp(span.line, span.column, utf16_);
  const Position end = map.ToLsp(span.end_line, span.end_column, utf16_);
  return {{"start", {{"line", start.line}, {"character", start.character}}},
          {"end", {{"line", end.line}, {"character", end.character}}}};
}

Json Server::ToLspDiagnostic(const Document& doc, const Diagnostic& d) const {
  const LineMap map(doc.text);
  int severity = 1;
  if (d.severity == Severity::kWarning) severity = 2;
  if (d.severity == Severity::kInfo) severity = 3;
  Json out = {{"range", Range(map, d.span)},
              {"severity", severity},
              {"code", d.rule_id},
              {"source", "svclint"},
              {"message", d.message + " [" + d.slug + "]"}};
  if (const RuleInfo* rule = FindBuiltinRule(d.rule_id)) {
    // The rule's docs travel with the finding; `svclint explain` prints them.
    out["data"] = {{"slug", rule->slug},
                   {"reference", rule->reference},
                   {"docs", rule->docs}};
    if (const std::string url = ReferenceUrl(rule->reference); !url.empty()) {
      out["codeDescription"] = {{"href", url}};
    }
  }
  return out;
}

void Server::Lint(Document& doc) {
  doc.diagnostics.clear();
  const std::optional<FileKind> kind = DetectFileKind(doc.path, doc.text);
  if (!kind) return;
  absl::StatusOr<std::shared_ptr<const FileSettings>> settings =
      resolver_.For(doc.path);
  std::vector<Diagnostic> config_errors = resolver_.TakeErrors();
  if (!settings.ok()) {
    // Show a broken .svclint.toml on the document's first line.
    for (Diagnostic& e : config_errors) {
      e.message = e.path + ":" + std::to_string(e.span.line) + ": " + e.message;
      e.span = {1, 1, 1, 1};
      doc.diagnostics.push_back(std::move(e));
    }
    return;
  }
  doc.diagnostics =
      LintFileWithSettings(doc.path, doc.text, *kind, **settings).diagnostics;
}

void Server::Publish(const Document& doc) {
  Json diagnostics = Json::array();
  for (const Diagnostic& d : doc.diagnostics) {
    diagnostics.push_back(ToLspDiagnostic(doc, d));
  }
  Send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params",
         {{"uri", doc.uri}, {"diagnostics", std::move(diagnostics)}}}});
}

Json Server::CodeActions(const Json& params) {
  Json actions = Json::array();
  const std::string uri =
      params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) return actions;
  const Document& doc = it->second;
  const LineMap map(doc.text);
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
          {{"range", Range(map, e.span)}, {"newText", e.replacement}});
    }
    actions.push_back({{"title", d.fix->title + " (" + d.rule_id + ")"},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", Json::array({ToLspDiagnostic(doc, d)})},
                       {"edit", {{"changes", {{doc.uri, std::move(edits)}}}}}});
  }
  return actions;
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
  const Json params = msg.contains("params") ? msg["params"] : Json::object();
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
      const Json& td = params.at("textDocument");
      Document doc;
      doc.uri = td.at("uri").get<std::string>();
      doc.path = UriToPath(doc.uri);
      doc.text = td.at("text").get<std::string>();
      Document& stored = documents_[doc.uri] = std::move(doc);
      Lint(stored);
      Publish(stored);
    } else if (method == "textDocument/didChange") {
      const std::string uri =
          params.at("textDocument").at("uri").get<std::string>();
      auto it = documents_.find(uri);
      const Json& changes = params.at("contentChanges");
      if (it != documents_.end() && changes.is_array() && !changes.empty()) {
        // Full sync: the last change holds the whole text.
        it->second.text = changes.back().at("text").get<std::string>();
        Lint(it->second);
        Publish(it->second);
      }
    } else if (method == "textDocument/didSave") {
      const std::string uri =
          params.at("textDocument").at("uri").get<std::string>();
      auto it = documents_.find(uri);
      if (it != documents_.end()) {
        if (params.contains("text"))
          it->second.text = params["text"].get<std::string>();
        Lint(it->second);
        Publish(it->second);
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
  Server server(out);
  MessageReader reader(in);
  while (std::optional<RawMessage> msg = reader.Next()) {
    if (!server.Handle(*msg)) break;
  }
  return server.exit_code();
}

}  // namespace svclint::lsp
