#!/usr/bin/env bash
# CPack's packages: the .deb declares what the binary links (libc only;
# libcurl is dlopen()ed) and installs, runs and removes cleanly with dpkg;
# the .tar.gz runs from wherever it is unpacked. Needs root and dpkg for
# the .deb part; exits 77 (skipped) without them.
#
#   tests/dist/package_test.sh build
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G TGZ >/dev/null)
tarball=$(ls "$work"/svclint-*-linux-*.tar.gz)
mkdir "$work/somewhere"
tar -C "$work/somewhere" -xzf "$tarball"
top=$(ls "$work/somewhere")
XDG_CACHE_HOME=$work/cache "$work/somewhere/$top/bin/svclint" --version |
  grep -q '^svclint ' || fail "the unpacked tarball does not run"
[ -f "$work/somewhere/$top/share/man/man1/svclint.1" ] || fail "tarball man page"

if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null ||
  ! command -v dpkg-shlibdeps >/dev/null; then
  echo "skipped the .deb: needs root, dpkg and dpkg-shlibdeps (dpkg-dev)"
  exit 77
fi
if dpkg-query -W -f='${Status}' svclint 2>/dev/null | grep -q 'ok installed'; then
  echo "skipped the .deb: a svclint package is already installed here"
  exit 77
fi
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB >/dev/null)
deb=$(ls "$work"/svclint_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends; $(stat -c %s "$deb") bytes"
[[ $depends =~ ^libc6\ \(\>=\ [0-9.]+\)$ ]] || fail "Depends: $depends"
[ "$(dpkg-deb -f "$deb" Recommends)" = "libcurl4 | libcurl3-gnutls" ] ||
  fail "Recommends: $(dpkg-deb -f "$deb" Recommends)"
contents=$(dpkg-deb -c "$deb")
grep -q ' ./usr/bin/svclint$' <<<"$contents" || fail "no /usr/bin/svclint"

# dpkg refuses to run while another dpkg or apt holds its lock (an apt-get
# elsewhere on the machine): wait for it, up to five minutes, rather than fail.
dpkg_waiting() {
  local tries=0 out
  until out=$(dpkg "$@" 2>&1); do
    if [[ $out == *"lock"* ]] && ((tries++ < 300)); then
      sleep 1
      continue
    fi
    echo "$out" >&2
    return 1
  done
}
trap 'dpkg_waiting -r svclint >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg_waiting -i "$deb" >/dev/null
XDG_CACHE_HOME=$work/cache /usr/bin/svclint --version | grep -q '^svclint ' ||
  fail "installed svclint does not run"
XDG_CACHE_HOME=$work/cache /usr/bin/svclint check _http._tcp >/dev/null ||
  fail "installed svclint check _http._tcp"
man -w svclint | grep -q '^/usr/share/man/man1/svclint.1' ||
  fail "man -w svclint: $(man -w svclint 2>&1)"
[ -f /usr/share/bash-completion/completions/svclint ] || fail "bash completion"
dpkg_waiting -r svclint >/dev/null
[ ! -e /usr/bin/svclint ] || fail "dpkg -r left /usr/bin/svclint"
echo "packages: ok"
