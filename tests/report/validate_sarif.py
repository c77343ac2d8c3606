#!/usr/bin/python3
"""Validates a SARIF file against the official SARIF 2.1.0 JSON schema.

  validate_sarif.py SCHEMA SARIF    -> exit 0 when valid, 1 with the errors
"""
import json
import sys

import jsonschema


def main():
    schema_path, sarif_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(sarif_path, encoding="utf-8") as f:
        sarif = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{'/'.join(map(str, error.path))}: {error.message}")
    results = sum(len(run.get("results", [])) for run in sarif.get("runs", []))
    print(f"{len(errors)} schema errors, {results} results")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
