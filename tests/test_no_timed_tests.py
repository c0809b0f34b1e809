"""No test asserts a wall-clock (or CPU-clock) bound: speed targets live in benchmarks, growth in ratio tests.

A timed assertion (``t = time.perf_counter(); ...; assert time.perf_counter() - t < 2.0``) flakes on the shared,
loaded test machines and says nothing about how the cost grows; ``tests/costs.py`` (``assert_linear``) runs the
same input at two sizes and bounds the ratio instead. This test reads every ``tests/*.py`` and fails on a
comparison of a clock difference (a clock reading minus another, directly or through a name it was stored in)
with anything. A comparison that bounds a timeout (a worker killed after 1 s must not take the 30 s its input
sleeps) rather than a speed says so on its line with a ``# wall-clock:`` comment and the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: Functions of the ``time`` module that read a clock.
CLOCKS = {"time", "time_ns", "perf_counter", "perf_counter_ns", "process_time", "process_time_ns", "monotonic",
          "monotonic_ns", "thread_time", "thread_time_ns"}
#: A file whose text has none of these calls no clock (the test parses only the others).
CLOCK_WORD = re.compile(r"\b(?:%s)\(" % "|".join(sorted(CLOCKS)))
#: The marker of a line that bounds a timeout on purpose (followed by the reason).
EXEMPT = "# wall-clock:"


def _is_clock_call(node: ast.AST) -> bool:
    """``time.perf_counter()`` and the like (``time.time()`` only through the module), or a bare ``perf_counter()``."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr in CLOCKS and isinstance(func.value, ast.Name) and func.value.id == "time"
    return isinstance(func, ast.Name) and func.id in CLOCKS - {"time"}


def timed_comparisons(source: str) -> list[int]:
    """Line numbers (1-based) of the comparisons in ``source`` that bound a clock difference.

    A clock difference is a subtraction with a clock reading or a name assigned one on either side; a name assigned
    a clock difference counts as one too (``elapsed = time.time() - t0; assert elapsed < 2``). Lines carrying
    :data:`EXEMPT` are left out. Raises SyntaxError when ``source`` does not parse.
    """
    tree = ast.parse(source)
    lines = source.splitlines()
    readings: set[str] = set()   # names assigned a clock reading
    spans: set[str] = set()      # names assigned a clock difference

    def is_reading(node: ast.AST) -> bool:
        return _is_clock_call(node) or (isinstance(node, ast.Name) and node.id in readings)

    def is_span(node: ast.AST) -> bool:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
            return is_reading(node.left) or is_reading(node.right)
        return isinstance(node, ast.Name) and node.id in spans

    for node in ast.walk(tree):  # names first: an assignment may follow its use in walk order
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if _is_clock_call(node.value):
                readings.update(names)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and is_span(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            spans.update(t.id for t in targets if isinstance(t, ast.Name))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(is_span(x) for x in [node.left, *node.comparators]):
            if EXEMPT not in lines[node.lineno - 1]:
                found.append(node.lineno)
    return sorted(found)


def test_the_check_sees_timed_assertions():
    """The forms the tests used, and their disguises; the ratio helpers and a deadline loop are no timed test."""
    timed = ["import time\nt = time.perf_counter()\nf()\nassert time.perf_counter() - t < 2.0\n",
             "import time\nt0 = time.time()\nf()\nassert time.time() - t0 <= 5\n",
             "from time import process_time\nt = process_time()\nf()\nassert process_time() - t < 5.0\n",
             "import time\nt = time.monotonic()\nf()\nelapsed = time.monotonic() - t\nassert elapsed < 1\n",
             "import time\na = time.perf_counter()\nb = time.perf_counter()\nassert 2 > b - a\n",
             "import time\ndef test():\n    t = time.perf_counter()\n    assert time.perf_counter() - t < LIMIT\n"]
    for source in timed:
        assert timed_comparisons(source), source
    fine = ["import time\nbest = min(best, time.process_time() - t0)\n",
            "from costs import assert_linear\nassert_linear(lambda n: f('a' * n), 1000)\n",
            "import time\ndeadline = time.monotonic() + 10\nwhile time.monotonic() < deadline:\n    pass\n",
            "import time\nt = time.monotonic()\nf()\nassert time.monotonic() - t < 15  # wall-clock: a timeout\n"]
    for source in fine:
        assert not timed_comparisons(source), source


def test_no_test_asserts_a_clock_bound():
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted(TESTS.glob("*.py"))}
    found = {name: lines for name, text in texts.items()
             if CLOCK_WORD.search(text) and (lines := timed_comparisons(text))}  # (only files naming a clock parse)
    assert not found, (f"timed assertions (file: lines) {found}: test growth with costs.assert_linear (a ratio of "
                       "CPU times at two sizes) and report absolute numbers in benchmarks/")
