#!/usr/bin/env python3
"""svclint side by side with the validators people use today (SPEC §8).

  bench/peers.py [--build build] [--rounds 5] [--json out.json]

On one list of names -- every distinct service name of the embedded IANA
registry as "_name._tcp", plus as many generated invalid types (seeded) --
it measures, in one run:

  * svclint in process: IsValidServiceType, the yes/no answer Avahi's
    function gives (no finding of severity error, from every error rule);
    CheckServiceType, all rules, embedded registry, every finding with
    its message (what `svclint check --as type` does per line), and
    without registry; bench/peers/svclint_driver.cc, linked against
    the layer archives build/libsvclint_*.a;
  * Avahi: avahi_is_valid_service_type_strict, from libavahi-common
    (bench/peers/avahi_driver.c; apt-get install libavahi-common-dev);
  * python-zeroconf: zeroconf.service_type_name, strict
    (bench/peers/zeroconf_driver.py; apt-get install python3-zeroconf);
  * svclint through the CLI: `svclint check --as type -` on the same list
    repeated to --cli-lines lines, output to /dev/null (text, --quiet,
    --statistics), and --format json on --cli-json-lines lines. Text output
    streams; --statistics and JSON keep every finding until the end, and
    half of these names have findings: about 0.5 KiB each for --statistics
    (about 5 GiB at 10 M lines), 2 KiB as JSON.

The in-process drivers run in --rounds interleaved rounds (the order rotates
each round), each round taking --repeats samples of >= --min-seconds; the
figure reported is the median of every sample, by the wall clock and per
CPU second of the driver (less sensitive to a busy machine). A peer that is not installed
is skipped with a message. The load average is recorded before and after.
"""

import argparse
import csv
import json
import os
import platform
import random
import re
import resource
import shlex
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.join(ROOT, "bench", "peers")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-zeroconf lives


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------- the names

def registry_types():
    """Every distinct service name of the registry CSV, as "_name._tcp"."""
    path = os.path.join(ROOT, "corpus/iana/service-names-port-numbers.csv")
    seen = {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if row and row[0].strip():
                seen.setdefault(row[0].strip(), None)
    return [f"_{name}._tcp" for name in seen]


LETTERS = string.ascii_lowercase
ALNUM = string.ascii_lowercase + string.digits


def _label(rng, lo=3, hi=12):
    return rng.choice(LETTERS) + "".join(
        rng.choice(ALNUM) for _ in range(rng.randint(lo - 1, hi - 1)))


def _proto(rng):
    return rng.choice(("_tcp", "_udp"))


# Each maker returns one invalid DNS-SD type (invalid for svclint; the peers
# disagree on some of them, which is the point of counting).
INVALID_MAKERS = {
    # RFC 6335 §5.1: at most 15 characters.
    "too-long": lambda r: f"_{_label(r, 16, 30)}.{_proto(r)}",
    # A label over 63 bytes (RFC 1035).
    "label-over-63": lambda r: f"_{_label(r, 64, 80)}.{_proto(r)}",
    # '_' inside the name.
    "underscore": lambda r: f"_{_label(r, 2, 6)}_{_label(r, 2, 6)}.{_proto(r)}",
    # Other characters outside [A-Za-z0-9-].
    "bad-char": lambda r: (f"_{_label(r, 2, 5)}{r.choice('+*/@!~ ')}"
                           f"{_label(r, 1, 5)}.{_proto(r)}"),
    "non-ascii": lambda r: f"_{_label(r, 2, 5)}\u00e9{_label(r, 1, 4)}._tcp",
    # Protocol other than _tcp/_udp, or missing its underscore.
    "bad-protocol": lambda r: (f"_{_label(r)}."
                               f"{r.choice(('_sctp', '_dccp', '_http', '_tc'))}"),
    "proto-no-underscore": lambda r: f"_{_label(r)}.{r.choice(('tcp', 'udp'))}",
    # Service label without its underscore.
    "no-underscore": lambda r: f"{_label(r)}.{_proto(r)}",
    # Hyphens: doubled, leading, trailing.
    "double-hyphen": lambda r: f"_{_label(r, 2, 6)}--{_label(r, 2, 6)}.{_proto(r)}",
    "leading-hyphen": lambda r: f"_-{_label(r, 2, 10)}.{_proto(r)}",
    "trailing-hyphen": lambda r: f"_{_label(r, 2, 10)}-.{_proto(r)}",
    # Digits (and hyphens) only: no letter.
    "digits-only": lambda r: (f"_{r.randint(1, 99999)}"
                              f"{r.choice(('', '-' + str(r.randint(1, 999))))}"
                              f".{_proto(r)}"),
    # Empty labels.
    "empty-label": lambda r: r.choice((f"_{_label(r)}..{_proto(r)}",
                                       f"_.{_proto(r)}",
                                       f"._{_label(r)}.{_proto(r)}")),
    # No protocol label at all.
    "no-protocol": lambda r: f"_{_label(r)}",
    # Two service labels (a subtype without _sub).
    "extra-label": lambda r: f"_{_label(r)}._{_label(r)}.{_proto(r)}",
}


def invalid_types(count, seed):
    """[(kind, type)]: `count` invalid types, the kinds in turn."""
    rng = random.Random(seed)
    kinds = sorted(INVALID_MAKERS)
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        out.append((kind, INVALID_MAKERS[kind](rng)))
    return out


def make_names(path, seed):
    """Writes the shuffled list; returns each line's category ("registry"
    or the invalid kind), in file order."""
    entries = [("registry", t) for t in registry_types()]
    entries += invalid_types(len(entries), seed)
    random.Random(seed + 1).shuffle(entries)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(t + "\n" for _, t in entries)
    return [kind for kind, _ in entries]


# ------------------------------------------------------------- the drivers

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def build_avahi(tmp):
    exe = os.path.join(tmp, "avahi_driver")
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return None, "no C compiler"
    p = run([cc, "-O2", os.path.join(PEERS, "avahi_driver.c"), "-o", exe,
             "-lavahi-common"])
    if p.returncode:
        return None, ("cannot build against libavahi-common "
                      "(apt-get install libavahi-common-dev):\n" + p.stderr)
    return [exe], None


def build_svclint(tmp, build, core=None):
    """Links svclint_driver.cc like svclint_cli: ninja's own link line,
    against the layer archives it names (libsvclint_<layer>.a), taken from
    the directory `core` (default BUILD)."""
    core = core or build
    p = run(["ninja", "-C", build, "-t", "commands", "svclint_cli"])
    if p.returncode:
        return None, "ninja -t commands svclint_cli failed:\n" + p.stderr
    link = shlex.split(p.stdout.strip().splitlines()[-1])
    # ": && /usr/bin/c++ FLAGS OBJS -o svclint ARCHIVES LIBS && :"
    link = [a for a in link if a not in (":", "&&")]
    at = [i for i, a in enumerate(link)
          if re.fullmatch(r"libsvclint_\w+\.a", os.path.basename(a))]
    if not at:
        return None, "unexpected svclint_cli link line:\n" + p.stdout
    compiler = link[0]
    objs = [a for a in link if a.endswith(".o") and "registry" in a]
    # The driver needs every layer but the command line's.
    archives = [os.path.join(core, os.path.basename(link[i])) for i in at
                if "svclint_commands" not in link[i]]
    libs = link[at[-1] + 1:]
    missing = [a for a in archives if not os.path.exists(a)]
    if missing:
        return None, f"{missing[0]} not found (build svclint first)"
    # The archives may be rebuilt under us: link private copies.
    local = []
    for f in [os.path.join(build, o) for o in objs] + archives:
        dst = os.path.join(tmp, os.path.basename(f))
        shutil.copyfile(f, dst)
        local.append(dst)
    exe = os.path.join(tmp, "svclint_driver")
    cmd = ([compiler, "-std=c++20", "-O3", "-DNDEBUG", f"-I{ROOT}",
            f"-I{os.path.join(build, 'gen')}",
            os.path.join(PEERS, "svclint_driver.cc")] + local[:len(objs)] +
           ["-o", exe] + local[len(objs):] + libs)
    p = run(cmd)
    if p.returncode:
        return None, "cannot build svclint_driver:\n" + p.stderr
    return [exe], None


def find_zeroconf():
    py = SYSTEM_PYTHON if os.path.exists(SYSTEM_PYTHON) else sys.executable
    p = run([py, "-c", "import zeroconf"])
    if p.returncode:
        return None, ("python-zeroconf not importable by "
                      f"{py} (apt-get install python3-zeroconf)")
    return [py, os.path.join(PEERS, "zeroconf_driver.py")], None


def median(xs):
    return statistics.median(xs) if xs else None


def loadavg():
    return tuple(round(x, 2) for x in os.getloadavg())


def run_driver(cmd, names, min_seconds, repeats, extra=()):
    p = run(cmd + [names, "--min-seconds", str(min_seconds),
                   "--repeats", str(repeats)] + list(extra))
    if p.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return json.loads(p.stdout)


def accepted_by_kind(cmd, names, kinds, tmp):
    """{category: how many of its names `cmd` judged valid}."""
    path = os.path.join(tmp, "verdicts.txt")
    run_driver(cmd, names, 0, 1, ["--verdicts", path])
    with open(path) as f:
        verdicts = [line.strip() == "1" for line in f]
    if len(verdicts) != len(kinds):
        sys.exit(f"{' '.join(cmd)}: {len(verdicts)} verdicts for "
                 f"{len(kinds)} names")
    out = {}
    for kind, ok in zip(kinds, verdicts):
        out[kind] = out.get(kind, 0) + ok
    return out


# ------------------------------------------------------------------ the CLI

def child_cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_cli(cmd, stdin_path, runs):
    """[(wall seconds, CPU seconds)] of `runs` runs after one warm-up."""
    times = []
    for i in range(runs + 1):  # the first run warms the page cache
        with open(stdin_path, "rb") as stdin:
            cpu = child_cpu_seconds()
            start = time.perf_counter()
            p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            cpu = child_cpu_seconds() - cpu
        if p.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {p.returncode}")
        if i:
            times.append((elapsed, cpu))
    return times


def cli_peak_rss_kib(cmd, stdin_path):
    probe = ("import resource,subprocess,sys\n"
             "subprocess.run(sys.argv[2:],stdin=open(sys.argv[1],'rb'),"
             "stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    p = run([sys.executable, "-c", probe, stdin_path] + cmd, check=True)
    return int(p.stdout.strip())


# ----------------------------------------------------------------- the run

def fmt_rate(r):
    return "-" if r is None else f"{r / 1e6:8.2f} M/s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"),
                    help="svclint's CMake build directory (read only)")
    ap.add_argument("--binary", help="the svclint CLI (default BUILD/svclint)")
    ap.add_argument("--core", help="the directory of the libsvclint_*.a "
                    "layer archives to link the in-process driver against "
                    "(default BUILD; pass a copy taken with --binary)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3,
                    help="samples per driver per round")
    ap.add_argument("--min-seconds", type=float, default=1.0)
    ap.add_argument("--cli-lines", type=int, default=10_000_000)
    ap.add_argument("--cli-json-lines", type=int, default=1_000_000)
    ap.add_argument("--cli-runs", type=int, default=3)
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--seed", type=int, default=6763)
    ap.add_argument("--json", help="write every figure and sample here")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary directory (names, drivers)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    binary = os.path.abspath(args.binary or os.path.join(build, "svclint"))
    core_path = os.path.abspath(args.core or build)

    tmp = tempfile.mkdtemp(prefix="svclint-peers-")
    try:
        names = os.path.join(tmp, "names.txt")
        kinds = make_names(names, args.seed)
        n_valid = kinds.count("registry")
        n_invalid = len(kinds) - n_valid
        log(f"names: {n_valid} registry names as _name._tcp + {n_invalid} "
            f"generated invalid types (seed {args.seed}) -> {names}")

        drivers, skipped = {}, {}
        for key, (cmd, why) in {
                "svclint": build_svclint(tmp, build, args.core),
                "avahi": build_avahi(tmp),
                "zeroconf": find_zeroconf()}.items():
            if cmd:
                drivers[key] = cmd
            else:
                skipped[key] = why
                log(f"skipping {key}: {why}")
        if "svclint" in drivers:
            drivers["svclint-noreg"] = drivers["svclint"] + ["--no-registry"]
            drivers["svclint-verdict"] = drivers["svclint"] + ["--verdict"]

        load_before = loadavg()
        samples = {k: [] for k in drivers}
        cpu_samples = {k: [] for k in drivers}
        info = {}
        order = list(drivers)
        for rnd in range(args.rounds):
            for key in order[rnd % len(order):] + order[:rnd % len(order)]:
                out = run_driver(drivers[key], names, args.min_seconds,
                                 args.repeats)
                samples[key] += out.pop("samples")
                cpu_samples[key] += out.pop("cpu_samples")
                out.pop("names_per_second")
                out.pop("cpu_names_per_second")
                info[key] = out
            log(f"round {rnd + 1}/{args.rounds}: " + ", ".join(
                f"{k} {median(samples[k]) / 1e6:.2f}" for k in order)
                + f" M names/s (load {os.getloadavg()[0]:.2f})")
        load_after = loadavg()

        results = {k: dict(info[k], samples=samples[k],
                           names_per_second=median(samples[k]),
                           cpu_samples=cpu_samples[k],
                           cpu_names_per_second=median(cpu_samples[k]))
                   for k in drivers}
        # Who accepts what, by category (outside the timed runs).
        for k in drivers:
            results[k]["valid_by_category"] = accepted_by_kind(
                drivers[k], names, kinds, tmp)
        rate = {k: results[k]["names_per_second"] for k in results}
        cpu_rate = {k: results[k]["cpu_names_per_second"] for k in results}

        cli = []
        if not args.no_cli and os.path.exists(binary):
            with open(names, "rb") as f:
                block = f.read()
            lines = block.count(b"\n")
            streams = {}

            def stream_of(count):
                reps = max(1, round(count / lines))
                if reps not in streams:
                    path = os.path.join(tmp, f"stream{reps}.txt")
                    with open(path, "wb") as f:
                        for _ in range(reps):
                            f.write(block)
                    streams[reps] = path
                    log(f"CLI: {reps * lines:,} lines ({reps} x the list)")
                return streams[reps], reps * lines

            base = [binary, "check", "--as", "type"]
            for label, extra, count in (
                    ("text", [], args.cli_lines),
                    ("text --quiet", ["--quiet"], args.cli_lines),
                    ("text --statistics", ["--statistics"], args.cli_lines),
                    ("json", ["--format", "json"], args.cli_json_lines)):
                stream, total = stream_of(count)
                cmd = base + extra + ["-"]
                load = os.getloadavg()[0]
                runs = time_cli(cmd, stream, args.cli_runs)
                times = [wall for wall, _ in runs]
                cpu_s = median([cpu for _, cpu in runs])
                r = {"output": label, "command": " ".join(cmd[1:]),
                     "lines": total, "runs": len(times),
                     "median_s": median(times), "min_s": min(times),
                     "max_s": max(times), "median_cpu_s": cpu_s,
                     "names_per_second": total / median(times),
                     "cpu_names_per_second": total / cpu_s,
                     "peak_rss_kib": cli_peak_rss_kib(cmd, stream),
                     "load": [round(load, 2), round(os.getloadavg()[0], 2)]}
                log(f"  {label:18s} median {r['median_s']:.2f} s "
                    f"(CPU {cpu_s:.2f} s)  "
                    f"{r['names_per_second'] / 1e6:.2f} M names/s  "
                    f"peak RSS {r['peak_rss_kib'] / 1024:.0f} MiB  "
                    f"(load {r['load'][0]:.2f}->{r['load'][1]:.2f})")
                cli.append(r)
        elif not args.no_cli:
            log(f"skipping the CLI: {binary} not found")

        # ------------------------------------------------------- the table
        labels = {
            "svclint-verdict": "svclint IsValidServiceType (yes/no)",
            "svclint": "svclint CheckServiceType (all rules + registry)",
            "svclint-noreg": "svclint CheckServiceType (no registry)",
            "avahi": "Avahi avahi_is_valid_service_type_strict",
            "zeroconf": "python-zeroconf service_type_name (strict)",
        }
        total = n_valid + n_invalid
        print(f"\n{total} names ({n_valid} registry, {n_invalid} generated "
              f"invalid); {args.rounds} rounds x {args.repeats} samples of "
              f">= {args.min_seconds} s; load {load_before} -> {load_after}\n")
        print(f"{'checker':50s} {'names/s':>12s} {'per CPU s':>12s} "
              f"{'valid':>7s}")
        for k in ("svclint-verdict", "svclint", "svclint-noreg", "avahi",
                  "zeroconf"):
            if k in results:
                print(f"{labels[k]:50s} {fmt_rate(rate[k]):>12s} "
                      f"{fmt_rate(cpu_rate[k]):>12s} "
                      f"{results[k]['valid']:7d}")
            else:
                print(f"{labels[k]:50s} {'skipped':>12s}")
        for c in cli:
            print(f"{'svclint check --as type - (' + c['output'] + ')':50s} "
                  f"{fmt_rate(c['names_per_second']):>12s} "
                  f"{fmt_rate(c['cpu_names_per_second']):>12s}  "
                  f"({c['lines']:,} lines, {c['median_s']:.2f} s, "
                  f"{c['peak_rss_kib'] / 1024:.0f} MiB)")
        ratios, cpu_ratios = {}, {}
        for k in ("svclint-verdict", "svclint", "svclint-noreg"):
            for peer in ("avahi", "zeroconf"):
                if k in rate and peer in rate:
                    ratios[f"{k}/{peer}"] = rate[k] / rate[peer]
                    cpu_ratios[f"{k}/{peer}"] = cpu_rate[k] / cpu_rate[peer]
        if ratios:
            print(f"\n{'ratio':30s} {'wall':>8s} {'CPU':>8s}")
            for k, v in ratios.items():
                print(f"{k:30s} {v:7.2f}x {cpu_ratios[k]:7.2f}x")
        if "zeroconf" in results and results["zeroconf"].get("crashed"):
            print(f"\nzeroconf raised something other than "
                  f"BadTypeInNameException on "
                  f"{results['zeroconf']['crashed']} names (counted invalid)")
        cats = ["registry"] + sorted(set(kinds) - {"registry"})
        tools = [k for k in ("svclint-verdict", "svclint", "svclint-noreg",
                             "avahi", "zeroconf") if k in results]
        print(f"\naccepted, by category:\n{'category':22s} {'names':>6s} "
              + " ".join(f"{t:>13s}" for t in tools))
        for c in cats:
            print(f"{c:22s} {kinds.count(c):6d} " + " ".join(
                f"{results[t]['valid_by_category'].get(c, 0):13d}"
                for t in tools))
        if args.json:
            with open(args.json, "w") as f:
                json.dump({
                    "names": {"total": total, "registry": n_valid,
                              "invalid": n_invalid, "seed": args.seed},
                    "rounds": args.rounds, "repeats": args.repeats,
                    "min_seconds": args.min_seconds,
                    "load_before": load_before, "load_after": load_after,
                    "machine": {"cores": os.cpu_count(),
                                "kernel": platform.release()},
                    "svclint": {
                        "binary": binary,
                        "binary_mtime": time.ctime(os.path.getmtime(binary))
                        if os.path.exists(binary) else None,
                        "core": core_path,
                        "core_mtime": time.ctime(os.path.getmtime(core_path))
                        if os.path.exists(core_path) else None},
                    "in_process": results, "ratios": ratios,
                    "cpu_ratios": cpu_ratios, "cli": cli,
                    "skipped": skipped}, f, indent=2)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
