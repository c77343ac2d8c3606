#!/usr/bin/env python3
"""Holds lint/ to its layer graph (docs/architecture.md).

The graph is CMakeLists.txt's: each `svclint_layer(<layer> LAYERS ...)` names
the layers <layer> may use, and CMake writes them to <build>/layers.txt as
"<layer>: <dep> <dep> ...". This check reads that file and every source file
under lint/, and fails when

  - a file of lint/<a>/ includes "lint/<b>/..." and <b> is not <a> or a
    layer <a> names (an upward or undeclared include),
  - the includes between directories form a cycle (reported as one),
  - a directory under lint/ is not a declared layer,
  - a file outside lint/cli/ includes CLI11, which only the command line
    uses.

Usage: check_layers.py SOURCE_DIR LAYERS_TXT [--print]
  --print writes the module graph actually included, for the docs.
"""

import pathlib
import re
import sys

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"lint/([a-z_0-9]+)/[^"]+"', re.M)
CLI11 = re.compile(r'^[ \t]*#[ \t]*include[ \t]+[<"]CLI/', re.M)
SOURCE_SUFFIXES = {".h", ".cc", ".inc"}


def read_layers(path):
    layers = {}
    for line in pathlib.Path(path).read_text().splitlines():
        if not line.strip():
            continue
        name, _, deps = line.partition(":")
        layers[name.strip()] = set(deps.split())
    return layers


def find_cycle(graph):
    """One cycle of `graph` as a list of nodes, or None."""
    state = {}  # node -> 1 on the stack, 2 done
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return stack[stack.index(dep):] + [dep]
            if dep not in state:
                cycle = visit(dep)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    layers = read_layers(argv[2])
    errors = []
    graph = {}
    lint = root / "lint"
    for directory in sorted(p for p in lint.iterdir() if p.is_dir()):
        if directory.name not in layers:
            errors.append(f"lint/{directory.name}/: not a layer declared in "
                          "CMakeLists.txt (svclint_layer)")
    for path in sorted(lint.rglob("*")):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        layer = path.relative_to(lint).parts[0]
        text = path.read_text(encoding="utf-8", errors="replace")
        allowed = layers.get(layer, set())
        for match in INCLUDE.finditer(text):
            target = match.group(1)
            if target == layer:
                continue
            graph.setdefault(layer, set()).add(target)
            if target not in allowed:
                errors.append(
                    f"{rel}:{line_of(text, match.start())}: layer '{layer}' "
                    f"includes lint/{target}/, which it may not use (allowed: "
                    f"{' '.join(sorted(allowed)) or 'none'})")
        if layer != "cli":
            for match in CLI11.finditer(text):
                errors.append(f"{rel}:{line_of(text, match.start())}: CLI11 "
                              "outside lint/cli/ (only the command line "
                              "parses arguments)")
    cycle = find_cycle(graph)
    if cycle:
        errors.append("module cycle by #include: " + " -> ".join(cycle))
    if "--print" in argv:
        for layer in layers:
            print(f"{layer} -> {' '.join(sorted(graph.get(layer, ())))}")
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} layering error(s); see docs/architecture.md",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
