#!/usr/bin/env python3
"""Times whole svclint runs against the targets of SPEC §8.

  bench/cli_bench.py [--binary build/svclint] [--runs 30] [--json out.json]

Each scenario runs the real binary repeatedly and reports the median wall
time (and the best and worst), the median CPU time (user + system) and the
load average. Memory is the max RSS of the first warm-up run, as GNU time
(/usr/bin/time) reports it. Inputs are generated into a temporary directory:
  * check:    `svclint check _http._tcp` (a process start, registry included)
  * registry: `svclint lint` on the full IANA XML, JSON output
  * stream:   10 M service types through `svclint check --as type -`
  * findings-1in10-{text,json}, findings-1in2-{text,json}: 10 M lines
    through `svclint check --as type -` where exactly one line in ten (one
    in two) has a finding, as text and as JSON; the same on 1 M lines shows
    that memory is flat (max RSS independent of the input's length). The
    lines are drawn (seeded) from registry names that svclint finds clean
    and from bench/peers.py's generated invalid types; svclint itself sorts
    the candidates into the two pools once, before any timing.
  * dir-1k / dir-10k: directories of 1,000 and 10,000 config files, to show
    time and memory against the number of files
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(cmd, stdin_path=None):
    """(wall seconds, CPU seconds) of one run."""
    stdin = os.open(stdin_path or os.devnull, os.O_RDONLY)
    null = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, stdin, 0), (os.POSIX_SPAWN_DUP2, null, 1),
               (os.POSIX_SPAWN_DUP2, null, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(stdin)
    os.close(null)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {code}")
    return elapsed, usage.ru_utime + usage.ru_stime


def peak_rss_kib(cmd, stdin_path=None):
    """Max RSS of one run, as GNU time reports it: a child spawned from
    this interpreter would count the interpreter's own pages in its max
    RSS (Linux copies the parent's high-water mark at fork/vfork)."""
    with tempfile.NamedTemporaryFile("r") as out:
        run_once(["/usr/bin/time", "-f", "%M", "-o", out.name] + cmd,
                 stdin_path)
        return int(out.read().split()[-1])


def measure(name, cmd, runs, stdin_path=None, warmup=2):
    rss = peak_rss_kib(cmd, stdin_path)  # also the first warm-up run
    for _ in range(warmup - 1):
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
        "peak_rss_kib": rss,
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


def finding_pools(binary, names, tmp, seed):
    """(clean, flagged): `_name._tcp`/`_udp` types of the registry that
    svclint finds nothing on, and generated invalid types (bench/peers.py's
    kinds) it reports at least one finding on -- as svclint itself says."""
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import peers  # noqa: E402 (the invalid-type generator)
    candidates = [f"_{n}._{p}" for n in names for p in ("tcp", "udp")]
    candidates += [t for _, t in peers.invalid_types(20_000, seed)]
    path = os.path.join(tmp, "candidates.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(c + "\n" for c in candidates)
    with open(path, "rb") as stdin:
        out = subprocess.run([binary, "check", "--as", "type", "--format",
                              "json", "-"], stdin=stdin, capture_output=True)
    flagged_lines = {d["line"] for d in json.loads(out.stdout)}
    clean, flagged = [], []
    for i, c in enumerate(candidates, start=1):
        (flagged if i in flagged_lines else clean).append(c)
    return clean, flagged


def make_finding_stream(path, clean, flagged, count, every, seed):
    """`count` lines; line i (0-based) has a finding iff i % every == 0."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines((rng.choice(flagged) if i % every == 0
                      else rng.choice(clean)) + "\n" for i in range(count))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build/svclint"))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--stream-count", type=int, default=10_000_000)
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--only", nargs="+", metavar="SCENARIO",
                        help="run only these scenarios (check, registry, "
                        "stream, findings, dirs)")
    parser.add_argument("--stream-runs", type=int, default=0,
                        help="runs per stream scenario (default runs / 10, "
                        "at least 3)")
    parser.add_argument("--seed", type=int, default=6763)
    args = parser.parse_args()
    only = set(args.only or ["check", "registry", "stream", "findings",
                             "dirs"])
    stream_runs = args.stream_runs or max(3, args.runs // 10)
    binary = os.path.abspath(args.binary)
    names = registry_names()
    results = []
    tmp = tempfile.mkdtemp(prefix="svclint-bench-")
    print(f"load {os.getloadavg()}", flush=True)
    try:
        if "check" in only:
            results.append(measure("check", [binary, "check", "_http._tcp"],
                                   args.runs))
        xml = os.path.join(ROOT, "corpus/iana/service-names-port-numbers.xml")
        if "registry" in only:
            results.append(measure(
                "registry", [binary, "lint", "--format", "json", xml],
                args.runs))
        if "stream" in only:
            stream = os.path.join(tmp, "types.txt")
            make_stream(stream, names, args.stream_count)
            r = measure("stream", [binary, "check", "--as", "type", "-"],
                        stream_runs, stdin_path=stream, warmup=1)
            r["names_per_second"] = args.stream_count / (r["median_ms"] / 1e3)
            print(f"{'':10s} {r['names_per_second'] / 1e6:.1f} M names/s")
            results.append(r)
            os.remove(stream)
        if "findings" in only:
            clean, flagged = finding_pools(binary, names, tmp, args.seed)
            print(f"pools: {len(clean)} clean types, {len(flagged)} with "
                  f"findings", flush=True)
            for every in (10, 2):
                for count in (args.stream_count, args.stream_count // 10):
                    stream = os.path.join(tmp, f"findings{every}.txt")
                    make_finding_stream(stream, clean, flagged, count, every,
                                        args.seed + every)
                    for fmt in ("text", "json", "sarif"):
                        name = f"findings-1in{every}-{fmt}"
                        if count != args.stream_count:
                            name += f"-{count / 1e6:g}M"
                        r = measure(name, [binary, "check", "--as", "type",
                                           "--format", fmt, "-"],
                                    stream_runs, stdin_path=stream, warmup=1)
                        r["lines"] = count
                        r["names_per_second"] = count / (r["median_ms"] / 1e3)
                        r["cpu_names_per_second"] = count / (
                            r["median_cpu_ms"] / 1e3)
                        print(f"{'':10s} {r['names_per_second'] / 1e6:.2f} M "
                              f"lines/s (per CPU s "
                              f"{r['cpu_names_per_second'] / 1e6:.2f} M)",
                              flush=True)
                        results.append(r)
                    os.remove(stream)
        for count in (1_000, 10_000) if "dirs" in only else ():
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
