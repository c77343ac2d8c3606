#!/usr/bin/env bash
# Configures the instrumented build tree shared by `./dev.sh sanitize` (the
# test suite) and fuzz/run.sh (the libFuzzer targets): clang with ASan,
# UBSan (no recovery) and libFuzzer's coverage instrumentation on every
# file, the tests and the fuzz targets in one tree, so CI compiles svclint
# once for both. -O1 and line tables only: fast to build, still exact
# stack traces; NDEBUG is left off, so assertions stay on.
#
#   tools/instrumented_tree.sh [DIR]    # default build-asan
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B "${1:-build-asan}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
  -DSVCLINT_BUILD_FUZZ=ON -DSVCLINT_BUILD_BENCH=OFF >/dev/null
