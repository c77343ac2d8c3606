#!/usr/bin/env python3
"""Scaffolds a new svclint rule: its catalogue entry, its check, its test.

    tools/new_rule.py --input name --id SN011 --slug name-all-digits \\
        --severity warning --summary "Service name is only digits"

A rule is registered by its `input` in rules/<family>.toml: the build's
catalogue generator (tools/catalog_gen.cc) declares its check function and
adds it to the table of that input kind. So adding a rule touches three
files, all written here:

  rules/<family>.toml                  the entry (docs and examples: TODO)
  lint/rules/<dir>/<slug>.cc           Check<Slug>(facts, ctx), empty
  tests/rules/<slug>_test.cc           a test that fails until written

and the checklist printed at the end says what is left, including the two
yes/no fast paths (lint/rules/verdict.cc, lint/rules/fast_type.cc) that
must agree with the name and type rules.

--root writes into another tree (the scaffold's own test uses a copy).
Nothing is overwritten: an existing id, slug or file is an error (exit 2).
"""

import argparse
import pathlib
import re
import sys

# input kind -> (directory under lint/rules, the check's parameters,
#                `svclint check --as` kind for the catalogue examples or None)
INPUTS = {
    "name": ("name", "const NameFacts& name, CheckContext& ctx", "name"),
    "type": ("type", "const TypeFacts& type, CheckContext& ctx", "type"),
    "instance": ("instance", "const InstanceFacts& instance, CheckContext& ctx",
                 "instance"),
    "txt-string": ("txt", "const TxtStringFacts& string, const TxtRecordFacts& "
                   "record,\n{indent}CheckContext& ctx", "txt"),
    "txt": ("txt", "const TxtRecordFacts& record, CheckContext& ctx", "txt"),
    "domain": ("domain", "const DomainFacts& domain, CheckContext& ctx", None),
    "request": ("request", "const Request& request, CheckContext& ctx", None),
    "request-file": ("request", "const RequestFile& file, CheckContext& ctx", None),
    "config": ("config", "const ConfigFacts& config, CheckContext& ctx", None),
    "registry": ("registry", "const Registry& registry, CheckContext& ctx", None),
}

# `svclint check --as` kind -> the tests' InputKind.
TEST_KINDS = {"name": "kName", "type": "kType", "instance": "kInstance",
              "txt": "kTxt"}


class ScaffoldError(Exception):
    pass


def camel(kebab):
    return "".join(part.capitalize() for part in kebab.split("-"))


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def catalogue_entry(args, check_as):
    lines = [
        "",
        "[[rule]]",
        f"id = {toml_string(args.id)}",
        f"slug = {toml_string(args.slug)}",
        f"severity = {toml_string(args.severity)}",
        f"input = {toml_string(args.input)}",
        f"summary = {toml_string(args.summary)}",
        f"message = {toml_string(args.message or args.summary)}",
        f"reference = {toml_string(args.reference)}",
    ]
    if check_as:
        lines += [
            f"check_as = {toml_string(check_as)}",
            "flagged = []  # TODO: inputs the rule fires on",
            "clean = []    # TODO: inputs it stays quiet on",
        ]
    lines += [
        'docs = """',
        f"TODO: why {args.id} exists, quoting {args.reference}; which values",
        "the message placeholders take; what to write instead.",
        '"""',
        "",
    ]
    return "\n".join(lines)


def check_source(args, function, params):
    # The generated header declares the function (a wrong signature does not
    # compile) and brings the facts, CheckContext and RuleId.
    header = "svclint/rules_" + args.input.replace("-", "_") + ".h"
    indent = " " * len(f"void {function}(")
    params = params.format(indent=indent)
    if len(f"void {function}({params}) {{") > 80 and "\n" not in params:
        params = params.replace(", ", f",\n{indent}", 1)
    return f"""// {args.id} {args.slug}: {args.summary}.
// {args.reference}.
//
//   TODO: an input it fires on -> the message, at [begin, end)
#include "{header}"

namespace svclint {{

void {function}({params}) {{
  // TODO: report each problem once, at the bytes it is about, with the
  // values of the message's placeholders (input bytes as InputText,
  // numbers as numbers; the sink formats nothing):
  //   ctx.sink.Report(RuleId::k{args.id}, span,
  //                   {{{{"name", InputText(...)}}, {{"length", ...}}}});
}}

}}  // namespace svclint
"""


def test_source(args, check_as):
    suite = camel(args.slug) + "Test"
    if check_as:
        kind = TEST_KINDS[check_as]
        body = f"""TEST({suite}, {args.id}Fires) {{
  // TODO: an input {args.id} flags, and the exact columns of its finding.
  EXPECT_THAT(Hits(InputKind::{kind}, "TODO"),
              ElementsAre(Hit{{"{args.id}", 1, 5}}));
}}"""
        includes = ('#include "gmock/gmock.h"\n#include "gtest/gtest.h"\n'
                    '#include "tests/rules/rules_test_util.h"\n')
        namespace = "svclint::testing"
        using = "using ::testing::ElementsAre;\n\n"
    else:
        body = f"""TEST({suite}, {args.id}Fires) {{
  // TODO: run the rule on an input it flags; expect its id, line:col and
  // message exactly (or add a fixture and golden output under corpus/).
  GTEST_FAIL() << "{args.id} has no test yet";
}}"""
        includes = '#include "gtest/gtest.h"\n'
        namespace = "svclint"
        using = ""
    return f"""// {args.id} {args.slug}: exact ids, columns and messages.

{includes}
namespace {namespace} {{
namespace {{

{using}{body}

}}  // namespace
}}  // namespace {namespace}
"""


def checklist(args, cc_path, test_path, toml_path):
    items = [
        f"{toml_path}: write the docs, the message placeholders, the reference"
        + (" and the flagged/clean examples" if INPUTS[args.input][2] else ""),
        f"{cc_path}: write the check (it is registered already: "
        f"svclint/rules_{args.input.replace('-', '_')}.h)",
        f"{test_path}: write the test (it fails until the rule works)",
    ]
    if args.input in ("name", "type"):
        items.append(
            "lint/rules/fast_type.cc: IsCleanCommonType() proves that no SN "
            "or ST rule fires; teach it what your rule flags "
            "(tests/rules/fast_type_test.cc checks the contract)")
        if args.severity == "error":
            items.append(
                "lint/rules/verdict.cc: IsValidServiceName/IsValidServiceType "
                "copy the error rules as a yes/no; add yours "
                "(tests/rules/verdict_test.cc and fuzz/fuzz_names check it)")
    if args.input == "config":
        items.append("corpus/: add a config fixture with its golden output")
    if args.input in ("request", "request-file"):
        items.append("corpus/requests/: add a fixture with its golden output")
    items.append("docs: `svclint explain " + args.id + "` prints the docs; "
                 "run the whole suite (catalogue examples run there)")
    return "\n".join(f"  [ ] {item}" for item in items)


def scaffold(args):
    root = pathlib.Path(args.root)
    if args.input not in INPUTS:
        raise ScaffoldError(f"unknown input '{args.input}'; known: "
                            + ", ".join(INPUTS))
    if not re.fullmatch(r"[A-Z]{2}[0-9]{3}", args.id):
        raise ScaffoldError(f"id '{args.id}' is not two letters and three "
                            "digits")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", args.slug):
        raise ScaffoldError(f"slug '{args.slug}' is not kebab-case")
    if args.severity not in ("error", "warning", "info"):
        raise ScaffoldError("severity must be error, warning or info")
    toml_path = root / "rules" / (args.id[:2].lower() + ".toml")
    if not toml_path.exists():
        raise ScaffoldError(f"{toml_path}: no such family; create it with a "
                            "header comment first")
    for existing in sorted((root / "rules").glob("*.toml")):
        text = existing.read_text(encoding="utf-8")
        if re.search(rf'^id = "{args.id}"', text, re.M):
            raise ScaffoldError(f"{existing}: {args.id} exists already")
        if re.search(rf'^slug = "{args.slug}"', text, re.M):
            raise ScaffoldError(f"{existing}: slug {args.slug} exists already")
    directory, params, check_as = INPUTS[args.input]
    file_name = args.slug.replace("-", "_")
    cc_path = root / "lint" / "rules" / directory / (file_name + ".cc")
    test_path = root / "tests" / "rules" / (file_name + "_test.cc")
    for path in (cc_path, test_path):
        if path.exists():
            raise ScaffoldError(f"{path} exists already")

    function = "Check" + camel(args.slug)
    with toml_path.open("a", encoding="utf-8") as out:
        out.write(catalogue_entry(args, check_as))
    cc_path.parent.mkdir(parents=True, exist_ok=True)
    cc_path.write_text(check_source(args, function, params),
                       encoding="utf-8")
    test_path.parent.mkdir(parents=True, exist_ok=True)
    test_path.write_text(test_source(args, check_as), encoding="utf-8")
    rel = lambda p: p.relative_to(root)
    print(f"{args.id} {args.slug}: {function}, registered for input "
          f"'{args.input}'")
    print(f"  wrote {rel(toml_path)} (appended), {rel(cc_path)}, "
          f"{rel(test_path)}")
    print("Checklist:")
    print(checklist(args, rel(cc_path), rel(test_path), rel(toml_path)))


def main(argv):
    parser = argparse.ArgumentParser(
        description="Scaffold a new svclint rule.")
    parser.add_argument("--input", required=True, help=", ".join(INPUTS))
    parser.add_argument("--id", required=True, help="e.g. SN011")
    parser.add_argument("--slug", required=True, help="e.g. name-all-digits")
    parser.add_argument("--severity", required=True,
                        choices=["error", "warning", "info"])
    parser.add_argument("--summary", required=True, help="one line")
    parser.add_argument("--message", help="template; defaults to the summary")
    parser.add_argument("--reference", default="TODO: RFC section")
    parser.add_argument("--root", default=str(
        pathlib.Path(__file__).resolve().parent.parent),
        help="the source tree to write into (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        scaffold(args)
    except ScaffoldError as error:
        print(f"new_rule.py: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
