"""``python -m benchmarks.memo_census``: how often each per-text memo of the pipeline is asked, and answered, in one call.

The pipeline remembers per-sentence readings (``summarizer.chars.text_memo`` wrappers, the aspects stage's
``_remembered``, ``functools.lru_cache``) and :func:`summarizer.pipeline.forget_document_memos` empties them after
each document. This tool runs :func:`summarizer.summarize` once on an input (an adversarial generator of
:mod:`benchmarks.adversarial`, or a file) and reads every memo's ``cache_info()`` just before that emptying: per memo,
the calls (hits + misses) and the misses (the distinct texts computed). A memo asked exactly once per text
(misses == calls) saves nothing on that input: its wrapper and its stored answers are pure cost there; one with
many hits per miss is a reading the stages ask again and again (perf56).

``--no-memo`` runs the call in a fresh process where every ``text_memo`` wrapper is replaced by its bare function
(before any pipeline module is imported): the CPU seconds with and without the memos bound what any sharing of
those readings (one reading object per sentence instead of the memos) could save on the input. The output of
:func:`summarize` is the same either way (the memoised functions are pure); the tool checks it.

Usage::

    python -m benchmarks.memo_census yishi_lines_100k                 # census table
    python -m benchmarks.memo_census yishi_lines_100k --no-memo       # CPU s with and without the text memos
    python -m benchmarks.memo_census --file path/to/doc.txt --top 20
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

__all__ = ["census", "main", "memo_counts", "timed_run"]


def _memos() -> list[tuple[str, Callable]]:
    """``(module.name, memo)`` of every callable with ``cache_info``/``cache_clear`` in the loaded ``summarizer``
    modules (the ones :func:`summarizer.pipeline.forget_document_memos` gathers, plus the process-wide ones), each
    memo once (an alias under two names counts under the first)."""
    seen: set[int] = set()
    out = []
    for name, module in sorted(sys.modules.items()):
        if module is None or not (name == "summarizer" or name.startswith("summarizer.")):
            continue
        for attr, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None) if callable(value) else None
            if callable(info) and callable(getattr(value, "cache_clear", None)) and id(value) not in seen:
                seen.add(id(value))
                out.append((f"{name}.{attr}", value))
    return out


def memo_counts() -> dict[str, tuple[int, int]]:
    """``{module.name: (calls, misses)}`` of every memo of :func:`_memos` now (``calls = hits + misses`` of its
    ``cache_info()``); memos never asked are left out."""
    out = {}
    for name, memo in _memos():
        info = memo.cache_info()
        calls = info.hits + info.misses
        if calls:
            out[name] = (calls, info.misses)
    return out


def _add_since(total: dict[str, list[int]], now: dict[str, tuple[int, int]],
               then: dict[str, tuple[int, int]]) -> None:
    """Add to ``total`` each memo's calls and misses between the counts ``then`` and ``now`` (:func:`memo_counts`)."""
    for name, (calls, misses) in now.items():
        c, m = then.get(name, (0, 0))
        row = total.setdefault(name, [0, 0])
        row[0] += calls - c
        row[1] += misses - m


@contextlib.contextmanager
def _counted(total: dict[str, list[int]]) -> Iterator[None]:
    """While active, each memo's calls and misses are added to ``total`` (``{name: [calls, misses]}``): at every
    :func:`summarizer.pipeline.forget_document_memos` (which empties the document memos and their counts) the counts
    gained since the last reading are taken before it empties them, and read again after; at the end, what was
    gained since the last forgetting. The process-wide memos (``lexicon``, the pattern builders), which it does not
    empty, count once each."""
    from summarizer import pipeline

    original = pipeline.forget_document_memos
    last = [memo_counts()]

    def forget() -> None:
        _add_since(total, memo_counts(), last[0])
        original()
        last[0] = memo_counts()

    pipeline.forget_document_memos = forget
    try:
        yield
    finally:
        pipeline.forget_document_memos = original
        _add_since(total, memo_counts(), last[0])


def census(text: str, **options) -> dict[str, tuple[int, int]]:
    """``{memo: (calls, misses)}`` of one :func:`summarizer.summarize` call on ``text`` (``options`` passed on), the
    document memos' counts read before the call empties them (:func:`_counted`); a warm-up call on a short text comes
    first, so every module is loaded and the document memos start empty. The process-wide memos are not emptied,
    only counted over the call. Memos the call did not ask are left out. Raises what :func:`summarize` raises."""
    from summarizer import summarize

    summarize("当前基层治理存在短板。建议完善制度。")
    total: dict[str, list[int]] = {}
    with _counted(total):
        summarize(text, **options)
    return {name: (calls, misses) for name, (calls, misses) in total.items() if calls > 0}


def timed_run(text: str, repeats: int = 3, **options) -> tuple[float, str]:
    """``(best CPU seconds, output JSON)`` of ``repeats`` :func:`summarizer.summarize` calls on ``text`` after a warm
    call (``time.process_time``)."""
    from summarizer import summarize

    answer = summarize(text, **options).model_dump_json()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        summarize(text, **options)
        best = min(best, time.process_time() - t0)
    return best, answer


def _bare_text_memos() -> None:
    """Replace :func:`summarizer.chars.text_memo` by a factory of pass-through wrappers (same ``cache_info`` and
    ``cache_clear`` interface, nothing stored). Must run before any module that decorates with it is imported."""
    from summarizer import chars

    def text_memo(fn, max_chars, size):  # noqa: ARG001 - the signature of the one it replaces
        def bare(text: str):
            return fn(text)

        bare.__wrapped__ = fn  # type: ignore[attr-defined]
        bare.__name__ = getattr(fn, "__name__", "bare")
        bare.__doc__ = fn.__doc__
        bare.cache_info = lambda: chars.MemoInfo(0, 0, 0, 0)  # type: ignore[attr-defined]
        bare.cache_clear = lambda: None  # type: ignore[attr-defined]
        return bare

    chars.text_memo = text_memo


def _input_text(args: argparse.Namespace) -> str:
    if args.file:
        from summarizer.readers import read_path

        return read_path(args.file)
    from benchmarks.adversarial import CASES

    return CASES[args.case][0]()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memo_census", description=__doc__.split("\n")[0])
    parser.add_argument("case", nargs="?", default="yishi_lines_100k", help="an adversarial generator's name")
    parser.add_argument("--file", help="read this file instead of a generator")
    parser.add_argument("--top", type=int, default=40, help="memos listed, most calls first")
    parser.add_argument("--no-memo", action="store_true", help="CPU s with and without the text memos (two processes)")
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)  # (the child of --no-memo)
    args = parser.parse_args(argv)
    options = {"max_chars": 200_000}
    if args.bare:  # (the child process of --no-memo: the bare wrappers before any pipeline import)
        _bare_text_memos()
        seconds, answer = timed_run(_input_text(args), **options)
        print(json.dumps({"seconds": seconds, "answer": answer}, ensure_ascii=False))
        return 0
    if args.no_memo:
        seconds, answer = timed_run(_input_text(args), **options)
        cmd = [sys.executable, "-m", "benchmarks.memo_census", args.case, "--bare"]
        if args.file:
            cmd += ["--file", args.file]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        bare = json.loads(done.stdout.strip().splitlines()[-1])
        same = answer == bare["answer"]
        print(f"CPU s, best of 3 after a warm call: with the text memos {seconds:.3f}, "
              f"without {bare['seconds']:.3f}; same output: {same}")
        return 0 if same else 1
    counts = census(_input_text(args), **options)
    once = sum(1 for calls, misses in counts.values() if calls == misses)
    print(f"{len(counts)} memos asked; {once} of them answered no call from memory (calls == misses)")
    print(f"{'calls':>8} {'misses':>8} {'calls/miss':>10}  memo")
    for name, (calls, misses) in sorted(counts.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"{calls:>8} {misses:>8} {calls / max(misses, 1):>10.2f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
