#!/usr/bin/env python3
"""The playground against the command line (issue 18).

Serves build-web/site/ on 127.0.0.1, opens a shared link
(#kind=...&input=<base64url>) for every file of corpus/configs/ and
corpus/requests/ in headless Chromium (--dump-dom), reads the rendered
findings (<li class="finding" data-rule data-line data-column
data-severity>) and compares them with `svclint lint --kind K --format json`
on the same file: same rules, positions, severities and messages, in the
same order. A few names go through the `check` kind against
`svclint check --format json -` the same way.

Then it times the page: the first findings after load (every corpus page)
and a simulated keystroke on a 200-line request file (&bench=N, measured in
the page with performance.now()), and prints the numbers.

Usage: playground_test.py SOURCE_DIR SITE_DIR SVCLINT_BINARY
Standard library only, and Debian's chromium.
"""

import base64
import concurrent.futures
import functools
import html.parser
import http.server
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
    # Virtual time runs until the page is idle (the module fetched,
    # compiled and the findings rendered) or the budget is spent.
    "--virtual-time-budget=20000",
]
CHECK_NAMES = ["_http._tcp", "whois++", "_acmaint_dbd._udp",
               "toolongservicename1", "_printer._sub._ipp._tcp", "_foo._sctp",
               "My Printer._ipp._tcp", "_Http._TCP"]


class FindingsParser(html.parser.HTMLParser):
    """Collects the rendered findings, the status and the timing element."""

    def __init__(self):
        super().__init__()
        self.findings = []
        self.status = {}
        self.timing = {}
        self._message_of = None  # the finding whose message is being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "li" and "finding" in classes:
            self.findings.append({
                "rule": attrs.get("data-rule"),
                "line": int(attrs.get("data-line")),
                "column": int(attrs.get("data-column")),
                "severity": attrs.get("data-severity"),
                "message": "",
            })
        elif tag == "span" and "message" in classes and self.findings:
            self._message_of = self.findings[-1]
        elif attrs.get("id") == "status":
            self.status = attrs
        elif attrs.get("id") == "timing":
            self.timing = attrs

    def handle_endtag(self, tag):
        if tag == "span":
            self._message_of = None

    def handle_data(self, data):
        if self._message_of is not None:
            self._message_of["message"] += data


def encode(text: bytes) -> str:
    return base64.urlsafe_b64encode(text).decode().rstrip("=")


class Site:
    """build-web/site/ on 127.0.0.1, on a free port, in a thread."""

    def __init__(self, directory):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, fragment):
        return f"http://127.0.0.1:{self.port}/index.html#{fragment}"

    def close(self):
        self.server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript"}

    def log_message(self, *args):
        pass


def render(chromium, url):
    with tempfile.TemporaryDirectory(prefix="svclint-web-") as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120)
    parser = FindingsParser()
    parser.feed(result.stdout)
    return parser


def cli_findings(command, stdin=None):
    run = subprocess.run(command, capture_output=True, input=stdin)
    if run.returncode not in (0, 1, 2) or not run.stdout.strip():
        raise RuntimeError(f"{command}: exit {run.returncode}: "
                           f"{run.stderr.decode(errors='replace')}")
    return [{key: f[key] for key in
             ("rule", "line", "column", "severity", "message")}
            for f in json.loads(run.stdout)]


def corpus_cases(source, svclint):
    """(label, kind, text, expected findings) for every corpus file."""
    kind_of_dir = {"avahi": "avahi", "dnssd": "dnssd", "services": "services"}
    cases = []
    for path in sorted((source / "corpus/configs").rglob("*")):
        kind = kind_of_dir.get(path.parent.name)
        if not path.is_file() or kind is None or path.suffix == ".consumer":
            continue
        cases.append((path, kind))
    for path in sorted((source / "corpus/requests").glob("*.toml")):
        cases.append((path, "request"))
    for path, kind in cases:
        expected = cli_findings([svclint, "lint", "--kind", kind, "--format",
                                 "json", "--quiet", str(path)])
        yield (str(path.relative_to(source)), kind, path.read_bytes(),
               expected)
    names = "\n".join(CHECK_NAMES).encode() + b"\n"
    yield ("check: " + " ".join(CHECK_NAMES), "check", names,
           cli_findings([svclint, "check", "--format", "json", "--quiet", "-"],
                        stdin=names))


def bench_request(lines=200):
    """A request file of `lines` lines: clean and flagged requests."""
    out, i = [], 0
    while len(out) < lines:
        out += ["[[request]]", f'service = "bench-service-{i}"',
                'transports = ["tcp"]', f"port = {47000 + i}",
                'port_rationale = "Devices without DNS reach it by port."',
                f'description = "Bench Service {i}"',
                'reference = "https://bench.example/spec"', 'casting = "none"',
                'assignee = { name = "Bench Org", email = "a@bench.example" }',
                'contact = { name = "Ann Bench", email = "ann@bench.example" }']
        i += 1
    return ("\n".join(out[:lines]) + "\n").encode()


def main():
    source, site_dir, svclint = (pathlib.Path(sys.argv[1]),
                                 pathlib.Path(sys.argv[2]), sys.argv[3])
    chromium = shutil.which("chromium")
    if chromium is None:
        print("playground_test: chromium is not installed", file=sys.stderr)
        return 2
    for name in ("index.html", "svclint.js", "svclint.wasm", "playground.js"):
        if not (site_dir / name).is_file():
            print(f"playground_test: {site_dir / name} missing: ./dev.sh web",
                  file=sys.stderr)
            return 2
    site = Site(site_dir)
    failures = []
    first_findings = []

    def check(case):
        label, kind, text, expected = case
        page = render(chromium, site.url(f"kind={kind}&input={encode(text)}"))
        if page.status.get("data-state") != "ready":
            return label, f"page not ready: {page.status}", None
        if page.status.get("data-kind") != kind:
            return label, f"rendered as {page.status.get('data-kind')}", None
        if page.findings != expected:
            return (label, "page and CLI differ:\n  page: " +
                    json.dumps(page.findings) + "\n  cli:  " +
                    json.dumps(expected), None)
        return label, None, float(page.timing.get("data-first-findings-ms"))

    cases = list(corpus_cases(source, svclint))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for label, error, ms in pool.map(check, cases):
            if error:
                failures.append(f"{label}: {error}")
            else:
                first_findings.append(ms)
    total = sum(len(c[3]) for c in cases)
    print(f"playground_test: {len(cases) - len(failures)}/{len(cases)} inputs "
          f"agree with the CLI ({total} findings)")

    text = bench_request()
    page = render(chromium, site.url(f"kind=request&input={encode(text)}"
                                     "&bench=60"))
    site.close()
    wasm = (site_dir / "svclint.wasm").read_bytes()
    gzipped = subprocess.run(["gzip", "-9c"], input=wasm,
                             capture_output=True).stdout
    print(f"svclint.wasm: {len(wasm)} bytes raw, {len(gzipped)} gzip -9")
    if first_findings:
        print("first findings after load: median "
              f"{statistics.median(first_findings):.0f} ms, max "
              f"{max(first_findings):.0f} ms (headless, 2 pages at a time)")
    median = page.timing.get("data-keystroke-median-ms")
    if median is None:
        failures.append(f"bench page did not report: {page.timing}")
    else:
        print(f"per keystroke on a {page.timing.get('data-lines')}-line "
              f"request: median {median} ms, max "
              f"{page.timing.get('data-keystroke-max-ms')} ms")
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
