"""Each module binds a top-level name once.

A second `_YEAR = ...` or `_COORDINATORS = ...` further down a long module silently replaces the
first for every function that reads it, including those written against the first: the rebinding
changed readings far from where it was written before this test existed.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "fslcheck"


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(module: Path):
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert not [name for name, count in names.items() if count > 1]


def test_the_check_sees_a_rebinding():
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert _top_level_names(tree)["A"] == 2
