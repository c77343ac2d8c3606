#!/usr/bin/env python3
"""Holds the built layer archives to the layer graph, symbol by symbol.

check_layers.py reads #includes; this reads what the code actually calls.
For every layer archive (<build>/lib<target>.a, as listed in
<build>/layer_targets.txt), each symbol it leaves undefined must not be
defined by a layer it may not use: a layer may use the layers it names in
<build>/layers.txt and, through them, theirs. A call upwards (a rule calling
the engine, the sink calling the configuration) fails here even when the
executable happens to link.

Usage: check_links.py BUILD_DIR
"""

import pathlib
import subprocess
import sys

STRONG = set("TDBRV")  # defined in the archive (W: inline, everywhere)


def read_graph(build):
    layers = {}
    for line in (build / "layers.txt").read_text().splitlines():
        if line.strip():
            name, _, deps = line.partition(":")
            layers[name.strip()] = deps.split()
    targets = dict(line.split() for line in
                   (build / "layer_targets.txt").read_text().splitlines()
                   if line.strip())
    return layers, targets


def closure(layers, layer):
    seen, todo = set(), list(layers[layer])
    while todo:
        dep = todo.pop()
        if dep not in seen:
            seen.add(dep)
            todo.extend(layers.get(dep, ()))
    return seen


def symbols(archive):
    out = subprocess.run(["nm", "-g", "--format=posix", str(archive)],
                         check=True, capture_output=True, text=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2 or line.endswith(":"):
            continue  # "libx.a[y.o]:" member headers
        name, kind = parts[0], parts[1]
        if kind == "U":
            undefined.add(name)
        elif kind in STRONG:
            defined.add(name)
    return defined, undefined


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build = pathlib.Path(argv[1])
    layers, targets = read_graph(build)
    archives = {layer: build / f"lib{target}.a"
                for layer, target in targets.items()
                if (build / f"lib{target}.a").exists()}
    tables = {layer: symbols(path) for layer, path in archives.items()}
    definer = {}
    for layer, (defined, _) in tables.items():
        for name in defined:
            definer.setdefault(name, layer)
    errors = []
    for layer, (_, undefined) in sorted(tables.items()):
        allowed = closure(layers, layer) | {layer}
        bad = {}
        for name in undefined:
            owner = definer.get(name)
            if owner is not None and owner not in allowed:
                bad.setdefault(owner, []).append(name)
        for owner, names in sorted(bad.items()):
            names.sort()
            errors.append(f"{archives[layer].name}: layer '{layer}' uses "
                          f"{len(names)} symbol(s) of '{owner}', which it may "
                          f"not use, e.g. {names[0]}")
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} link error(s); see docs/architecture.md",
              file=sys.stderr)
        return 1
    print(f"{len(tables)} layer archives checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
