#!/usr/bin/env python3
"""The consumer oracle: what avahi-daemon and systemd-resolved do with a file.

Runs the real daemon on each config file, one daemon per file, each in its
own mount, network and UTS namespace (`unshare -mnu`: loopback only, nothing
leaves the machine, a fixed host name), reads its log and writes the verdict
as a golden `FILE.consumer` beside the file:

    consumer avahi 0.8
    verdict refused
    cause 8 parse-failure didn't expect element <prot>.

  verdict  published | partial (published, a line or subtype dropped)
           | dropped (Avahi loaded the group, then dropped all of it)
           | refused (not loaded)
  cause    LINE (or '-' when neither the log nor the file pins one) KIND TEXT

Usage (as root; avahi-daemon installed, systemd-resolved extracted):
  consumer_oracle.py --write FILE...     derive and (re)write the goldens
  consumer_oracle.py --check FILE...     derive and compare with the goldens
Options: --resolved-root DIR (default /opt/resolved), --jobs N (default 4).
Exit 0 when every file agrees (or was written), 1 otherwise, 2 on bad use.
"""

import argparse
import concurrent.futures
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HOST_NAME = "oracle-host"  # what %h / %H expand to inside the namespace
AVAHI_CONF = """[server]
use-ipv4=yes
use-ipv6=no
enable-dbus=no
allow-interfaces=lo
[wide-area]
enable-wide-area=no
[publish]
publish-addresses=no
publish-hinfo=no
publish-workstation=no
"""
RESOLVED_CONF = "[Resolve]\nDNS=\nFallbackDNS=\nLLMNR=no\nMulticastDNS=yes\n"
TIMEOUT = 6.0  # seconds a daemon may take to reach its verdict


def run_until(argv, decide, timeout=TIMEOUT):
    """Runs argv, feeding each log line to decide(lines) until it returns a
    result; then stops the daemon. Returns (result or None, log lines)."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    lines, result = [], None
    deadline = time.monotonic() + timeout
    pending = b""
    try:
        while result is None and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 0.05)
            chunk = os.read(proc.stdout.fileno(), 65536) if ready else b""
            if chunk:
                pending += chunk
                *done, pending = pending.split(b"\n")
                lines.extend(l.decode("utf-8", "replace") for l in done)
                result = decide(lines)
            elif ready or proc.poll() is not None:
                if pending:
                    lines.append(pending.decode("utf-8", "replace"))
                result = decide(lines + ["<exited>"])
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(2)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    return result, lines


def line_of(text, needle, start=0):
    """1-based line of the first `needle` in text at or after offset start."""
    at = text.find(needle, start)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


# --- avahi-daemon --------------------------------------------------------


def avahi_locate(kind, message, text):
    m = re.search(r"didn't expect element <([^>]*)>", message)
    if m:
        return line_of(text, "<" + m.group(1))
    m = re.search(r'invalid port specification "([^"]*)"', message)
    if m:
        return line_of(text, "<port>" + m.group(1)) or line_of(text, "<port")
    m = re.search(r'invalid protocol specification "([^"]*)"', message)
    if m:
        return line_of(text, 'protocol="' + m.group(1)) or line_of(
            text, "protocol='" + m.group(1))
    m = re.search(r"invalid attribute for element <([^>]*)>", message)
    if m:
        return line_of(text, "<" + m.group(1) + " ")
    if "txt record" in message or "hex" in message or "base64" in message:
        return line_of(text, "value-format")
    m = re.search(r"ignoring subtype .*", message)
    m2 = re.search(r"Failed to add subtype '([^']*)'", message)
    if m2:
        return line_of(text, ">" + m2.group(1) + "<")
    m = re.search(r"Failed to add service '.*' of type '(.*)', ignoring "
                  r"service group \(.*\): (.*)$", message)
    if m:
        stype, why = m.group(1), m.group(2)
        if why == "Invalid service type":
            return line_of(text, ">" + stype + "<")
        if why == "Invalid host name":
            return line_of(text, "<host-name")
        if why == "Invalid domain name":
            return line_of(text, "<domain-name")
        if why == "Invalid service name":
            return line_of(text, "<name")
        if why == "Invalid record":
            return (line_of(text, "<txt-record></txt-record>") or
                    line_of(text, "<txt-record/>"))
        if why == "Local name collision":
            # The second <service> of the type that collides.
            first = text.find(">" + stype + "<")
            return line_of(text, ">" + stype + "<", first + 1) if first >= 0 \
                else None
    return None


def avahi_decide(lines):
    for i, line in enumerate(lines):
        if "Failed to load service group file" in line:
            return "refused"
        if "ignoring service group" in line:
            return "dropped"
        if "successfully established" in line:
            return "published"
        if line == "<exited>":
            return "unknown"
    return None


def run_avahi(path):
    with tempfile.TemporaryDirectory(prefix="svclint-avahi-") as w:
        os.mkdir(os.path.join(w, "s"))
        name = os.path.basename(path)
        if not name.endswith(".service"):
            name += ".service"
        shutil.copyfile(path, os.path.join(w, "s", name))
        with open(os.path.join(w, "avahi.conf"), "w") as f:
            f.write(AVAHI_CONF)
        script = (
            f"hostname {HOST_NAME}; ip link set lo up; "
            "ip link set lo multicast on; mount -t tmpfs tmpfs /run; "
            "mkdir -p /run/avahi-daemon; "
            f"mount --bind '{w}/s' /etc/avahi/services; "
            f"exec avahi-daemon -f '{w}/avahi.conf' --no-drop-root "
            "--no-chroot --no-rlimits --debug")
        verdict, log = run_until(["unshare", "-mnu", "sh", "-c", script],
                                 avahi_decide)
    with open(path, encoding="utf-8", errors="replace") as f:
        # Comments blanked (lines kept): an element named in a comment is
        # not where the daemon met it.
        text = re.sub(r"<!--.*?-->",
                      lambda m: re.sub(r"[^\n]", " ", m.group(0)), f.read(),
                      flags=re.S)
    causes = []
    for line in log:
        m = re.search(r"XML_ParseBuffer\(\) failed at line (\d+): (.*?)\.?$",
                      line)
        if m:
            causes.append((int(m.group(1)), "not-well-formed",
                           m.group(2)))
            continue
        m = re.search(r"/etc/avahi/services/[^:]*: parse failure: (.*)$", line)
        if m:
            causes.append((avahi_locate("parse-failure", m.group(1), text),
                           "parse-failure", m.group(1)))
            continue
        if "ignoring service group" in line:
            why = line.rsplit(": ", 1)[-1]
            causes.append((avahi_locate("group-dropped", line, text),
                           "group-dropped", why))
            continue
        if "ignoring subtype" in line:
            m = re.search(r"Failed to add subtype '([^']*)'.*: (.*)$", line)
            causes.append((avahi_locate("subtype-dropped", line, text),
                           "subtype-dropped",
                           f"{m.group(1)}: {m.group(2)}" if m else line))
    if verdict == "published" and causes:
        verdict = "partial"
    return ("avahi 0.8", verdict or "unknown", causes, log)


# --- systemd-resolved ----------------------------------------------------


def resolved_decide(lines):
    for line in lines:
        if line.startswith("Found new link") or line == "<exited>":
            return "done"
    return None


def run_resolved(path, root):
    binary = os.path.join(root, "lib/systemd/systemd-resolved")
    # An extracted libsystemd-shared of the same version, when there is one.
    libs = os.path.join(root, "usr/lib/x86_64-linux-gnu/systemd")
    library_path = f"LD_LIBRARY_PATH='{libs}' " if os.path.isdir(libs) else ""
    with tempfile.TemporaryDirectory(prefix="svclint-resolved-") as w:
        os.mkdir(os.path.join(w, "d"))
        name = os.path.basename(path)
        shutil.copyfile(path, os.path.join(w, "d", name))
        with open("/etc/passwd") as f:
            passwd = f.read()
        with open(os.path.join(w, "passwd"), "w") as f:
            f.write(passwd + "systemd-resolve:x:990:990::/:/usr/sbin/nologin\n")
        with open("/etc/group") as f:
            group = f.read()
        with open(os.path.join(w, "group"), "w") as f:
            f.write(group + "systemd-resolve:x:990:\n")
        with open(os.path.join(w, "resolved.conf"), "w") as f:
            f.write(RESOLVED_CONF)
        script = (
            f"hostname {HOST_NAME}; ip link set lo up; "
            "mount -t tmpfs tmpfs /run; mkdir -p /run/systemd "
            "/etc/systemd/dnssd; "
            f"mount --bind '{w}/passwd' /etc/passwd; "
            f"mount --bind '{w}/group' /etc/group; "
            f"mount --bind '{w}/d' /etc/systemd/dnssd; "
            "touch /etc/systemd/resolved.conf; "
            f"mount --bind '{w}/resolved.conf' /etc/systemd/resolved.conf; "
            "SYSTEMD_LOG_LEVEL=debug SYSTEMD_LOG_TARGET=console "
            f"{library_path}exec '{binary}'")
        done, log = run_until(["unshare", "-mnu", "sh", "-c", script],
                              resolved_decide)
    causes, refused = [], None
    prefix = "/etc/systemd/dnssd/" + name
    for line in log:
        if line.startswith(prefix + ":"):
            m = re.match(re.escape(prefix) + r":(\d+): (.*)$", line)
            if m:
                causes.append((int(m.group(1)), "line-ignored", m.group(2)))
        elif line.startswith("Failed to load '" + prefix + "'"):
            refused = line.split("': ", 1)[-1]
        elif re.match(r"\S+ doesn't define service", line):
            causes.append((None, "unit-refused", line.split(" ", 1)[1]))
    if done is None:
        verdict = "unknown"
    elif refused is not None:
        verdict = "refused"
        # The refusal's line: an ignored assignment of the missing field.
        for i, (line, kind, text) in enumerate(causes):
            if kind != "unit-refused":
                continue
            field = "Name" if "instance name" in text else "Type"
            for l, k, t in causes:
                if k == "line-ignored" and l and _assigns(path, l, field):
                    causes[i] = (l, kind, text)
        if not any(k == "unit-refused" for _, k, _ in causes):
            causes.append((None, "unit-refused", refused))
    else:
        verdict = "partial" if causes else "published"
    return ("systemd-resolved 252", verdict, causes, log)


def _assigns(path, line, field):
    """Whether line `line` of the file assigns `field` (in any case), or is
    a section header standing for [Service] in another case."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    if line > len(lines):
        return False
    text = lines[line - 1].strip()
    key = text.split("=", 1)[0].strip().lower()
    return key == field.lower() or text.lower() == "[service]"


# --- goldens -------------------------------------------------------------


def derive(path, root):
    if path.endswith(".dnssd"):
        return run_resolved(path, root)
    return run_avahi(path)


def render(path, consumer, verdict, causes):
    program = "avahi-daemon" if consumer.startswith("avahi") else \
        "systemd-resolved"
    out = [f"# What {program} does with {os.path.basename(path)}: written by",
           "# tests/consumers/consumer_oracle.py --write; do not edit.",
           f"consumer {consumer}", f"verdict {verdict}"]
    for line, kind, text in causes:
        out.append(f"cause {line if line else '-'} {kind} {text}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    parser.add_argument("--resolved-root", default="/opt/resolved")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--log", action="store_true",
                        help="print each daemon's log")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    start = time.monotonic()
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda p: (p, derive(p, args.resolved_root)),
                           args.files)
        for path, (consumer, verdict, causes, log) in results:
            text = render(path, consumer, verdict, causes)
            golden = path + ".consumer"
            if args.log:
                print(f"== {path}\n" + "\n".join(log))
            if verdict == "unknown":
                print(f"{path}: the daemon gave no verdict in {TIMEOUT} s",
                      file=sys.stderr)
                failures += 1
            elif args.write:
                with open(golden, "w") as f:
                    f.write(text)
                print(f"{path}: {verdict}")
            else:
                try:
                    with open(golden) as f:
                        want = f.read()
                except FileNotFoundError:
                    want = ""
                if want != text:
                    failures += 1
                    print(f"{golden}: the daemon disagrees with the golden\n"
                          f"--- golden\n{want}--- daemon\n{text}",
                          file=sys.stderr)
    print(f"{len(args.files)} files, {failures} disagreeing, "
          f"{time.monotonic() - start:.1f} s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
