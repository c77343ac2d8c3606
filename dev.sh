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
#   ./dev.sh consumers  re-derive every config file's consumer verdict with
#                       the real avahi-daemon and systemd-resolved, and
#                       compare with the goldens (tests/consumers/)
#   ./dev.sh web     the playground: svclint in WebAssembly (Debian's
#                    Emscripten), a static site in build-web/site/ (web/)
#   ./dev.sh web-test  build it, then check it in headless Chromium against
#                      the CLI over the corpus (tests/web/playground_test.py)
# Dependencies are Debian packages; they are installed when missing (root,
# or sudo), so this works on a fresh Debian 12 machine.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  cmake ninja-build g++ pkg-config
  libre2-dev libabsl-dev libtomlplusplus-dev libgtest-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libpugixml-dev libexpat1-dev libdtl-dev python3-jsonschema
  libcurl4-openssl-dev dpkg-dev file man-db groff-base
  # Editors and CI tests (tests/editors/): the real pre-commit, and Neovim
  # (Debian's 0.7) for the headless run of the README's configuration.
  git pre-commit neovim
  # The install test (tests/dist/) loads the zsh and fish completions.
  zsh fish
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

# Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, a native
# .NET build that runs offline) for tests/editors/sarif_multitool_test.py,
# kept outside the clone in $HOME/.cache/svclint-ci. npm comes with
# nodejs; Debian's npm package is installed only when there is none.
SARIF_MULTITOOL_VERSION=5.7.0
install_multitool() {
  local cache="$HOME/.cache/svclint-ci"
  local tool="$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  [ -x "$tool" ] && return 0
  if ! command -v npm >/dev/null; then
    PACKAGES+=(npm)
    install_deps
  fi
  mkdir -p "$cache"
  echo "dev.sh: installing @microsoft/sarif-multitool into $cache" >&2
  npm install --prefix "$cache" --no-audit --no-fund --silent \
    "@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" >/dev/null
  # npm may hold back the package's postinstall script (chmod u+x).
  chmod u+x "$tool"
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
    install_multitool
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
  consumers)
    # The consumer oracle (issue 13). avahi-daemon is installed with
    # service starts refused (policy-rc.d), so it never runs on the host;
    # systemd-resolved and its libsystemd-shared are extracted, never
    # installed (installing resolved takes over the machine's resolver).
    # Each daemon then runs in its own namespace with loopback only.
    PACKAGES+=(python3 iproute2 util-linux)
    install_deps
    if ! dpkg-query -W -f='${Status}' avahi-daemon 2>/dev/null |
      grep -q "ok installed"; then
      [ "$(id -u)" -eq 0 ] || { echo "dev.sh consumers: run as root" >&2; exit 2; }
      policy=/usr/sbin/policy-rc.d
      [ -e "$policy" ] || { printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; made_policy=1; }
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends avahi-daemon >/dev/null
      [ -z "${made_policy:-}" ] || rm -f "$policy"
      if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
        systemctl disable --now avahi-daemon.socket avahi-daemon.service \
          >/dev/null 2>&1 || true
      fi
    fi
    resolved_root=$BUILD_DIR/consumers/resolved
    if [ ! -x "$resolved_root/lib/systemd/systemd-resolved" ]; then
      mkdir -p "$BUILD_DIR/consumers/debs"
      (cd "$BUILD_DIR/consumers/debs" &&
        apt-get download systemd-resolved libsystemd-shared 2>/dev/null)
      for deb in "$BUILD_DIR"/consumers/debs/*.deb; do
        dpkg -x "$deb" "$resolved_root"
      done
    fi
    mapfile -t files < <(find corpus/configs/avahi corpus/configs/dnssd \
      corpus/consumers -type f ! -name '*.consumer' | sort)
    tests/consumers/consumer_oracle.py --check --jobs 4 \
      --resolved-root "$resolved_root" "${files[@]}"
    ;;
  web | web-test)
    # Abseil, RE2, pugixml and Expat are built from Debian's source packages
    # (web/fetch_deps.sh: apt-get source, cached in ~/.cache/svclint-web).
    PACKAGES+=(emscripten unicode-data perl make python3 ccache)
    [ "$1" = web-test ] && PACKAGES+=(chromium gzip)
    install_deps
    build
    web/build.sh "$BUILD_DIR"
    if [ "$1" = web-test ]; then
      tests/web/playground_test.py . "${SVCLINT_WEB_BUILD_DIR:-build-web}/site" \
        "$BUILD_DIR"/svclint
    fi
    ;;
  *)
    sed -n '2,19p' "$0" >&2
    exit 2
    ;;
esac
