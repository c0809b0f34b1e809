"""No module of the library binds one top-level name twice (a merge of two branches that each added a constant of
the same name left the second silently replacing the first: points.SUBJECT_CLAUSE_CHARS 24 -> 20,
pipeline._CLAUSE_MARKS)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*ROOT.joinpath("summarizer").rglob("*.py"), *ROOT.joinpath("service").rglob("*.py")])


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


def test_the_check_sees_a_second_binding():
    assert _top_level_names(ast.parse("A = 1\ndef f(): pass\nA = 2\n")) == Counter({"A": 2, "f": 1})


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    twice = sorted(n for n, k in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if k > 1)
    assert twice == []
