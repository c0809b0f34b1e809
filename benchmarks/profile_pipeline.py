"""``python -m benchmarks.profile_pipeline``: where the full pipeline spends its time, per stage and per module.

Runs :func:`summarizer.summarize` (the default options, the default tokenizer unless ``--tokenizer``) on the raw
seed ``seed.txt`` and on the long-document benchmark sets (``clts``, ``clts_plus``, ``vcsum_seg``, ``lexeval_5_1``,
``cfbenchmark_summary``; at most ``--limit`` documents each), once to warm up and then ``--repeats`` times; each
document counts with its fastest pass. Prints, per corpus:

* the stage table: seconds and share of :class:`summarizer.pipeline.StageTimes` (``decode_clean``, ``structure``
  = structure + sentences + aspects, ``tokenize``, ``rank`` = textrank + summary + points, ``output``), the
  per-stage seconds of :data:`summarizer.pipeline.STAGES` and characters per second;
* with ``--cprofile``: the functions with the most own time (``tottime``) and the modules' shares, from
  :mod:`cProfile` over one more pass.

Units: seconds of wall-clock time (``time.perf_counter``), characters are code points. ``--json FILE`` writes
every number.

``--cpu`` times with the process's CPU time (``time.process_time``, the stage table too), which other processes
on a shared machine disturb far less than the wall clock; ``--cold`` times each document's first pass only (the
per-sentence memos of the aspect readers hold none of its sentences yet: what a single request costs);
``--jieba`` also times ``jieba.lcut(text, HMM=True)`` on the same texts with the same clock and passes (the
issue 9 floor) and prints the ratio of its time to the pipeline's (>= 0.5 is the target).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import pstats
import sys
import time
import types
from collections import defaultdict
from pathlib import Path

from benchmarks.datasets import shared_dir

__all__ = ["CORPORA", "cpu_clock", "jieba_seconds", "load_corpus", "main", "profile_corpus"]

#: corpus name -> path under ``shared/data`` (``seed`` is the raw seed.txt, one document)
CORPORA = {
    "seed": "seed/seed.txt",
    "clts": "clts/samples.jsonl",
    "clts_plus": "clts_plus/samples.jsonl",
    "vcsum_seg": "vcsum_seg/test.jsonl",
    "lexeval_5_1": "lexeval_5_1/test.jsonl",
    "cfbenchmark_summary": "cfbenchmark_summary/test.jsonl",
}


def load_corpus(data_dir: Path, name: str, limit: int | None) -> list[str]:
    """The texts of corpus ``name`` (first ``limit`` of a JSONL set; the whole decoded seed.txt for ``seed``)."""
    path = data_dir / CORPORA[name]
    if name == "seed":
        from summarizer.decode import decode_bytes

        return [decode_bytes(path.read_bytes())[0]]
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


class _PerStage:
    """A :class:`~summarizer.pipeline.StageTimes` that also keeps each STAGES name's seconds."""

    def __init__(self):
        from summarizer.pipeline import StageTimes

        self.groups = StageTimes()
        self.stages: dict[str, float] = defaultdict(float)

    def add(self, stage: str, seconds: float) -> None:
        self.groups.add(stage, seconds)
        self.stages[stage] += seconds

    def __getattr__(self, name):  # decode_clean += ... goes to the groups
        return getattr(self.groups, name)

    def __setattr__(self, name, value):
        if name in ("groups", "stages"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.groups, name, value)


GROUPS = ("decode_clean", "structure", "tokenize", "rank", "output")


@contextlib.contextmanager
def cpu_clock():
    """Within the block, :mod:`summarizer.pipeline`'s stage timings and :func:`profile_corpus` read the process's
    CPU time (``time.process_time``, seconds) instead of the wall clock; restored on exit."""
    import summarizer.pipeline as pipeline

    saved = pipeline.time
    pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)
    try:
        yield time.process_time
    finally:
        pipeline.time = saved


def jieba_seconds(texts: list[str], repeats: int, clock=time.perf_counter, cold: bool = False) -> float:
    """Seconds (of ``clock``) that ``jieba.lcut(text, HMM=True)`` takes over ``texts``, each text's fastest of
    ``repeats`` passes after one untimed pass (``cold``: its first pass only), summed: the issue 9 floor.

    Raises:
        ImportError: jieba is not installed."""
    import jieba

    jieba.initialize()
    total = 0.0
    for text in texts:
        if not cold:
            jieba.lcut(text, HMM=True)
        best = None
        for _ in range(1 if cold else repeats):
            t0 = clock()
            jieba.lcut(text, HMM=True)
            dt = clock() - t0
            best = dt if best is None else min(best, dt)
        total += best
    return total


def profile_corpus(texts: list[str], repeats: int, tokenizer=None, clock=time.perf_counter) -> dict:
    """Fastest-pass stage times of ``summarize`` over ``texts``: ``{"chars", "seconds", "groups", "stages"}``
    (seconds of ``clock`` summed over the documents, each document's fastest pass; ``repeats=1`` on texts not
    summarized before: the first pass)."""
    from summarizer import summarize

    best: list[tuple[float, _PerStage] | None] = [None] * len(texts)
    for _ in range(repeats):
        for i, text in enumerate(texts):
            st = _PerStage()
            t0 = clock()
            summarize(text, timings=st, tokenizer=tokenizer)
            dt = clock() - t0
            if best[i] is None or dt < best[i][0]:
                best[i] = (dt, st)
    groups = {g: sum(getattr(b[1].groups, g) for b in best) for g in GROUPS}
    stages: dict[str, float] = defaultdict(float)
    for b in best:
        for k, v in b[1].stages.items():
            stages[k] += v
    return {"documents": len(texts), "chars": sum(map(len, texts)), "seconds": sum(b[0] for b in best),
            "groups": groups, "stages": dict(stages)}


def _cprofile(texts: list[str], tokenizer, top: int) -> dict:
    from summarizer import summarize

    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        summarize(text, tokenizer=tokenizer)
    prof.disable()
    st = pstats.Stats(prof)
    total = st.total_tt
    rows = []
    by_module: dict[str, float] = defaultdict(float)
    for (file, line, fn), (_cc, _nc, tt, ct, _callers) in st.stats.items():
        mod = file.split("/summarizer/")[-1] if "/summarizer/" in file else (
            "jieba" if "jieba" in file else ("re" if file.endswith("/re/__init__.py") or fn.startswith("<method")
                                             and "re.Pattern" in fn else file.rsplit("/", 1)[-1]))
        by_module[mod] += tt
        rows.append({"function": f"{mod}:{line}({fn})", "tottime": tt, "cumtime": ct})
    rows.sort(key=lambda r: -r["tottime"])
    return {"total_seconds": total, "top": rows[:top],
            "modules": dict(sorted(by_module.items(), key=lambda kv: -kv[1])[:top])}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.profile_pipeline", description=__doc__.split("\n")[0])
    p.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated (default: %(default)s)")
    p.add_argument("--limit", type=int, default=40, help="documents per JSONL corpus (default: %(default)s)")
    p.add_argument("--repeats", type=int, default=3, help="timed passes; the fastest counts (default: %(default)s)")
    p.add_argument("--tokenizer", help="segmentation backend (default: the library default)")
    p.add_argument("--cprofile", action="store_true", help="also profile one pass with cProfile")
    p.add_argument("--top", type=int, default=15, help="functions/modules listed with --cprofile")
    p.add_argument("--cpu", action="store_true", help="time with process CPU time, not the wall clock")
    p.add_argument("--cold", action="store_true", help="time each document's first pass only (no warm-up pass)")
    p.add_argument("--jieba", action="store_true", help="also time jieba.lcut(text, HMM=True): the issue 9 floor")
    p.add_argument("--json", type=Path, help="write every number to this file")
    p.add_argument("--shared-dir", type=Path, help="shared folder (default: $SUMMARIZER_SHARED_DIR or ../shared)")
    args = p.parse_args(argv)
    from summarizer import summarize
    from summarizer.tokenize import get_tokenizer

    tok = get_tokenizer(args.tokenizer)
    data_dir = (args.shared_dir or shared_dir()) / "data"
    repeats = 1 if args.cold else args.repeats
    out = {"tokenizer": tok.backend, "limit": args.limit, "repeats": repeats, "clock": "cpu" if args.cpu else "wall",
           "cold": args.cold, "corpora": {}}
    summarize("预热。这是一个预热文档。", tokenizer=tok)
    passes = "first pass only" if args.cold else f"fastest of {repeats} passes"
    print(f"tokenizer: {tok.backend}; {passes}; {'CPU' if args.cpu else 'wall-clock'} seconds summed over the "
          "documents\n")
    print("| corpus | docs | chars | chars/s | decode_clean | structure | tokenize | rank | output | per stage (s) |"
          + (" jieba-hmm s | jieba/pipeline |" if args.jieba else ""))
    print("|---|---|---|---|---|---|---|---|---|---|" + ("---|---|" if args.jieba else ""))
    with cpu_clock() if args.cpu else contextlib.nullcontext(time.perf_counter) as clock:
        for name in [c.strip() for c in args.corpora.split(",") if c.strip()]:
            texts = load_corpus(data_dir, name, args.limit)
            if not args.cold:
                summarize(texts[0], tokenizer=tok)
            r = profile_corpus(texts, repeats, tok, clock=clock)
            if args.jieba:
                r["jieba_seconds"] = jieba_seconds(texts, repeats, clock=clock, cold=args.cold)
            if args.cprofile:
                r["cprofile"] = _cprofile(texts, tok, args.top)
            out["corpora"][name] = r
            tot = r["seconds"] or 1e-9
            cells = " | ".join(f"{r['groups'][g]:.3f} ({100 * r['groups'][g] / tot:.0f} %)" for g in GROUPS)
            per = ", ".join(f"{k} {v:.3f}" for k, v in r["stages"].items())
            floor = f" {r['jieba_seconds']:.3f} | {r['jieba_seconds'] / tot:.2f} |" if args.jieba else ""
            print(f"| {name} | {r['documents']} | {r['chars']:,} | {r['chars'] / tot:,.0f} | {cells} | {per} |{floor}",
                  flush=True)
    if args.cprofile:
        for name, r in out["corpora"].items():
            c = r["cprofile"]
            print(f"\n### {name}: cProfile, {c['total_seconds']:.2f} s (profiler overhead included)\n")
            print("modules (own time): " + ", ".join(f"{m} {100 * t / c['total_seconds']:.0f} %"
                                                     for m, t in c["modules"].items()))
            for row in c["top"]:
                print(f"  {row['tottime']:7.3f} s own {100 * row['tottime'] / c['total_seconds']:5.1f} %  "
                      f"cum {row['cumtime']:7.3f}  {row['function']}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
