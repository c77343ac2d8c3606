// Talks to a real `svclint lsp` process as an editor would: framed
// JSON-RPC over pipes, with a timeout on every read so a broken server
// fails the test instead of hanging it.
#ifndef SVCLINT_TESTS_LSP_LSP_CLIENT_H_
#define SVCLINT_TESTS_LSP_LSP_CLIENT_H_

#include <sys/types.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace svclint::testing {

class LspClient {
 public:
  LspClient();  // starts `svclint lsp`
  ~LspClient();

  void SendRaw(const std::string& bytes);
  void Send(const nlohmann::json& message);
  // The next message from the server, or nullopt after `timeout_ms`.
  std::optional<nlohmann::json> Read(int timeout_ms = 5000);
  // Reads until a message satisfies `pred` (skipping others).
  template <typename Pred>
  std::optional<nlohmann::json> ReadUntil(Pred pred, int timeout_ms = 5000) {
    for (int i = 0; i < 100; ++i) {
      std::optional<nlohmann::json> m = Read(timeout_ms);
      if (!m || pred(*m)) return m;
    }
    return std::nullopt;
  }
  // Closes stdin and waits; returns the exit code.
  int Wait();

 private:
  pid_t pid_ = -1;
  int to_server_ = -1;
  int from_server_ = -1;
  std::string buffer_;
};

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_LSP_LSP_CLIENT_H_
