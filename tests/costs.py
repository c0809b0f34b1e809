"""Ratio tests of cost: how the tests check that a reader stays linear, without a wall-clock bound.

The team's rule: speed and memory targets live in benchmarks (reported numbers, ``benchmarks/adversarial.py``),
never in timed tests. A timed assertion (``assert time.perf_counter() - t < 2.0``) flakes on a loaded machine and
says nothing about growth; a ratio does both jobs: the same input generator runs at two sizes, ``n`` and
``FACTOR * n`` (4), and the ratio of the CPU times must stay below :data:`MAX_RATIO` (linear is 4, quadratic 16).

* Cold runs: the memo caches of the text readers are emptied before each run (:func:`clear_text_caches`).
* CPU time (``time.process_time``, seconds of this process), not wall-clock time: other processes on the shared
  cores do not count.
* Best of ``repeat`` runs (3), the garbage collector off: a pause (a collection, a page fault) does not count.
* The small size's time is floored at :data:`FLOOR_S` (seconds): below it the ratio would measure timer noise.
  A case cheaper than half the floor could pass even when quadratic, so :func:`assert_linear` doubles its small
  size (up to 16 times the size given) until one run takes half the floor.
* The two sizes run in turn (small, large, small, ...), so a spell of load slows both alike.

Usage (a case is a function of the size ``n`` that builds its input and runs the reader on it)::

    from costs import assert_linear

    assert_linear(lambda n: reader("只有" + "，" * n), 25_000, "a long line of commas")
    assert_linear(lambda n: reader("好。" * n), 2_500, "many tiny sentences")

Sizes: pick ``n`` so that ``4 n`` takes a few tenths of a second at most (the pair, best of three, then runs in
about a second); the full-size numbers belong to the benchmarks. ``COSTS_REPORT=FILE`` appends every measurement
(ratio, small and large seconds, n, case) to FILE. ``tests/test_no_timed_tests.py`` keeps wall-clock assertions
out of the tests.
"""

from __future__ import annotations

import gc
import math
import os
import sys
import time
from collections.abc import Callable

#: Size ratio between the two runs of a case.
FACTOR = 4
#: Largest accepted time ratio between sizes 4n and n (linear: 4; quadratic: 16).
MAX_RATIO = 8.0
#: Times below this (seconds) are timer noise: the small size's time is floored at it.
FLOOR_S = 0.02
#: How many times :func:`assert_linear` may double a small size whose run is cheaper than half the floor.
MAX_DOUBLINGS = 4


def clear_text_caches() -> None:
    """Empty the bounded ``functools.lru_cache`` of every function of the loaded ``summarizer`` modules.

    Those memoize readings of a text (``aspects.prose_aspect``, ``aspects.challenge_strength``, …): a second call
    with the same input is a lookup, so without this every run after the first would time the cache. Unbounded
    caches (``maxsize=None``: compiled patterns and cue alternations, keyed by a cue group) are left alone; they
    cost the same at every size.
    """
    for name, module in list(sys.modules.items()):
        if name != "summarizer" and not name.startswith("summarizer."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None) if callable(value) else None  # (summarizer.lazy: no import)
            if info is not None and getattr(value, "__module__", None) == name and info().maxsize is not None:
                value.cache_clear()


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time (seconds, ``time.process_time``) of ``repeat`` calls of ``fn()``.

    Each call starts cold (:func:`clear_text_caches`, outside the timed span). The garbage collector is off during
    the calls (as in ``timeit``): a collection costs in proportion to every object the test session holds, not to
    the input, and made a linear case read x7 under load.
    """
    best = math.inf
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            clear_text_caches()
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
    finally:
        if enabled:
            gc.enable()
    return best


def time_ratio(fn_small: Callable[[], object], fn_large: Callable[[], object],
               floor: float = FLOOR_S, repeat: int = 3) -> tuple[float, float, float]:
    """``(ratio, small, large)``: the best CPU times (seconds) of ``repeat`` calls of each function, called in turn,
    and ``large / max(small, floor)``."""
    small = large = math.inf
    for _ in range(repeat):  # interleaved: a spell of load on the shared cores slows both sizes alike
        small, large = min(small, best_time(fn_small, 1)), min(large, best_time(fn_large, 1))
    return large / max(small, floor), small, large


def assert_linear(run: Callable[[int], object], n: int, what: str = "", *, floor: float = FLOOR_S,
                  repeat: int = 3) -> None:
    """Assert that ``run``'s CPU time at size ``FACTOR * n`` is under ``MAX_RATIO`` times its time at size ``n``.

    ``run`` is a function of the size that builds the input and runs the code under test on it; ``n`` is the least
    small size, in the unit ``run`` takes (repetitions of a unit, usually); ``what`` names the case in the failure
    message. While one run at ``n`` takes under half the floor (a quadratic cost could not reach the bound from
    there), ``n`` doubles, :data:`MAX_DOUBLINGS` times at most. Raises
    AssertionError when the ratio reaches the bound, with the two sizes, the two times (seconds) and the ratio.
    """
    for _ in range(MAX_DOUBLINGS):
        if best_time(lambda: run(n), repeat=1) >= floor / 2:
            break
        n *= 2
    ratio, small, large = time_ratio(lambda: run(n), lambda: run(FACTOR * n), floor, repeat)
    if os.environ.get("COSTS_REPORT"):  # a file to append every measurement to (surveys of the ratios)
        with open(os.environ["COSTS_REPORT"], "a", encoding="utf-8") as out:
            out.write(f"{ratio:.2f}\t{small:.4f}\t{large:.4f}\t{n}\t{what or run.__name__}\n")
    assert ratio < MAX_RATIO, (f"{what or run.__name__}: {small:.3f}s at n={n} -> {large:.3f}s at n={FACTOR * n} "
                               f"(x{ratio:.1f} for {FACTOR}x the input)")
