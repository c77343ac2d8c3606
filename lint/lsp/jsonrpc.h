// JSON-RPC 2.0 over the Language Server Protocol's base protocol: messages
// framed by a `Content-Length: N` header block and N bytes of JSON.
//
//   MessageReader reader(std::cin);
//   while (auto msg = reader.Next()) { ... msg->body ... }
#ifndef SVCLINT_LINT_LSP_JSONRPC_H_
#define SVCLINT_LINT_LSP_JSONRPC_H_

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace svclint::lsp {

struct RawMessage {
  std::string body;   // the JSON text, unparsed
  std::string error;  // non-empty: the frame was malformed (body is empty)
};

class MessageReader {
 public:
  // Bodies over `max_body` bytes are refused (and skipped) as malformed.
  explicit MessageReader(std::istream& in, size_t max_body = 64 << 20)
      : in_(in), max_body_(max_body) {}

  // The next message; nullopt at end of input.
  std::optional<RawMessage> Next();

 private:
  std::istream& in_;
  size_t max_body_;
};

// Writes one framed message and flushes.
void WriteMessage(std::ostream& out, const std::string& body);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_JSONRPC_H_
