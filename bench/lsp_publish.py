#!/usr/bin/env python3
"""How long `svclint lsp` takes to publish diagnostics for a large file.

  bench/lsp_publish.py [SVCLINT] [FILE] [RUNS]

Starts the server, initializes it, then for RUNS rounds sends the whole
FILE (default: the 3.9 MB IANA registry XML in corpus/iana/) as didOpen
(first round) or didChange, and times each from the write of the message
to the read of its textDocument/publishDiagnostics. Prints each time and
the median. SPEC/issue 15 wants the registry under 0.2 s.
"""

import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            raise EOFError("server closed")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def wait_for(proc, method):
    while True:
        message = receive(proc)
        if message.get("method") == method:
            return message


def main():
    svclint = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "build", "svclint")
    path = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else os.path.join(
        ROOT, "corpus", "iana", "service-names-port-numbers.xml"))
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    uri = "file://" + path
    proc = subprocess.Popen([svclint, "lsp"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"capabilities": {}}})
    receive(proc)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    times = []
    count = 0
    for i in range(runs):
        start = time.perf_counter()
        if i == 0:
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                        "params": {"textDocument": {
                            "uri": uri, "languageId": "xml", "version": 1,
                            "text": text}}})
        else:
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange",
                        "params": {"textDocument": {"uri": uri,
                                                    "version": i + 1},
                                   "contentChanges": [{"text": text}]}})
        published = wait_for(proc, "textDocument/publishDiagnostics")
        times.append(time.perf_counter() - start)
        count = len(published["params"]["diagnostics"])
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    receive(proc)
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=10)
    for i, t in enumerate(times):
        print(f"round {i + 1}: {t * 1000:.1f} ms")
    print(f"{os.path.basename(path)} ({len(text.encode()) / 1e6:.1f} MB, "
          f"{count} diagnostics): median {statistics.median(times) * 1000:.1f}"
          f" ms to publish")


if __name__ == "__main__":
    main()
