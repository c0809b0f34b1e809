"""How the seq2seq output checks behave on human reference summaries (no model needed).

    python -m benchmarks.seq2seq_checks [--data DIR] [--min-support 0.5]

For each shared data set with ``{"text", "summary"}`` records it prints, for the human reference against its own
source (``matched``) and against the next record's source (``mismatched``: a stand-in for unsupported text), the
median :func:`~summarizer.seq2seq.quality.support` and the share under ``--min-support``; and how many references
:func:`~summarizer.seq2seq.quality.find_loop` flags, next to B24's literal rule (any 4 characters 3 times).
The README's figures for the support threshold and the loop rule come from this.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from benchmarks.datasets import shared_dir
from summarizer.seq2seq.quality import assess, find_loop, support

SETS = ("lcsts/test.jsonl", "csl/dev.jsonl", "cfbenchmark_summary/test.jsonl", "vcsum_seg/dev.jsonl")


def _plain_rule(text: str, k: int = 4, count: int = 3) -> bool:
    """B24's literal rule: some substring of ``k`` characters occurs ``count`` times without overlap."""
    text = "".join(text.split())
    last: dict[str, int] = {}
    seen: dict[str, int] = {}
    for i in range(len(text) - k + 1):
        gram = text[i:i + k]
        if i >= last.get(gram, -k) + k:
            last[gram] = i
            seen[gram] = seen.get(gram, 0) + 1
            if seen[gram] >= count:
                return True
    return False


def main(argv: list[str] | None = None) -> None:
    """Print one line per data set (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seq2seq_checks", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(shared_dir()) / "data")
    parser.add_argument("--min-support", type=float, default=0.5)
    args = parser.parse_args(argv)
    total = flagged = 0
    for name in SETS:
        path = args.data / name
        if not path.is_file():
            print(f"{name}: not found")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if r.get("text") and r.get("summary")]
        matched = [support(r["summary"], r["text"]) or 0.0 for r in rows]
        mismatched = [support(b["summary"], a["text"]) or 0.0 for a, b in zip(rows, rows[1:] + rows[:1])]
        loops = sum(1 for r in rows if find_loop(r["summary"], r["text"]))
        plain = sum(1 for r in rows if _plain_rule(r["summary"]))
        other = sum(1 for r in rows if assess(r["summary"], r["text"]).fallback not in (None, "repetition"))
        total += len(rows)
        flagged += loops
        below = args.min_support
        print(f"{name}: {len(rows)} references; support median {statistics.median(matched):.2f}, "
              f"{sum(x < below for x in matched) / len(rows):.1%} under {below}; mismatched: median "
              f"{statistics.median(mismatched):.2f}, {sum(x < below for x in mismatched) / len(rows):.1%} under "
              f"{below}; loops {loops} (B24's plain rule, 4 characters 3 times: {plain}); other checks failed: {other}")
    print(f"all: {total} references, {flagged} flagged as loops")


if __name__ == "__main__":
    main()
