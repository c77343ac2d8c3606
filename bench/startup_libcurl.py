#!/usr/bin/env python3
"""What linking libcurl would cost every run, and what the cached registry
costs: the reasons `registry update` dlopen()s libcurl (lint/registry/
http_get.h) and the cache is a packed blob mapped at start-up
(lint/registry/registry_cache.h).

  bench/startup_libcurl.py [--binary build/svclint] [--runs 200]

Times `svclint check _http._tcp` (a whole process) in three set-ups:
  * as built: libc only, embedded registry;
  * LD_PRELOAD=libcurl.so.4: the dynamic loader maps and binds libcurl and
    its dependencies at start-up, as it would if the binary linked it;
  * with a cached registry (registry.bin packed from the corpus XML, dated
    later so it is chosen), mapped instead of the embedded one.
Prints the median and best wall time per run, CPU per run, and the number
of shared objects mapped.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def libcurl_path():
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "libcurl.so.4 " in line and "x86-64" in line:
            return line.split("=>")[1].strip()
    raise SystemExit("libcurl.so.4 is not installed")


def time_runs(cmd, env, runs):
    walls = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(walls), cpu / runs


def shared_objects(binary, env):
    out = subprocess.run(["ldd", binary], env=env, capture_output=True,
                         text=True).stdout
    return len([l for l in out.splitlines() if "=>" in l or "ld-linux" in l])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, "build/svclint"))
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="svclint-bench-cache-")
    try:
        base = dict(os.environ, XDG_CACHE_HOME=os.path.join(cache, "none"))
        curl = dict(base, LD_PRELOAD=libcurl_path())
        # A cached registry: the corpus XML, dated later, served from a file.
        with open(os.path.join(ROOT, "corpus/iana/service-names-port-numbers.xml"),
                  encoding="utf-8") as f:
            xml = re.sub(r"<updated>[0-9-]+</updated>",
                         "<updated>2099-01-01</updated>", f.read(), count=1)
        served = os.path.join(cache, "r.xml")
        with open(served, "w", encoding="utf-8") as f:
            f.write(xml)
        cached = dict(base, XDG_CACHE_HOME=cache)
        import http.server, threading, functools
        handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                    directory=cache)
        http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        subprocess.run([args.binary, "registry", "update", "--url",
                        "http://127.0.0.1:%d/r.xml" % server.server_address[1]],
                       env=cached, check=True, stdout=subprocess.DEVNULL)
        server.shutdown()
        cmd = [args.binary, "check", "_http._tcp"]
        print("%-28s %10s %10s %10s %8s" % ("set-up", "median ms", "best ms",
                                           "cpu ms", "objects"))
        for name, env in (("as built (libc only)", base),
                          ("LD_PRELOAD=libcurl.so.4", curl),
                          ("cached registry.bin", cached)):
            median, best, cpu = time_runs(cmd, env, args.runs)
            print("%-28s %10.2f %10.2f %10.2f %8d" % (
                name, median * 1e3, best * 1e3, cpu * 1e3,
                shared_objects(args.binary, env)))
        print("load average: %.2f %.2f %.2f" % os.getloadavg())
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
