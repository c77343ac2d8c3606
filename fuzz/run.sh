#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-asan/ (the
# tree `./dev.sh sanitize` tests in; see tools/instrumented_tree.sh) and
# runs each for SECONDS (default 30), one after the other. Fails on any
# crash, leak, timeout or out-of-memory; the input that did it is saved in
# build-asan/artifacts/<target>/ (reproduce: build-asan/fuzz/fuzz_<target>
# <file>). Executions per target go to build-asan/fuzz-summary.txt.
#
#   fuzz/run.sh            # every target, 30 s each
#   fuzz/run.sh 600 names  # one target, ten minutes
#
# Seeds come from corpus/ and fuzz/seeds/ (read only); what the fuzzer
# finds accumulates in build-asan/corpus/<target>/ between runs.
# Environment: SVCLINT_FUZZ_BUILD_DIR (build-asan), SVCLINT_FUZZ_JOBS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-30}
shift || true
BUILD=${SVCLINT_FUZZ_BUILD_DIR:-build-asan}
JOBS=${SVCLINT_FUZZ_JOBS:-2}
ALL=(names txt request services avahi dnssd registry_xml registry_csv
  registry_text registry_download config lsp_reader lsp_server
  lsp_cursor)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi

# Seed directories and dictionaries, per target. fuzz/regressions/<target>
# holds the inputs of bugs found so far; they run first, every time.
seeds() {
  [ -d "fuzz/regressions/$1" ] && echo "fuzz/regressions/$1"
  case $1 in
    names) echo fuzz/seeds/names ;;
    txt) echo fuzz/seeds/txt ;;
    request) echo corpus/requests ;;
    services) echo corpus/configs/services ;;
    avahi) echo corpus/configs/avahi ;;
    dnssd) echo corpus/configs/dnssd ;;
    registry_xml | registry_csv | registry_text | registry_download)
      echo corpus/registry ;;
    config) echo fuzz/seeds/config ;;
    lsp_reader | lsp_server) echo fuzz/seeds/lsp ;;
    lsp_cursor) echo corpus/configs/avahi corpus/configs/dnssd ;;
  esac
}
dict() {
  case $1 in
    request | services | config) echo fuzz/dicts/toml.dict ;;
    avahi | registry_xml | registry_download | lsp_cursor)
      echo fuzz/dicts/xml.dict ;;
    lsp_reader | lsp_server) echo fuzz/dicts/lsp.dict ;;
  esac
}
max_len() {
  case $1 in
    names | txt | config) echo 4096 ;;
    *) echo 65536 ;;
  esac
}

if [ -z "${SVCLINT_FUZZ_NO_BUILD:-}" ]; then
  tools/instrumented_tree.sh "$BUILD"
  cmake --build "$BUILD" -j "$JOBS" --target "${TARGETS[@]/#/fuzz_}"
fi

summary="$BUILD/fuzz-summary.txt"
: >"$summary"
failed=()
for t in "${TARGETS[@]}"; do
  mkdir -p "$BUILD/corpus/$t" "$BUILD/artifacts/$t"
  args=(-max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048
    -malloc_limit_mb=1024 -max_len="$(max_len "$t")" -print_final_stats=1
    -artifact_prefix="$BUILD/artifacts/$t/")
  d=$(dict "$t")
  [ -n "$d" ] && args+=(-dict="$d")
  log="$BUILD/fuzz-$t.log"
  echo "fuzz/run.sh: fuzz_$t for ${SECONDS_EACH}s" >&2
  status=0
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$BUILD/fuzz/fuzz_$t" "${args[@]}" "$BUILD/corpus/$t" $(seeds "$t") \
    >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(ls "$BUILD/corpus/$t" | wc -l)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    printf '%-14s FAILED (exit %s) after %s executions; see %s\n' \
      "$t" "$status" "${execs:-?}" "$log" | tee -a "$summary" >&2
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Test unit written|.*invariant)' \
      "$log" | head -20 >&2 || true
  else
    printf '%-14s ok  %10s executions in %ss (corpus %s)\n' \
      "$t" "$execs" "$SECONDS_EACH" "$corpus" | tee -a "$summary" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz/run.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz/run.sh: all ${#TARGETS[@]} targets clean" >&2
