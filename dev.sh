#!/usr/bin/env bash
# svclint's one entry point for people and CI.
#   ./dev.sh demo    install dependencies, build, lint the sample corpus
#   ./dev.sh test    install dependencies, build, run the whole test suite
#   ./dev.sh build   build only (into build/)
#   ./dev.sh package build, then the .deb and the .tar.gz (CPack) in build/
#   ./dev.sh bench   build and run the benchmarks (see docs/performance.md)
#   ./dev.sh sanitize  the test suite under ASan + UBSan (clang, build-asan/)
#   ./dev.sh fuzz [SECONDS]  every libFuzzer target, 30 s each (fuzz/run.sh,
#                            in the same build-asan/ tree)
# Dependencies are Debian packages; they are installed when missing (root,
# or sudo), so this works on a fresh Debian 12 machine.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  cmake ninja-build g++ pkg-config
  libre2-dev libabsl-dev libtomlplusplus-dev libgtest-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libpugixml-dev libdtl-dev python3-jsonschema
  libcurl4-openssl-dev dpkg-dev file man-db groff-base
)
BUILD_DIR=${SVCLINT_BUILD_DIR:-build}

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" -j "$(nproc)"
}

case "${1:-}" in
  demo)
    install_deps
    build
    set -x
    "$BUILD_DIR"/svclint check _http._tcp whois++ _acmaint_dbd._udp \
      toolongservicename1 _printer._sub._ipp._tcp _foo._sctp || true
    "$BUILD_DIR"/svclint lint corpus/requests corpus/configs || true
    "$BUILD_DIR"/svclint registry lookup 5432/tcp
    ;;
  test)
    install_deps
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
    ;;
  build)
    install_deps
    build
    ;;
  package)
    install_deps
    build
    (cd "$BUILD_DIR" && cpack -G DEB && cpack -G TGZ)
    ls -l "$BUILD_DIR"/svclint_*.deb "$BUILD_DIR"/svclint-*.tar.gz
    ;;
  bench)
    install_deps
    build
    "$BUILD_DIR"/svclint_bench
    ;;
  sanitize)
    # The whole suite (it runs the real binary too) built with clang's
    # -fsanitize=address,undefined; any report fails the test it is in. The
    # tree also holds the fuzz targets (tools/instrumented_tree.sh).
    PACKAGES+=(clang libclang-rt-14-dev)
    install_deps
    asan_dir=${SVCLINT_ASAN_BUILD_DIR:-build-asan}
    tools/instrumented_tree.sh "$asan_dir"
    cmake --build "$asan_dir" -j "$(nproc)"
    ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir "$asan_dir" --output-on-failure -j "$(nproc)"
    ;;
  fuzz)
    PACKAGES+=(clang libclang-rt-14-dev)
    install_deps
    SVCLINT_FUZZ_BUILD_DIR=${SVCLINT_FUZZ_BUILD_DIR:-${SVCLINT_ASAN_BUILD_DIR:-build-asan}} \
      fuzz/run.sh "${2:-30}"
    ;;
  *)
    sed -n '2,11p' "$0" >&2
    exit 2
    ;;
esac
