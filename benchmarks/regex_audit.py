"""Regex scan audit: the cost of ``pattern.search`` on one long line, for every pattern the summarizer compiles.

A pattern whose search of a line holding none of its words costs more than a constant per character (a nested
unbounded quantifier, a top-level alternation whose first characters the regex engine cannot see) turns a
100,000-character line into seconds. The audit records every pattern compiled while the package is imported and
while :func:`summarizer.summarize` runs on a few inputs (``re._compile`` patched: module-level patterns, the ones built
from ``cues.txt``/``boilerplate.txt`` by cached builders, and ``re.search(str, …)`` call sites alike), plus every cue
group's :func:`summarizer.aspects.cue_pattern` and every cached builder of no argument, and times each pattern's search
on lines of one character repeated (a character in no word, ``。``, ``的``, ``字``): the time of a 100,000-character
line and its ratio to the 50,000-character line (about 2 for a linear search; the two lengths are 10,000 and 20,000
where the search of 10,000 characters already takes over 20 ms). Nothing here changes the package (speed27).

Usage::

    python -m benchmarks.regex_audit            # the slowest 25 per line and every ratio over 2.6
"""

from __future__ import annotations

import argparse
import inspect
import os
import re
import sys
import time

#: Lines of one character repeated: a character in no word (CJK Extension A), a sentence end, the commonest
#: particle, a plain CJK character.
LINE_CHARS = {"rare": "\u3400", "stop": "。", "de": "的", "zi": "字"}

_SAMPLES = (
    "加强基层治理。当前存在短板问题。建议完善制度。",
    "一、存在的问题\n（一）基层人员不足，经费保障不到位。\n二、对策建议\n1. 加强队伍建设。\n2. 完善考核机制。\n",
    "居民张女士：希望加强小区绿化。会议指出，要进一步压实责任。有学者认为当前仍然面临困局。",
)


def compiled_patterns(samples: tuple[str, ...] = _SAMPLES) -> dict[tuple[str, int], tuple[re.Pattern[str], str]]:
    """Every pattern (``(source, flags)`` -> (compiled pattern, ``file:line`` of the caller that compiled it)) that the
    package compiles on import, on :func:`summarizer.summarize` of ``samples`` and of ``examples/essay.txt``, by each
    cue group's pattern and alternation and by each ``lru_cache`` function of no argument in the package's modules.
    Must run in a process that has not imported :mod:`summarizer` yet (patterns compiled before are not seen)."""
    if "summarizer" in sys.modules:
        raise RuntimeError("compiled_patterns() must run before summarizer is imported")
    seen: dict[tuple[str, int], tuple[re.Pattern[str], str]] = {}
    orig = re._compile

    def recording(pattern, flags):
        p = orig(pattern, flags)
        if isinstance(pattern, str) and (pattern, int(flags)) not in seen:
            f = sys._getframe(1)
            while f is not None and (f.f_code.co_filename.endswith(os.path.join("re", "__init__.py"))
                                     or f.f_code.co_filename.endswith("functools.py")):
                f = f.f_back
            loc = f"{f.f_code.co_filename}:{f.f_lineno}" if f is not None else "?"
            seen[(pattern, int(flags))] = (p, loc)
        return p

    re._compile = recording
    try:
        import summarizer
        from summarizer import aspects

        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        with open(os.path.join(here, "examples", "essay.txt"), encoding="utf-8") as f:
            texts = (*samples, f.read())
        for t in texts:
            summarizer.summarize(t)
        for group in aspects.lexicon().groups:
            aspects.cue_pattern(group)
            aspects.cue_alternation(group)
        pkg = os.path.dirname(summarizer.__file__)
        for name, mod in list(sys.modules.items()):
            if not name.startswith("summarizer") or not getattr(mod, "__file__", None):
                continue
            for obj in list(vars(mod).values()):
                if callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == name:
                    try:
                        if not inspect.signature(obj).parameters:
                            obj()
                    except Exception:  # noqa: BLE001 - a builder that needs resources absent here
                        pass
    finally:
        re._compile = orig
    pkg = os.path.join(os.path.realpath(pkg), "")
    return {k: (p, os.path.relpath(loc, os.path.dirname(os.path.dirname(pkg))))
            for k, (p, loc) in seen.items() if os.path.realpath(loc.rsplit(":", 1)[0]).startswith(pkg)}


def _best(p: re.Pattern[str], s: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        p.search(s)
        best = min(best, time.perf_counter() - t0)
    return best


def search_cost(p: re.Pattern[str], ch: str) -> tuple[float, float, int]:
    """(seconds of ``p.search`` on a line of ``ch`` scaled to 100,000 characters, ratio of the longer line's time to
    the half as long line's, the longer line's length): 100,000 and 50,000 characters, or 20,000 and 10,000 where the
    search of 10,000 characters takes over 20 ms. Fastest of three searches each."""
    t10 = _best(p, ch * 10_000, 1)
    n = 20_000 if t10 > 0.02 else 100_000
    half, full = _best(p, ch * (n // 2)), _best(p, ch * n)
    return full * 100_000 / n, full / max(half, 1e-7), n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    pats = compiled_patterns()
    print(f"{len(pats)} patterns compiled by the package")
    rows = []
    for (src, _), (p, loc) in pats.items():
        row = {"loc": loc, "pat": src[:100].encode("utf-8", "backslashreplace").decode()}
        for key, ch in LINE_CHARS.items():
            row[key] = search_cost(p, ch)
        rows.append(row)
    for key in LINE_CHARS:
        print(f"== line of {LINE_CHARS[key]!r} ({key}): ms per 100,000 characters, ratio 100k/50k")
        for r in sorted(rows, key=lambda r: -r[key][0])[:args.top]:
            t, ratio, n = r[key]
            print(f"{t * 1000:9.2f}  {ratio:5.2f}  n={n:<6} {r['loc']:<28} {r['pat'][:80]}")
    print("== ratio over 2.6 (over 2 ms per 100,000 characters)")
    for r in rows:
        for key in LINE_CHARS:
            t, ratio, n = r[key]
            if ratio > 2.6 and t > 0.002:
                print(f"{key:5} {t * 1000:9.2f}  {ratio:5.2f}  {r['loc']:<28} {r['pat'][:80]}")


if __name__ == "__main__":
    main()
