// libFuzzer target: the language server's message reader (LSP base
// protocol framing: `Content-Length:` headers, then that many bytes), with
// each body parsed as JSON the way the server does. A malformed frame is
// reported and reading goes on; the loop must end at end of input.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "fuzz/fuzz_common.h"
#include "lint/lsp/jsonrpc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in{std::string(svclint::fuzz::AsText(data, size))};
  svclint::lsp::MessageReader reader(in);
  size_t messages = 0;
  while (std::optional<svclint::lsp::RawMessage> msg = reader.Next()) {
    svclint::fuzz::Require(msg->error.empty() || msg->body.empty(),
                           "a malformed frame with a body");
    svclint::fuzz::Require(++messages <= size + 1,
                           "more messages than input bytes");
    const nlohmann::json json =
        nlohmann::json::parse(msg->body, nullptr, /*allow_exceptions=*/false);
    (void)json;
  }
  return 0;
}
