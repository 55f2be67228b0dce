"""The test suite itself: no test hidden by a second one of the same name.

A module keeps the last of two top-level definitions with one name, so the first test silently
never runs; the venv has no linter that reports it (pyflakes' F811).
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def defined_twice(source: str) -> list[str]:
    """Top-level function and class names that `source` defines more than once."""
    names = Counter(node.name for node in ast.parse(source).body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, n in names.items() if n > 1)


def test_the_scan_finds_a_name_defined_twice():
    assert defined_twice("def test_a(): pass\ndef test_b(): pass\ndef test_a(): pass\n") == ["test_a"]
    assert defined_twice("def test_a(): pass\nclass TestB: pass\n") == []


def test_no_test_module_defines_a_name_twice():
    twice = {path.name: names for path in sorted(TESTS.glob("test_*.py"))
             if (names := defined_twice(path.read_text(encoding="utf-8")))}
    assert not twice, twice
