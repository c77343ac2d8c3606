#!/bin/bash
# Every performance figure of docs/performance.md from one run:
#
#   bench/run_all.sh [BUILD_DIR] [OUT_DIR]
#
# Snapshots the binaries and layer archives of BUILD_DIR (default build/)
# so a rebuild during the run changes nothing, then runs, one after the
# other: the process start-up floor of this machine (an empty program,
# static and dynamic), cli_bench.py (check _http._tcp, the registry lint,
# the 10 M line streams and the 1-in-10 / 1-in-2 finding streams),
# registry_lint.py (wall, CPU, max RSS, faults), lsp_publish.py (the
# registry XML through the language server) and peers.py (svclint, Avahi
# and python-zeroconf in process, same names, same run). Each writes its
# JSON or text into OUT_DIR (default a new temporary directory), with the
# load average before and after. About 3 minutes on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
out=${2:-$(mktemp -d /tmp/svclint-bench.XXXXXX)}
mkdir -p "$out/snap"
cp "$build"/svclint "$build"/libsvclint_*.a "$out/snap/"
svclint=$out/snap/svclint

stamp() { echo "$(date -u +%FT%TZ) $1 load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/log"; }

stamp "start $(git -C "$here/.." rev-parse --short HEAD)"

# The floor: what starting any process costs here.
printf 'int main(void) { return 0; }\n' >"$out/empty.c"
cc -O2 "$out/empty.c" -o "$out/empty-dynamic"
cc -O2 -static "$out/empty.c" -o "$out/empty-static"
python3 - "$out/empty-static" "$out/empty-dynamic" "$svclint" \
  >"$out/startup.txt" <<'PY'
# Median wall and CPU time of 300 starts of each program (after 10 warm-ups).
import os, statistics, subprocess, sys, time
for program in sys.argv[1:]:
    cmd = [program] + (["check", "_http._tcp"] if program.endswith("svclint") else [])
    walls, cpus = [], []
    for i in range(310):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(p.pid, 0)
        if i >= 10:
            walls.append(time.perf_counter() - start)
            cpus.append(usage.ru_utime + usage.ru_stime)
    print(f"{' '.join(cmd)}: median wall {statistics.median(walls) * 1e3:.2f} ms, "
          f"min {min(walls) * 1e3:.2f} ms, median CPU {statistics.median(cpus) * 1e3:.2f} ms")
PY
stamp "startup floor done"

python3 "$here/cli_bench.py" --binary "$svclint" --runs 30 --stream-runs 3 \
  --json "$out/cli.json" >"$out/cli.txt" 2>&1
stamp "cli_bench done"

python3 "$here/registry_lint.py" --binary "$svclint" --runs 21 \
  >"$out/registry_lint.txt" 2>&1
stamp "registry_lint done"

python3 "$here/lsp_publish.py" "$svclint" "" 9 >"$out/lsp.txt" 2>&1
stamp "lsp_publish done"

python3 "$here/peers.py" --build "$build" --binary "$svclint" --core "$out/snap" --no-cli \
  --json "$out/peers.json" >"$out/peers.txt" 2>&1
stamp "peers done"

echo "results in $out"
