#!/usr/bin/env bash
# `./dev.sh web`: the playground's static site in build-web/site/.
#   1. the native build's generators (catalog_gen, registry_gen) write the
#      rule tables and the packed registry into $NATIVE_BUILD/gen;
#   2. web/fetch_deps.sh unpacks Debian's sources of Abseil, RE2, pugixml
#      and Expat into ~/.cache/svclint-web;
#   3. emcmake/ninja compile svclint's layers up to the engine with them,
#      link web/svclint_wasm.cc and copy web/page/ beside the module.
# Emscripten objects go through ccache when it is installed, so a fresh
# build-web/ recompiles the dependencies from the cache.
set -euo pipefail
cd "$(dirname "$0")/.."
native=${1:-build}
out=${SVCLINT_WEB_BUILD_DIR:-build-web}

cmake --build "$native" --target catalog_gen registry_gen svclint_cli >/dev/null
# The generated sources are outputs of the native library targets.
cmake --build "$native" --target svclint_catalog svclint_registry_data \
  svclint_base >/dev/null

# Emscripten's JS optimiser needs Debian's node-acorn, in /usr/share/nodejs:
# Debian's node looks there, another node (NodeSource) only when told.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

declare -A dep
while read -r name dir; do dep[$name]=$dir; done < <(web/fetch_deps.sh)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
emcmake cmake -S web -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
  "${launcher[@]}" \
  -DSVCLINT_NATIVE_GEN="$PWD/$native/gen" \
  -DSVCLINT_DEP_ABSEIL="${dep[abseil]}" -DSVCLINT_DEP_RE2="${dep[re2]}" \
  -DSVCLINT_DEP_PUGIXML="${dep[pugixml]}" -DSVCLINT_DEP_EXPAT="${dep[expat]}" \
  >/dev/null
cmake --build "$out" -j "${SVCLINT_WEB_JOBS:-$(nproc)}"
ls -l "$out"/site
