#!/usr/bin/env python3
"""`svclint registry update` against a loopback HTTP server (issue 16).

usage: registry_update_test.py SVCLINT REGISTRY_XML

Serves variants of the corpus registry from 127.0.0.1 (good, changed, 304,
404, truncated, garbage, CSV, older than the embedded snapshot, slow past
the timeout) and checks what the binary does with each: exit codes,
messages, the files in $XDG_CACHE_HOME/svclint/, and which registry later
commands use. Runs in a fresh cache directory; no other network.
"""
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

SVCLINT = sys.argv[1] if len(sys.argv) > 1 else "build/svclint"
REGISTRY_XML = (sys.argv[2] if len(sys.argv) > 2 else
                "corpus/iana/service-names-port-numbers.xml")
EMBEDDED_DATE = "2026-08-17"


def variant(base: bytes, date: str, name: str) -> bytes:
    """The registry with its <updated> date set and one name-only record
    `name` added before the first record."""
    text = base.decode("utf-8")
    text = text.replace("<updated>%s</updated>" % EMBEDDED_DATE,
                        "<updated>%s</updated>" % date, 1)
    record = ("  <record>\n    <name>%s</name>\n    <protocol>tcp</protocol>\n"
              "    <description>svclint update test</description>\n"
              "  </record>\n" % name)
    first = text.index("  <record")
    return (text[:first] + record + text[first:]).encode("utf-8")


class Registry:
    """What the server serves; set up once in setUpClass."""
    good = b""
    changed = b""
    old = b""
    csv = b"Service Name,Port Number,Transport Protocol\nfoo,1,tcp\n"


class Handler(http.server.BaseHTTPRequestHandler):
    requests_seen = []  # (path, If-None-Match, If-Modified-Since)

    def log_message(self, *args):  # quiet
        pass

    def send_body(self, body, etag=None, length=None):
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(length or len(body)))
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        Handler.requests_seen.append((self.path, inm, ims))
        if self.path == "/good.xml":
            if inm == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self.send_body(Registry.good, etag='"v1"')
        elif self.path == "/changed.xml":
            self.send_body(Registry.changed, etag='"v2"')
        elif self.path == "/old.xml":
            self.send_body(Registry.old, etag='"old"')
        elif self.path == "/truncated.xml":  # cut short, length honest
            self.send_body(Registry.good[: len(Registry.good) // 2])
        elif self.path == "/short-body.xml":  # fewer bytes than promised
            self.send_body(Registry.good[:1000], length=len(Registry.good))
            self.wfile.flush()
            self.close_connection = True
        elif self.path == "/garbage.xml":
            self.send_body(bytes(range(256)) * 64)
        elif self.path == "/html.xml":  # a captive portal's answer
            self.send_body(b"<html><body>Please log in</body></html>\n")
        elif self.path == "/registry.csv":
            self.send_body(Registry.csv)
        elif self.path == "/slow.xml":
            time.sleep(4)
            self.send_body(Registry.good)
        elif self.path == "/unconditional-304.xml":
            self.send_response(304)
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


class RegistryUpdateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(REGISTRY_XML, "rb") as f:
            base = f.read()
        Registry.good = variant(base, "2026-12-01", "svclint-probe")
        Registry.changed = variant(base, "2026-12-02", "svclint-probe2")
        Registry.old = variant(base, "2020-01-01", "svclint-old")
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        cls.server.daemon_threads = True
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base_url = "http://127.0.0.1:%d" % cls.server.server_address[1]

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()

    def setUp(self):
        self.cache_home = tempfile.mkdtemp(prefix="svclint-cache-")
        self.cache = os.path.join(self.cache_home, "svclint")
        Handler.requests_seen = []

    def tearDown(self):
        shutil.rmtree(self.cache_home, ignore_errors=True)

    def run_svclint(self, *args, timeout=60):
        env = dict(os.environ, XDG_CACHE_HOME=self.cache_home, NO_COLOR="1")
        return subprocess.run([SVCLINT, *args], env=env, capture_output=True,
                              text=True, timeout=timeout)

    def update(self, path, *extra):
        return self.run_svclint("registry", "update", "--url",
                                self.base_url + path, *extra)

    def assert_refused(self, result, *fragments):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("svclint: error: registry update: ", result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)
        self.assertIn("the registry in use is unchanged", result.stderr)

    def test_good_download_is_used_by_every_later_command(self):
        self.assertEqual(
            self.run_svclint("registry", "lookup", "svclint-probe").returncode, 1)
        result = self.update("/good.xml")
        self.assertEqual(result.returncode, 0, result.stderr)
        blob = os.path.join(self.cache, "registry.bin")
        self.assertRegex(result.stdout,
                         r"^registry of 2026-12-01 \(\d+ records\) saved to "
                         + blob + "\n$")
        self.assertEqual(sorted(os.listdir(self.cache)),
                         ["download.meta", "registry.bin",
                          "service-names-port-numbers.xml"])
        with open(os.path.join(self.cache, "service-names-port-numbers.xml"),
                  "rb") as f:
            self.assertEqual(f.read(), Registry.good)
        with open(os.path.join(self.cache, "download.meta")) as f:
            self.assertEqual(
                f.read(),
                'url %s/good.xml\netag "v1"\nlast-modified Tue, 01 Dec 2026 '
                '10:00:00 GMT\n' % self.base_url)

        lookup = self.run_svclint("registry", "lookup", "svclint-probe")
        self.assertEqual(lookup.returncode, 0, lookup.stderr)
        self.assertIn("svclint-probe", lookup.stdout)
        version = self.run_svclint("--version")
        self.assertIn("registry: IANA service names and port numbers of "
                      "2026-12-01 (%s)" % blob, version.stdout)
        stats = self.run_svclint("registry", "stats")
        self.assertRegex(stats.stdout, r"updated +2026-12-01\n")
        self.assertRegex(stats.stdout, r"source +%s\n" % blob)
        # A request for the new name is now refused as taken (RQ003).
        request = os.path.join(self.cache_home, "req.toml")
        with open(request, "w") as f:
            f.write('[[request]]\nservice = "svclint-probe"\n'
                    'transports = ["tcp"]\n')
        lint = self.run_svclint("lint", "--select", "RQ003", request)
        self.assertIn("RQ003", lint.stdout)
        # --registry still wins over the cache.
        pinned = self.run_svclint("registry", "lookup", "svclint-probe",
                                  "--registry", REGISTRY_XML)
        self.assertEqual(pinned.returncode, 1)

    def test_unchanged_registry_is_not_downloaded_again(self):
        self.assertEqual(self.update("/good.xml").returncode, 0)
        again = self.update("/good.xml")
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout,
                         "registry of 2026-12-01 is up to date (%s/good.xml "
                         "not modified)\n" % self.base_url)
        self.assertEqual(Handler.requests_seen[-1],
                         ("/good.xml", '"v1"', "Tue, 01 Dec 2026 10:00:00 GMT"))

    def test_changed_registry_replaces_the_cached_one(self):
        self.assertEqual(self.update("/good.xml").returncode, 0)
        result = self.update("/changed.xml")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("registry of 2026-12-02", result.stdout)
        # Another URL: no conditional request with the old validators.
        self.assertEqual(Handler.requests_seen[-1], ("/changed.xml", None, None))
        self.assertEqual(
            self.run_svclint("registry", "lookup", "svclint-probe2").returncode,
            0)
        self.assertEqual(
            self.run_svclint("registry", "lookup", "svclint-probe").returncode,
            1)

    def cache_files(self):
        files = {}
        for name in os.listdir(self.cache):
            with open(os.path.join(self.cache, name), "rb") as f:
                files[name] = f.read()
        return files

    def refused_download_keeps_previous(self, path, *fragments, extra=()):
        self.assertEqual(self.update("/good.xml").returncode, 0)
        before = self.cache_files()
        result = self.update(path, *extra)
        self.assert_refused(result, *fragments)
        after = self.cache_files()
        self.assertEqual(before, after)  # no stray temporary files either
        lookup = self.run_svclint("registry", "lookup", "svclint-probe")
        self.assertEqual(lookup.returncode, 0)
        return result

    def test_garbage_is_refused(self):
        self.refused_download_keeps_previous(
            "/garbage.xml", self.base_url + "/garbage.xml:1:1: ")

    def test_html_page_is_refused(self):
        self.refused_download_keeps_previous("/html.xml",
                                             self.base_url + "/html.xml")

    def test_truncated_xml_is_refused(self):
        self.refused_download_keeps_previous(
            "/truncated.xml", self.base_url + "/truncated.xml:")

    def test_body_shorter_than_its_length_is_refused(self):
        self.refused_download_keeps_previous("/short-body.xml",
                                             "cannot download ")

    def test_csv_is_refused(self):
        self.refused_download_keeps_previous(
            "/registry.csv", "not the registry's XML (CSV)")

    def test_not_found_is_refused(self):
        self.refused_download_keeps_previous("/missing.xml",
                                             "the server answered HTTP 404")

    def test_unconditional_304_is_refused(self):
        self.refused_download_keeps_previous(
            "/unconditional-304.xml", "304 Not Modified to an unconditional")

    def test_slow_server_times_out(self):
        start = time.monotonic()
        self.refused_download_keeps_previous(
            "/slow.xml", "no complete answer in 1 s", extra=("--timeout", "1"))
        self.assertLess(time.monotonic() - start, 4 + 30)

    def test_nothing_listening_is_refused_without_a_cache(self):
        result = self.run_svclint("registry", "update", "--url",
                                  "http://127.0.0.1:9/none.xml",
                                  "--timeout", "5")
        self.assert_refused(result, "cannot download http://127.0.0.1:9/")
        self.assertFalse(os.path.exists(os.path.join(self.cache,
                                                     "registry.bin")))

    def test_older_download_leaves_the_embedded_registry_in_use(self):
        result = self.update("/old.xml")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("the embedded registry of %s is as new, and stays in use"
                      % EMBEDDED_DATE, result.stdout)
        self.assertIn("of %s (embedded)" % EMBEDDED_DATE,
                      self.run_svclint("--version").stdout)

    def test_damaged_cache_falls_back_to_the_embedded_registry(self):
        self.assertEqual(self.update("/good.xml").returncode, 0)
        blob = os.path.join(self.cache, "registry.bin")
        with open(blob, "r+b") as f:
            f.truncate(100)
        lookup = self.run_svclint("registry", "lookup", "5432/tcp")
        self.assertEqual(lookup.returncode, 0)
        self.assertIn("postgresql", lookup.stdout)
        self.assertIn("svclint: warning: ignoring the cached registry",
                      lookup.stderr)
        self.assertIn("(embedded)", self.run_svclint("--version").stdout)
        # The damaged copy is not trusted for a conditional request.
        self.assertEqual(self.update("/good.xml").returncode, 0)
        self.assertEqual(Handler.requests_seen[-1], ("/good.xml", None, None))

    def test_bad_timeout_is_a_usage_error(self):
        result = self.update("/good.xml", "--timeout", "0")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--timeout must be at least 1", result.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
