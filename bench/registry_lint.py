#!/usr/bin/env python3
"""Times `svclint lint` on the IANA registry XML: issue 17's target is
<= 50 ms wall and <= 12 MB max RSS on the 2-core machine.

  bench/registry_lint.py [--binary build/svclint] [--runs 21] [FILE]

Runs the real binary RUNS times (after one warm-up run, so the file is in
the page cache) and prints the median of each measure over the runs:
wall time, CPU time (user + system), max RSS and page faults (minor +
major), from the kernel's accounting of that child (see run_once), plus
the best and worst wall time and the load average. Wall time depends on
what else the machine runs; CPU time and faults much less. Each run goes
through /usr/bin/time (its fork adds about a millisecond of wall time).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FILE = os.path.join(ROOT, "corpus", "iana",
                            "service-names-port-numbers.xml")


def run_once(cmd):
    """(wall s, CPU s, max RSS KiB, page faults) of one run."""
    # Started through /usr/bin/time, a small process that forks svclint
    # and reports its max RSS and faults alone: a child forked from Python
    # would carry Python's resident set into its own max RSS. CPU time is
    # wait4's, svclint's plus /usr/bin/time's (well under a millisecond).
    with tempfile.NamedTemporaryFile("r") as report:
        cmd = ["/usr/bin/time", "-o", report.name, "-f", "%M %R %F"] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"registry_lint: {' '.join(cmd)} exited {code}")
        rss, minor, major = (int(x) for x in report.read().split()[-3:])
    return (wall, usage.ru_utime + usage.ru_stime, rss, minor + major)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build",
                                                         "svclint"))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("file", nargs="?", default=DEFAULT_FILE)
    args = parser.parse_args()
    cmd = [args.binary, "lint", "--quiet", args.file]
    run_once(cmd)  # warm-up: the file and the binary in the page cache
    runs = [run_once(cmd) for _ in range(args.runs)]
    wall, cpu, rss, faults = (sorted(column) for column in zip(*runs))
    print(f"svclint lint {os.path.relpath(args.file, ROOT)}: "
          f"{args.runs} runs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"  wall   median {statistics.median(wall) * 1e3:7.1f} ms "
          f"(best {wall[0] * 1e3:.1f}, worst {wall[-1] * 1e3:.1f})")
    print(f"  CPU    median {statistics.median(cpu) * 1e3:7.1f} ms "
          "(user + system)")
    print(f"  maxRSS median {statistics.median(rss) / 1024:7.1f} MB "
          f"(max {rss[-1] / 1024:.1f})")
    print(f"  faults median {statistics.median(faults):7.0f}")


if __name__ == "__main__":
    main()
