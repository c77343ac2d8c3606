#!/usr/bin/env python3
"""The playground against the command line (issue 18).

Serves build-web/site/ on 127.0.0.1, opens a shared link
(#kind=...&input=<base64url>) for every file of corpus/configs/ and
corpus/requests/ in headless Chromium (over the DevTools protocol), reads the rendered
findings (<li class="finding" data-rule data-line data-column
data-severity>) and compares them with `svclint lint --kind K --format json`
on the same file: same rules, positions, severities, messages and fix
buttons, in the same order; where there are fixes, "Apply all fixes" must
leave the text `svclint lint --fix` leaves. A few names go through the `check` kind against
`svclint check --format json -` the same way.

Then it times the page: the first findings after load (every corpus page)
and a simulated keystroke on a 200-line request file (&bench=N, measured in
the page with performance.now()), and prints the numbers.

Usage: playground_test.py SOURCE_DIR SITE_DIR SVCLINT_BINARY
Standard library only, and Debian's chromium.
"""

import base64
import functools
import html.parser
import http.server
import json
import os
import pathlib
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
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
                "fix": False,
            })
        elif tag == "span" and "message" in classes and self.findings:
            self._message_of = self.findings[-1]
        elif tag == "button" and "fix" in classes and self.findings:
            self.findings[-1]["fix"] = True
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


class Browser:
    """One headless Chromium, driven over the DevTools protocol on a pipe
    (--remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4),
    so pages are read when they are ready and timed with a real clock.
    (--dump-dom with --virtual-time-budget also renders them, but virtual
    time stands still while the module runs, so nothing can be timed.)"""

    def __init__(self, chromium):
        self.profile = tempfile.TemporaryDirectory(
            prefix="svclint-web-", ignore_cleanup_errors=True)
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        command = " ".join(
            [chromium, *CHROMIUM_FLAGS, "--remote-debugging-pipe",
             f"--user-data-dir={self.profile.name}", "about:blank"])
        self.process = subprocess.Popen(
            ["sh", "-c", f"exec {command} 3<&{to_chrome_r} 4>&{from_chrome_w}"],
            pass_fds=(to_chrome_r, from_chrome_w),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget",
                                 targetId=page["targetId"],
                                 flatten=True)["sessionId"]

    def call(self, method, session=None, timeout=60, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply["result"]
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_chrome], [], [], left)[0]:
                raise TimeoutError(f"{method}: no answer in {timeout} s")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium exited")
            self.buffer += chunk

    def evaluate(self, expression, timeout=60):
        result = self.call("Runtime.evaluate", self.session, timeout,
                           expression=expression, awaitPromise=True,
                           returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page: {result['exceptionDetails']}")
        return result["result"].get("value")

    def render(self, url):
        """Loads `url` afresh and returns the page once it has findings."""
        self.call("Page.navigate", self.session, url="about:blank")
        self.call("Page.navigate", self.session, url=url)
        html = self.evaluate(READY_DOM)
        parser = FindingsParser()
        parser.feed(html)
        return parser

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError):
            self.process.terminate()
        os.close(self.to_chrome)
        self.process.wait(timeout=30)
        os.close(self.from_chrome)
        self.profile.cleanup()


# The page's DOM once it has left "loading" (the module started and the
# first lint rendered): polled, so it also waits out the navigation.
READY_DOM = """new Promise((resolve, reject) => {
  const started = Date.now();
  const poll = () => {
    const status = document.getElementById('status');
    const timing = document.getElementById('timing');
    if (status && status.dataset.state !== 'loading' && timing &&
        !timing.hidden) {
      resolve(document.documentElement.outerHTML);
    } else if (Date.now() - started > 30000) {
      reject(new Error('page not ready'));
    } else {
      setTimeout(poll, 10);
    }
  };
  poll();
})"""


def cli_findings(command, stdin=None):
    run = subprocess.run(command, capture_output=True, input=stdin)
    if run.returncode not in (0, 1, 2) or not run.stdout.strip():
        raise RuntimeError(f"{command}: exit {run.returncode}: "
                           f"{run.stderr.decode(errors='replace')}")
    # "fix" is kept as a flag, compared with the page's fix buttons.
    return [{"rule": f["rule"], "line": f["line"], "column": f["column"],
             "severity": f["severity"], "message": f["message"],
             "fix": "fix" in f}
            for f in json.loads(run.stdout)]


def cli_fixed(svclint, path, kind):
    """The text `svclint lint --fix` leaves of a copy of `path`."""
    with tempfile.TemporaryDirectory(prefix="svclint-web-fix-") as tmp:
        copy = pathlib.Path(tmp) / path.name
        shutil.copyfile(path, copy)
        subprocess.run([svclint, "lint", "--kind", kind, "--fix", "--quiet",
                        str(copy)], capture_output=True)
        return copy.read_text(encoding="utf-8", errors="surrogateescape")


# Clicks "Apply all fixes" and answers the text the page then holds.
APPLY_ALL_FIXES = """(() => {
  document.getElementById('fix-all').click();
  return document.getElementById('input').value;
})()"""


LOOKUPS = ["5432/tcp", "postgresql", "_ipp._tcp", "whois++", "53",
           "no-such-service-x"]

# Looks `query` up in the side panel; answers (name, port, transport) rows.
LOOK_UP = """(query => {
  document.getElementById('lookup').value = query;
  document.getElementById('lookup-form').requestSubmit();
  return [...document.querySelectorAll('.lookup-record')].map(
      r => [r.dataset.name, r.dataset.port, r.dataset.transport]);
})(%s)"""


def cli_lookup(svclint, query):
    run = subprocess.run([svclint, "registry", "lookup", "--json", query],
                         capture_output=True, text=True)
    if not run.stdout.strip():
        return []
    rows = []
    for r in json.loads(run.stdout).get("records", []):
        port = ""
        if r.get("port") is not None:
            port = str(r["port"])
            if r.get("port_hi") not in (None, r["port"]):
                port += f"-{r['port_hi']}"
        rows.append([r.get("name") or "", port, r.get("transport") or ""])
    return rows


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
        fixed = None
        if any(f["fix"] for f in expected):
            fixed = cli_fixed(svclint, path, kind)
        yield (str(path.relative_to(source)), kind, path.read_bytes(),
               expected, fixed)
    names = "\n".join(CHECK_NAMES).encode() + b"\n"
    yield ("check: " + " ".join(CHECK_NAMES), "check", names,
           cli_findings([svclint, "check", "--format", "json", "--quiet", "-"],
                        stdin=names), None)


def hostile_cases(source, svclint):
    """corpus/hostile/ inputs of the page's kinds: (label, kind, bytes,
    expected findings, or None where the page cannot hold the same text:
    bytes that are not UTF-8 reach it as U+FFFD)."""
    for path in sorted((source / "corpus/hostile").iterdir()):
        name = path.name
        if name.endswith(".service"):
            kind = "avahi"
        elif name.endswith(".dnssd"):
            kind = "dnssd"
        elif name.startswith("request_") and name.endswith(".toml"):
            kind = "request"
        elif name.startswith("services_") and name.endswith(".toml"):
            kind = "services"
        else:
            continue
        data = path.read_bytes()
        try:
            data.decode("utf-8")
            expected = cli_findings([svclint, "lint", "--kind", kind,
                                     "--format", "json", "--quiet", str(path)])
        except UnicodeDecodeError:
            expected = None
        yield str(path.relative_to(source)), kind, data, expected


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

    browser = Browser(chromium)

    def check(case):
        label, kind, text, expected, fixed = case
        page = browser.render(site.url(f"kind={kind}&input={encode(text)}"))
        if page.status.get("data-state") != "ready":
            return label, f"page not ready: {page.status}", None
        if page.status.get("data-kind") != kind:
            return label, f"rendered as {page.status.get('data-kind')}", None
        if page.findings != expected:
            return (label, "page and CLI differ:\n  page: " +
                    json.dumps(page.findings) + "\n  cli:  " +
                    json.dumps(expected), None)
        if fixed is not None:
            page_fixed = browser.evaluate(APPLY_ALL_FIXES)
            if page_fixed != fixed:
                return (label, "'Apply all fixes' differs from --fix:\n  page: "
                        + json.dumps(page_fixed) + "\n  cli:  " +
                        json.dumps(fixed), None)
        return label, None, float(page.timing.get("data-first-findings-ms"))

    cases = list(corpus_cases(source, svclint))
    for label, error, ms in map(check, cases):
        if error:
            failures.append(f"{label}: {error}")
        else:
            first_findings.append(ms)
    total = sum(len(c[3]) for c in cases)
    fixes = sum(1 for c in cases if c[4] is not None)
    print(f"playground_test: {len(cases) - len(failures)}/{len(cases)} inputs "
          f"agree with the CLI ({total} findings; 'Apply all fixes' against "
          f"--fix on {fixes} of them)")

    hostile = list(hostile_cases(source, svclint))
    compared = 0
    for label, kind, data, expected in hostile:
        page = browser.render(site.url(f"kind={kind}&input={encode(data)}"))
        if page.status.get("data-state") != "ready":
            failures.append(f"{label}: page not ready: {page.status}")
        elif expected is not None:
            compared += 1
            if page.findings != expected:
                failures.append(f"{label}: page {page.findings}, "
                                f"cli {expected}")
    print(f"playground_test: {len(hostile)} hostile inputs render "
          f"({compared} of them, the UTF-8 ones, agree with the CLI)")
    page = browser.render(site.url("kind=request&input=%%%not-base64"))
    if page.status.get("data-state") != "error":
        failures.append(f"a broken link's input shows no error: {page.status}")

    for query in LOOKUPS:
        shown = browser.evaluate(LOOK_UP % json.dumps(query))
        expected = cli_lookup(svclint, query)
        if shown != expected:
            failures.append(f"lookup {query}: page {shown}, cli {expected}")
    print(f"playground_test: registry lookups of {', '.join(LOOKUPS)} "
          "compared with `svclint registry lookup --json`")

    text = bench_request()
    page = browser.render(site.url(f"kind=request&input={encode(text)}"
                                   "&bench=60"))
    browser.close()
    site.close()
    wasm = (site_dir / "svclint.wasm").read_bytes()
    gzipped = subprocess.run(["gzip", "-9c"], input=wasm,
                             capture_output=True).stdout
    print(f"svclint.wasm: {len(wasm)} bytes raw, {len(gzipped)} gzip -9")
    if first_findings:
        print("first findings after load: median "
              f"{statistics.median(first_findings):.0f} ms, max "
              f"{max(first_findings):.0f} ms (headless, from 127.0.0.1)")
    median = page.timing.get("data-keystroke-median-ms")
    if median is None:
        failures.append(f"bench page did not report: {page.timing}")
    else:
        print(f"per keystroke on a {page.timing.get('data-lines')}-line "
              f"request: median {median} ms (the module "
              f"{page.timing.get('data-keystroke-module-median-ms')} ms, the "
              "rest rendering), max "
              f"{page.timing.get('data-keystroke-max-ms')} ms")
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
