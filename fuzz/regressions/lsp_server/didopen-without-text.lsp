Content-Length: 83

{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}Content-Length: 122

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///x.dnssd", "version": 1}}}Content-Length: 156

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///x.dnssd"}, "position": {"line": 0, "character": 0}}}Content-Length: 205

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///x.dnssd"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}}