// `svclint lsp`: a Language Server (LSP 3.17) over stdio.
//
// Full-text sync; diagnostics on open, change and save for every file kind
// svclint knows, computed from the editor's text (not the file on disk)
// under the .svclint.toml in force for the file; the rule id is the
// diagnostic code; quick-fix code actions carry the safe fixes. Malformed
// messages get JSON-RPC errors and the server carries on.
//
// Configuration: a broken .svclint.toml is published on every lint of each
// file it governs (at the file's first line, naming the configuration's
// position) and on the .svclint.toml itself when it is open. Saved changes
// apply without a restart: the server registers a watcher for
// **/.svclint.toml (client/registerCapability, when the client supports
// dynamic registration) and re-lints every open file on
// workspace/didChangeWatchedFiles or on the save of an open .svclint.toml;
// without watchers, a configuration whose mtime changed is re-read on the
// next lint. Each document keeps one line index per version of its text.
#ifndef SVCLINT_LINT_LSP_SERVER_H_
#define SVCLINT_LINT_LSP_SERVER_H_

#include <istream>
#include <ostream>

namespace svclint::lsp {

// Serves until `exit` (or end of input). Returns the process exit code:
// 0 after shutdown+exit, 1 for exit without shutdown (as LSP specifies).
int RunServer(std::istream& in, std::ostream& out);

}  // namespace svclint::lsp

#endif  // SVCLINT_LINT_LSP_SERVER_H_
