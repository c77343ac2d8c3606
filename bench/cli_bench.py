#!/usr/bin/env python3
"""Times whole svclint runs against the targets of SPEC §8.

  bench/cli_bench.py [--binary build/svclint] [--runs 30] [--json out.json]

Each scenario runs the real binary repeatedly and reports the median wall
time (and the best and worst), the median CPU time (user + system) and the
load average. Memory is the peak RSS of the child
(getrusage). Inputs are generated into a temporary directory:
  * check:    `svclint check _http._tcp` (a process start, registry included)
  * registry: `svclint lint` on the full IANA XML, JSON output
  * stream:   10 M service types through `svclint check --as type -`
  * dir-1k / dir-10k: directories of 1,000 and 10,000 config files, to show
    time and memory against the number of files
"""

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def child_cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, stdin_path=None):
    """(wall seconds, CPU seconds) of one run."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    cpu = child_cpu_seconds()
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    cpu = child_cpu_seconds() - cpu
    if stdin_path:
        stdin.close()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}")
    return elapsed, cpu


def peak_rss_kib(cmd, stdin_path=None):
    """Peak RSS of one run of cmd, measured in a fresh child."""
    probe = (
        "import resource,subprocess,sys\n"
        "stdin=open(sys.argv[1],'rb') if sys.argv[1] else subprocess.DEVNULL\n"
        "subprocess.run(sys.argv[2:],stdin=stdin,stdout=subprocess.DEVNULL,"
        "stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", probe, stdin_path or ""] + cmd,
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def measure(name, cmd, runs, stdin_path=None, warmup=2):
    for _ in range(warmup):
        run_once(cmd, stdin_path)
    load = os.getloadavg()[0]
    runs_ = [run_once(cmd, stdin_path) for _ in range(runs)]
    times = [wall for wall, _ in runs_]
    result = {
        "scenario": name,
        "command": " ".join(cmd) + (f" < {os.path.basename(stdin_path)}"
                                     if stdin_path else ""),
        "runs": runs,
        "median_ms": statistics.median(times) * 1e3,
        "min_ms": min(times) * 1e3,
        "max_ms": max(times) * 1e3,
        "median_cpu_ms": statistics.median(cpu for _, cpu in runs_) * 1e3,
        "peak_rss_kib": peak_rss_kib(cmd, stdin_path),
        "load": [round(load, 2), round(os.getloadavg()[0], 2)],
    }
    print(f"{name:10s} median {result['median_ms']:9.2f} ms  "
          f"(min {result['min_ms']:.2f}, max {result['max_ms']:.2f}; "
          f"{runs} runs)  CPU {result['median_cpu_ms']:.2f} ms  "
          f"peak RSS {result['peak_rss_kib'] / 1024:.1f} MiB  "
          f"load {result['load'][0]:.2f}->{result['load'][1]:.2f}",
          flush=True)
    return result


AVAHI = """<?xml version="1.0" standalone='no'?>
<!DOCTYPE service-group SYSTEM "avahi-service.dtd">
<service-group>
  <name replace-wildcards="yes">%h {i}</name>
  <service>
    <type>_{name}._tcp</type>
    <port>{port}</port>
    <txt-record>txtvers=1</txt-record>
  </service>
</service-group>
"""

DNSSD = """[Service]
Name=%H {i}
Type=_{name}._tcp
Port={port}
TxtText=txtvers=1 path=/
"""

TOML = """[[service]]
instance = "Instance {i}"
type = "_{name}._tcp"
port = {port}
txt = ["txtvers=1", "rp=queue/{i}"]
"""


def make_config_dir(root, count, names):
    os.makedirs(root, exist_ok=True)
    rng = random.Random(count)
    for i in range(count):
        name = rng.choice(names)
        port = rng.randrange(1024, 49151)
        kind = i % 3
        sub = os.path.join(root, f"d{i // 500:03d}")
        os.makedirs(sub, exist_ok=True)
        if kind == 0:
            path, text = f"s{i}.service", AVAHI
        elif kind == 1:
            path, text = f"s{i}.dnssd", DNSSD
        else:
            path, text = f"s{i}.toml", TOML
        with open(os.path.join(sub, path), "w") as f:
            f.write(text.format(i=i, name=name, port=port))


def registry_names():
    """The registry's well-formed names, from the shipped CSV."""
    names = set()
    with open(os.path.join(ROOT, "corpus/iana/service-names-port-numbers.csv"),
              encoding="utf-8") as f:
        next(f)
        for line in f:
            name = line.split(",", 1)[0].strip()
            if name and name.replace("-", "").isalnum():
                names.add(name.lower())
    return sorted(names)


def make_stream(path, names, count):
    with open(path, "w") as f:
        for i in range(count):
            f.write(f"_{names[i % len(names)]}._{'tcp' if i % 2 else 'udp'}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build/svclint"))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--stream-count", type=int, default=10_000_000)
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    names = registry_names()
    results = []
    tmp = tempfile.mkdtemp(prefix="svclint-bench-")
    try:
        results.append(measure("check", [binary, "check", "_http._tcp"],
                               args.runs))
        xml = os.path.join(ROOT, "corpus/iana/service-names-port-numbers.xml")
        results.append(measure(
            "registry", [binary, "lint", "--format", "json", xml], args.runs))
        stream = os.path.join(tmp, "types.txt")
        make_stream(stream, names, args.stream_count)
        r = measure("stream", [binary, "check", "--as", "type", "-"],
                    max(3, args.runs // 10), stdin_path=stream, warmup=1)
        r["names_per_second"] = args.stream_count / (r["median_ms"] / 1e3)
        print(f"{'':10s} {r['names_per_second'] / 1e6:.1f} M names/s")
        results.append(r)
        for count in (1_000, 10_000):
            d = os.path.join(tmp, f"dir{count}")
            make_config_dir(d, count, names)
            results.append(measure(f"dir-{count // 1000}k",
                                   [binary, "lint", "--quiet", d],
                                   max(3, args.runs // 5)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    info = {"cores": os.cpu_count(), "platform": os.uname().release,
            "results": results}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(info, f, indent=2)


if __name__ == "__main__":
    main()
