#!/usr/bin/python3
"""Throughput of python-zeroconf's service_type_name on a file of names,
for bench/peers.py (the side-by-side of SPEC §8).

  /usr/bin/python3 bench/peers/zeroconf_driver.py NAMES [--min-seconds 1]
                                                  [--repeats 5]
                                                  [--verdicts FILE]

NAMES holds one DNS-SD type per line ("_http._tcp"). service_type_name()
only accepts the fully qualified mDNS form, so ".local." is appended first
(outside the timed loop): "_http._tcp" -> "_http._tcp.local.". It runs in
its default strict mode: the service label is 1..15 letters, digits and
hyphens (no "--", no leading or trailing '-', at least one letter),
followed by "._tcp.local." or "._udp.local.". A name is valid when no
BadTypeInNameException is raised; any other exception also counts as
invalid, and as "crashed". Each repeat checks every name until at least
--min-seconds have passed; the JSON on stdout has every repeat's
names/second and their median (wall clock, and per CPU second); --verdicts writes one line per name, 1
(valid) or 0.
"""

import argparse
import json
import statistics
import sys
import time

try:
    import zeroconf
    from zeroconf import BadTypeInNameException, service_type_name
except ImportError as e:  # an optional peer
    sys.exit(f"python-zeroconf is not installed ({e}); "
             "apt-get install python3-zeroconf")


def fully_qualified(name):
    if name.endswith(".local."):
        return name
    return name + ("local." if name.endswith(".") else ".local.")


def count_valid(names, verdicts=None):
    """(valid, crashed): crashed counts the names that raised something
    other than BadTypeInNameException (0.47.3 raises IndexError on
    "_._tcp.local."); they count as invalid."""
    valid = crashed = 0
    for name in names:
        ok = False
        try:
            service_type_name(name)
            valid += 1
            ok = True
        except BadTypeInNameException:
            pass
        except Exception:  # pylint: disable=broad-except
            crashed += 1
        if verdicts is not None:
            verdicts.append(ok)
    return valid, crashed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names")
    parser.add_argument("--min-seconds", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--verdicts", help="write 1/0 per name here")
    args = parser.parse_args()
    with open(args.names, encoding="utf-8", newline="\n") as f:
        names = [fully_qualified(line.rstrip("\n").rstrip("\r")) for line in f]
    if not names:
        sys.exit(f"{args.names}: no names")

    verdicts = []
    valid, crashed = count_valid(names, verdicts)
    if args.verdicts:
        with open(args.verdicts, "w") as f:
            f.writelines("1\n" if ok else "0\n" for ok in verdicts)
    rates, cpu_rates = [], []
    for _ in range(args.repeats):
        checked = 0
        start, cpu_start = time.perf_counter(), time.process_time()
        while True:
            count_valid(names)
            checked += len(names)
            elapsed = time.perf_counter() - start
            if elapsed >= args.min_seconds:
                break
        rates.append(checked / elapsed)
        cpu_rates.append(checked / (time.process_time() - cpu_start))
    print(json.dumps({
        "tool": "zeroconf",
        "function": f"zeroconf.service_type_name (python-zeroconf "
                    f"{zeroconf.__version__}, Python "
                    f"{sys.version.split()[0]})",
        "names": len(names),
        "valid": valid,
        "crashed": crashed,
        "samples": [round(r) for r in rates],
        "cpu_samples": [round(r) for r in cpu_rates],
        "names_per_second": round(statistics.median(rates)),
        "cpu_names_per_second": round(statistics.median(cpu_rates)),
    }))


if __name__ == "__main__":
    main()
