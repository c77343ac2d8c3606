#!/usr/bin/env python3
"""check_layers.py must catch what it is for: run on fixtures/cycle, a tree
whose lower layer includes a higher one (a cycle) and whose higher layer
includes CLI11, it exits 1 with exactly these messages."""

import contextlib
import io
import pathlib
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_layers  # noqa: E402


class CheckLayersTest(unittest.TestCase):

    def run_check(self, tree):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = check_layers.main(
                ["check_layers.py", str(tree), str(tree / "layers.txt")])
        return code, err.getvalue().splitlines()

    def test_upward_include_cycle_and_cli11_fail(self):
        code, lines = self.run_check(HERE / "fixtures" / "cycle")
        self.assertEqual(code, 1)
        self.assertEqual(lines, [
            "lint/high/high.h:3: CLI11 outside lint/cli/ (only the command "
            "line parses arguments)",
            "lint/low/low.h:2: layer 'low' includes lint/high/, which it may "
            "not use (allowed: none)",
            "module cycle by #include: high -> low -> high",
            "3 layering error(s); see docs/architecture.md",
        ])

    def test_cycle_found_in_graph(self):
        self.assertEqual(check_layers.find_cycle({"a": {"b"}, "b": {"c"},
                                                  "c": {"a"}}),
                         ["a", "b", "c", "a"])
        self.assertIsNone(check_layers.find_cycle({"a": {"b"}, "b": set()}))


if __name__ == "__main__":
    unittest.main()
