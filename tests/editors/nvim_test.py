#!/usr/bin/env python3
"""Headless Neovim with the README's configuration, as written.

  nvim_test.py SOURCE_DIR BINARY_DIR

Takes the Lua block under "**Neovim 0.7 to 0.9**" in README.md as init.lua,
opens corpus files with `nvim --headless -u init.lua` (BINARY_DIR first on
PATH, so the client starts the svclint just built), waits for the server's
diagnostics and reads them with vim.diagnostic.get(); they must be what
`svclint lint --format json` reports for the same file: same lines,
columns, severities and messages. Exit 77 (skipped) without nvim.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

FILES = [
    "corpus/configs/dnssd/mistakes.dnssd",
    "corpus/configs/avahi/mistakes.service",
    "corpus/configs/services/mistakes.toml",
]

# Loaded after init.lua: waits for diagnostics on the buffer, writes them
# as JSON to $SVCLINT_NVIM_OUT, quits.
CHECK = r"""
local buf = vim.api.nvim_get_current_buf()
local ok = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum,
                      end_col = d.end_col, severity = d.severity,
                      message = d.message, source = d.source })
end
local f = io.open(os.getenv("SVCLINT_NVIM_OUT"), "w")
f:write(vim.fn.json_encode({ ok = ok, diagnostics = out }))
f:close()
vim.cmd("qa!")
"""

SEVERITY = {"error": 1, "warning": 2, "info": 3}


def readme_block(source_dir, heading):
    with open(os.path.join(source_dir, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    at = readme.index(heading)
    match = re.compile(r"```lua\n(.*?)```", re.S).search(readme, at)
    return match.group(1)


def editor_lua_blocks(source_dir):
    """Every Lua block of the README's Editors section."""
    with open(os.path.join(source_dir, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    start = readme.index("## Editors")
    end = readme.index("\n## ", start + 1)
    return re.findall(r"```lua\n(.*?)```", readme[start:end], re.S)


def check_lua_parses(tmp, source_dir, env):
    """The 0.10+ and 0.11+ blocks cannot run on Debian's Neovim 0.7: they
    are held to parse with its LuaJIT (loadstring), which catches a broken
    snippet, not an API that 0.7 lacks."""
    failures = []
    blocks = editor_lua_blocks(source_dir)
    if len(blocks) < 3:
        failures.append(f"README: {len(blocks)} Lua blocks under Editors")
    for i, block in enumerate(blocks):
        path = os.path.join(tmp, f"block{i}.lua")
        with open(path, "w", encoding="utf-8") as f:
            f.write(block)
        run = subprocess.run(
            ["nvim", "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c",
             f"lua local f, e = loadfile('{path}'); "
             "if not f then io.stderr:write(e) vim.cmd('cq') end",
             "-c", "qa!"],
            env=env, capture_output=True, text=True, timeout=60)
        if run.returncode != 0:
            failures.append(f"README Lua block {i} does not parse: "
                            f"{run.stderr}")
    print(f"{len(blocks)} Lua blocks of the README parse")
    return failures


def main():
    source_dir, binary_dir = sys.argv[1], sys.argv[2]
    if shutil.which("nvim") is None:
        print("nvim is not installed; skipped")
        return 77
    failures = []
    env = dict(os.environ)
    env["PATH"] = os.path.abspath(binary_dir) + os.pathsep + env["PATH"]
    with tempfile.TemporaryDirectory(prefix="svclint-nvim-") as tmp:
        init = os.path.join(tmp, "init.lua")
        with open(init, "w", encoding="utf-8") as f:
            f.write(readme_block(source_dir, "**Neovim 0.7 to 0.9**"))
        failures += check_lua_parses(tmp, source_dir, env)
        check = os.path.join(tmp, "check.lua")
        with open(check, "w", encoding="utf-8") as f:
            f.write(CHECK)
        for path in FILES:
            out = os.path.join(tmp, "out.json")
            env["SVCLINT_NVIM_OUT"] = out
            env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = tmp
            run = subprocess.run(
                ["nvim", "--headless", "-n", "-i", "NONE", "-u", init, path,
                 "-c", "luafile " + check],
                cwd=source_dir, env=env, capture_output=True, text=True,
                timeout=60)
            if not os.path.exists(out):
                failures.append(f"{path}: nvim wrote nothing (exit "
                                f"{run.returncode}):\n{run.stdout}{run.stderr}")
                continue
            with open(out, encoding="utf-8") as f:
                got = json.load(f)
            os.remove(out)
            cli = subprocess.run(
                [os.path.join(binary_dir, "svclint"), "lint", "--format",
                 "json", "--quiet", path],
                cwd=source_dir, capture_output=True, text=True, timeout=60)
            want = sorted(
                (d["line"] - 1, d["column"] - 1, SEVERITY[d["severity"]],
                 f"{d['message']} [{d['slug']}]")
                for d in json.loads(cli.stdout))
            seen = sorted((d["lnum"], d["col"], d["severity"], d["message"])
                          for d in got["diagnostics"])
            if not want:
                failures.append(f"{path}: the CLI reports nothing to compare")
            print(f"{path}: {len(seen)} diagnostics in Neovim, "
                  f"{len(want)} from the CLI")
            if not got["ok"] or seen != want:
                failures.append(f"{path}: Neovim saw\n{seen}\nthe CLI "
                                f"reports\n{want}")
            if any(d["source"] != "svclint" for d in got["diagnostics"]):
                failures.append(f"{path}: a source other than svclint")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
