// libFuzzer target: the whole language server on one input stream, as
// `svclint lsp` runs it on stdin: framing, JSON-RPC dispatch, document
// sync, linting the documents' text, diagnostics and code actions with
// UTF-16 or UTF-8 positions, hover, completion, the configuration watcher
// (initialized, didChangeWatchedFiles, an open .svclint.toml). Seeds are
// complete sessions.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz/fuzz_common.h"
#include "lint/lsp/server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in{std::string(svclint::fuzz::AsText(data, size))};
  std::ostringstream out;
  const int code = svclint::lsp::RunServer(in, out);
  svclint::fuzz::Require(code == 0 || code == 1, "exit code not 0 or 1");
  return 0;
}
