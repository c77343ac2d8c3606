#!/usr/bin/env python3
"""Microsoft's SARIF Multitool validates svclint's SARIF with GitHub's rules.

  sarif_multitool_test.py SOURCE_DIR SVCLINT

Runs `svclint lint --format sarif` over corpus/configs, corpus/requests and
corpus/sarif (custom rules; findings after non-ASCII text) from SOURCE_DIR,
then `Sarif.Multitool validate` with the GitHub rules (--rule-kind Gh) at
every level, and with the SARIF rules at error and warning level: both must
report nothing. Also checks the columns in UTF-16 code units on
corpus/sarif/avahi/cafe.service and the URIs relative to %SRCROOT%.

The Multitool is the npm package @microsoft/sarif-multitool, installed by
./dev.sh into $HOME/.cache/svclint-ci (or $SVCLINT_SARIF_MULTITOOL names the
native binary); it runs offline. Exit 77 (skipped) when it is absent.
"""

import json
import os
import subprocess
import sys
import tempfile

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "svclint-ci")
DEFAULT_TOOL = os.path.join(CACHE, "node_modules", "@microsoft",
                            "sarif-multitool-linux", "Sarif.Multitool")


def validate(tool, sarif_path, rule_kind, levels, tmp):
    """The Multitool's findings on `sarif_path`, as (ruleId, level, args)."""
    out = os.path.join(tmp, f"validation-{rule_kind}.sarif")
    run = subprocess.run(
        [tool, "validate", "--rule-kind", rule_kind, "--level", levels,
         "--output", out, sarif_path],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1"))
    if run.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"Multitool failed ({run.returncode}):\n"
                           f"{run.stdout}{run.stderr}")
    with open(out, encoding="utf-8-sig") as f:
        log = json.load(f)
    return [(r["ruleId"], r.get("level", "warning"),
             r.get("message", {}).get("arguments"))
            for r in log["runs"][0].get("results", [])]


def main():
    source_dir, svclint = sys.argv[1], sys.argv[2]
    tool = os.environ.get("SVCLINT_SARIF_MULTITOOL", DEFAULT_TOOL)
    if not os.access(tool, os.X_OK):
        print(f"{tool} is not installed (./dev.sh test installs it); skipped")
        return 77
    run = subprocess.run(
        [svclint, "lint", "--format", "sarif", "--quiet", "corpus/configs",
         "corpus/requests", "corpus/sarif"],
        cwd=source_dir, capture_output=True, text=True, timeout=120)
    # corpus/configs holds broken files on purpose (IO001, exit 2).
    if run.returncode not in (0, 1, 2) or not run.stdout:
        print(f"svclint exited {run.returncode}:\n{run.stderr}")
        return 1
    failures = []
    sarif = json.loads(run.stdout)
    the_run = sarif["runs"][0]
    if the_run.get("columnKind") != "utf16CodeUnits":
        failures.append(f"columnKind is {the_run.get('columnKind')!r}")
    root = the_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    if root != "file://" + os.path.realpath(source_dir) + "/":
        failures.append(f"%SRCROOT% is {root}")
    rules = the_run["tool"]["driver"]["rules"]
    for rule in rules:
        for key in ("shortDescription", "fullDescription", "help", "helpUri"):
            if key not in rule:
                failures.append(f"rule {rule['id']} has no {key}")
        if len(rule["fullDescription"]["text"]) > 1024:
            failures.append(f"rule {rule['id']}: fullDescription over 1024")
    if not any(r["id"] == "ACME001" for r in rules):
        failures.append("the custom rule ACME001 is not described")
    # On line 4 of cafe.service, "é", "Ω" are 2 bytes and 1 unit, "🍵" is 4
    # bytes and 2 units: the type sits at byte column 44, UTF-16 column 40.
    cafe = {}
    for result in the_run["results"]:
        location = result["locations"][0]["physicalLocation"]
        artifact = location["artifactLocation"]
        if artifact.get("uriBaseId") != "%SRCROOT%":
            failures.append(f"not relative to %SRCROOT%: {artifact}")
        if artifact["uri"] == "corpus/sarif/avahi/cafe.service":
            region = location["region"]
            cafe[result["ruleId"]] = (region["startLine"],
                                      region["startColumn"],
                                      region["endColumn"])
    want = {"ST001": (4, 40, 44), "ACME001": (4, 40, 49),
            "ACME002": (4, 9, 18)}
    if cafe != want:
        failures.append(f"cafe.service regions {cafe}, want {want}")

    with tempfile.TemporaryDirectory(prefix="svclint-sarif-") as tmp:
        path = os.path.join(tmp, "svclint.sarif")
        with open(path, "w", encoding="utf-8") as f:
            f.write(run.stdout)
        github = validate(tool, path, "Gh", "Error;Warning;Note", tmp)
        if github:
            failures.append(f"GitHub rules: {github}")
        sarif_rules = validate(tool, path, "Sarif", "Error;Warning", tmp)
        if sarif_rules:
            failures.append(f"SARIF rules: {sarif_rules}")
    for failure in failures:
        print(failure)
    if not failures:
        print(f"Multitool: GitHub rules clean, SARIF rules clean at error and "
              f"warning level, on {len(the_run['results'])} results and "
              f"{len(rules)} rules")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
