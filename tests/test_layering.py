"""The project's import graph, read from the source (nothing imported): no cycle, readers at the bottom,
no function-local import of the project's own modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("summarizer", "service")


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            out[name.removesuffix(".__init__")] = path
    return out


MODULES = _modules()


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported project module, at module level?) for every import statement of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module
                     for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found += [(name, id(node) in top) for name in names if name in MODULES]
    return found


def _graph() -> dict[str, set[str]]:
    return {name: {m for m, _ in _imports(path)} - {name} for name, path in MODULES.items()}


def test_the_import_graph_has_no_cycle():
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join([*path, node, nxt])
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_readers_import_nothing_above_decoding():
    graph = _graph()
    bottom = {"summarizer.chars", "summarizer.decode", "summarizer.errors"}
    formats = {name for name in graph if name.startswith("summarizer.formats.")}
    assert graph["summarizer.readers"] <= bottom | formats
    for name in formats:
        assert graph[name] <= bottom | formats, name


def test_seq2seq_uses_the_public_textrank_and_the_analysed_essays():
    graph = _graph()
    assert "summarizer.pipeline" not in graph["summarizer.seq2seq.model"] | graph["summarizer.seq2seq.abstract"]
    assert "summarizer.textrank" in graph["summarizer.seq2seq.model"]
    assert "summarizer.document" in graph["summarizer.seq2seq.abstract"]


def test_the_project_s_own_modules_are_imported_at_module_level():
    local = sorted(f"{name}: {module}" for name, path in MODULES.items() for module, at_top in _imports(path)
                   if not at_top)
    assert local == []


def test_no_module_defines_a_top_level_name_twice():
    """A second top-level ``def``/``class``/assignment of one name silently replaces the first (two branches' readers
    merged under one name: the earlier one's callers get the later one's reading)."""
    twice = []
    for name, path in MODULES.items():
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for n in names:
                if n in seen and n != "__all__":
                    twice.append(f"{name}.{n}: lines {seen[n]} and {node.lineno}")
                seen.setdefault(n, node.lineno)
    assert twice == []
