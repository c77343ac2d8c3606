#!/usr/bin/env bash
# Unpacks the Debian source packages of the libraries the WebAssembly build
# compiles (Abseil, RE2, pugixml, Expat), at the versions of the installed
# -dev packages, into a cache outside the clone:
#   $SVCLINT_WEB_CACHE/src/<source>-<version>/   (default ~/.cache/svclint-web)
# A directory already there is kept; a missing one is fetched with
# `apt-get source` after enabling deb-src for the machine's Debian suites.
# Prints "<source> <dir>" per package. Needs dpkg-dev, perl, python3 and
# unicode-data (dev.sh's web packages). toml++ and nlohmann-json are header
# only, as is dtl: their Debian headers are copied, not rebuilt (web/CMakeLists.txt).
set -euo pipefail

cache=${SVCLINT_WEB_CACHE:-$HOME/.cache/svclint-web}
# -dev package -> the source package it is built from.
declare -A SOURCE_OF=(
  [libabsl-dev]=abseil [libre2-dev]=re2 [libpugixml-dev]=pugixml
  [libexpat1-dev]=expat
)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo

enable_deb_src() {
  # Captured, not piped into grep -q: under pipefail an early grep exit
  # fails the pipe with SIGPIPE.
  local sources
  sources=$(apt-cache showsrc abseil 2>/dev/null || true)
  grep -q '^Package:' <<<"$sources" && return 0
  local list=/etc/apt/sources.list.d/svclint-deb-src.sources
  echo "fetch_deps: enabling deb-src in $list" >&2
  # Every deb822 stanza of the machine's sources, as deb-src.
  local stanzas=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] && [ "$f" != "$list" ] || continue
    stanzas+=$(sed -e 's/^Types:.*/Types: deb-src/' "$f")$'\n\n'
  done
  # One-line sources (older machines): "deb URI SUITE COMPONENTS".
  if [ -f /etc/apt/sources.list ]; then
    while read -r type rest; do
      [ "$type" = deb ] || continue
      read -r uri suite components <<<"$rest"
      stanzas+=$'Types: deb-src\nURIs: '"$uri"$'\nSuites: '"$suite"$'\nComponents: '"$components"$'\n\n'
    done < <(grep -E '^deb[[:space:]]' /etc/apt/sources.list | sed 's/\[[^]]*\]//')
  fi
  printf '%s' "$stanzas" | $sudo tee "$list" >/dev/null
  $sudo apt-get update -qq
}

mkdir -p "$cache/src"
for dev in libabsl-dev libre2-dev libpugixml-dev libexpat1-dev; do
  src=${SOURCE_OF[$dev]}
  version=$(dpkg-query -W -f='${source:Version}' "$dev")
  dir="$cache/src/$src-${version//[:~+]/_}"
  if [ ! -f "$dir/.complete" ]; then
    enable_deb_src
    work=$(mktemp -d "$cache/src/.fetch.XXXXXX")
    echo "fetch_deps: apt-get source $src=$version" >&2
    # A superseded security update leaves the archive: take the version the
    # archive has now (same upstream release, newer Debian patches).
    # (This machine's mirror may lack some of them: try each, newest first.)
    fetched=""
    for v in "$version" $(apt-cache showsrc "$src" |
      awk '/^Version:/ {print $2}' | sort -rV); do
      (cd "$work" && apt-get source -qq "$src=$v" >/dev/null 2>&1) &&
        { fetched=$v; break; }
      rm -rf "${work:?}"/*
    done
    [ -n "$fetched" ] || { echo "fetch_deps: no source for $src" >&2; exit 1; }
    basename "$work"/*.dsc .dsc >"$work/fetched"
    rm -rf "$dir"
    mv "$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n1)" "$dir"
    mv "$work/fetched" "$dir/.debian-source"
    if [ "$src" = re2 ]; then
      # Debian's re2 is +dfsg: the generated tables are rebuilt from
      # unicode-data, as debian/rules does (make REBUILD_TABLES=1).
      make -s -C "$dir" REBUILD_TABLES=1 re2/perl_groups.cc \
        re2/unicode_groups.cc re2/unicode_casefold.cc
    fi
    rm -rf "$work"
    touch "$dir/.complete"
  fi
  echo "$src $dir"
done
