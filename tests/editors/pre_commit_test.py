#!/usr/bin/env python3
"""Runs the real `pre-commit try-repo` against .pre-commit-hooks.yaml.

  pre_commit_test.py SOURCE_DIR BINARY_DIR

A throwaway git repository holds what a repository using svclint holds: an
Avahi service, a systemd unit also named *.service, a .dnssd unit, a
registration request, a .svclint.toml and a README. The hook must pass on
it (the systemd unit and the configuration are skipped, not errors), fail
on an Avahi file with mistakes (naming the rule), and fail on a broken
.svclint.toml. The hook repository is a fresh git repository holding only
the hook file, so try-repo clones nothing from the network; `svclint` is
found on PATH, BINARY_DIR first. Exit 77 (skipped) when pre-commit is not
installed (./dev.sh test installs it).
"""

import os
import shutil
import subprocess
import sys
import tempfile

SYSTEMD_UNIT = """[Unit]
Description=OpenSSH server daemon
After=network.target

[Service]
ExecStart=/usr/sbin/sshd -D
Type=notify

[Install]
WantedBy=multi-user.target
"""

CONFIG = """fail-on = "warning"
ignore = []
"""

BROKEN_CONFIG = """fail-on = "sometimes"
"""


def git(cwd, *args):
    subprocess.run(
        ["git", "-c", "user.name=svclint test", "-c",
         "user.email=test@svclint.invalid", "-c", "init.defaultBranch=main",
         "-c", "commit.gpgsign=false", *args],
        cwd=cwd, check=True, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    source_dir, binary_dir = sys.argv[1], sys.argv[2]
    if shutil.which("pre-commit") is None:
        print("pre-commit is not installed; skipped")
        return 77
    failures = []
    with tempfile.TemporaryDirectory(prefix="svclint-pre-commit-") as tmp:
        hooks = os.path.join(tmp, "hooks")
        os.makedirs(hooks)
        shutil.copy(os.path.join(source_dir, ".pre-commit-hooks.yaml"), hooks)
        git(hooks, "init", "-q")
        git(hooks, "add", ".")
        git(hooks, "commit", "-q", "-m", "hooks")

        work = os.path.join(tmp, "work")
        corpus = os.path.join(source_dir, "corpus")
        os.makedirs(os.path.join(work, "avahi"))
        shutil.copy(os.path.join(corpus, "configs/avahi/ssh.service"),
                    os.path.join(work, "avahi/ssh.service"))
        write(os.path.join(work, "systemd/sshd.service"), SYSTEMD_UNIT)
        os.makedirs(os.path.join(work, "dnssd"))
        shutil.copy(os.path.join(corpus, "configs/dnssd/http.dnssd"),
                    os.path.join(work, "dnssd/http.dnssd"))
        os.makedirs(os.path.join(work, "requests"))
        shutil.copy(os.path.join(corpus, "requests/clean_two_requests.toml"),
                    os.path.join(work, "requests/orchard.toml"))
        write(os.path.join(work, ".svclint.toml"), CONFIG)
        write(os.path.join(work, "README.md"), "# services\n")
        git(work, "init", "-q")
        git(work, "add", ".")

        env = dict(os.environ)
        env["PATH"] = os.path.abspath(binary_dir) + os.pathsep + env["PATH"]
        env["PRE_COMMIT_HOME"] = os.path.join(tmp, "pre-commit-cache")
        env["NO_COLOR"] = "1"

        def try_repo(what, want_code, want_texts):
            run = subprocess.run(
                ["pre-commit", "try-repo", hooks, "svclint", "--all-files",
                 "--verbose", "--color", "never"],
                cwd=work, env=env, capture_output=True, text=True, timeout=120)
            output = run.stdout + run.stderr
            if run.returncode != want_code:
                failures.append(f"{what}: exit {run.returncode}, want "
                                f"{want_code}:\n{output}")
            for text in want_texts:
                if text not in output:
                    failures.append(f"{what}: no {text!r} in:\n{output}")

        try_repo("a clean repository", 0, ["svclint", "Passed"])

        shutil.copy(os.path.join(corpus, "configs/avahi/mistakes.service"),
                    os.path.join(work, "avahi/mistakes.service"))
        git(work, "add", ".")
        try_repo("an Avahi file with mistakes", 1,
                 ["Failed", "avahi/mistakes.service:7:", "ST003"])
        os.remove(os.path.join(work, "avahi/mistakes.service"))
        git(work, "add", "-A")

        write(os.path.join(work, ".svclint.toml"), BROKEN_CONFIG)
        git(work, "add", ".")
        try_repo("a broken .svclint.toml", 1, ["Failed", ".svclint.toml:1:"])
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
