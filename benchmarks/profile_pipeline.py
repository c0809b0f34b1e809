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
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.datasets import shared_dir

__all__ = ["CORPORA", "load_corpus", "main", "profile_corpus"]

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


def profile_corpus(texts: list[str], repeats: int, tokenizer=None) -> dict:
    """Fastest-pass stage times of ``summarize`` over ``texts``: ``{"chars", "seconds", "groups", "stages"}``
    (seconds summed over the documents, each document's fastest pass)."""
    from summarizer import summarize

    best: list[tuple[float, _PerStage] | None] = [None] * len(texts)
    for _ in range(repeats):
        for i, text in enumerate(texts):
            st = _PerStage()
            t0 = time.perf_counter()
            summarize(text, timings=st, tokenizer=tokenizer)
            dt = time.perf_counter() - t0
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
    p.add_argument("--json", type=Path, help="write every number to this file")
    p.add_argument("--shared-dir", type=Path, help="shared folder (default: $SUMMARIZER_SHARED_DIR or ../shared)")
    args = p.parse_args(argv)
    from summarizer import summarize
    from summarizer.tokenize import get_tokenizer

    tok = get_tokenizer(args.tokenizer)
    data_dir = (args.shared_dir or shared_dir()) / "data"
    out = {"tokenizer": tok.backend, "limit": args.limit, "repeats": args.repeats, "corpora": {}}
    summarize("预热。这是一个预热文档。", tokenizer=tok)
    print(f"tokenizer: {tok.backend}; fastest of {args.repeats} passes; seconds summed over the documents\n")
    print("| corpus | docs | chars | chars/s | decode_clean | structure | tokenize | rank | output | per stage (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in [c.strip() for c in args.corpora.split(",") if c.strip()]:
        texts = load_corpus(data_dir, name, args.limit)
        summarize(texts[0], tokenizer=tok)
        r = profile_corpus(texts, args.repeats, tok)
        if args.cprofile:
            r["cprofile"] = _cprofile(texts, tok, args.top)
        out["corpora"][name] = r
        tot = r["seconds"] or 1e-9
        cells = " | ".join(f"{r['groups'][g]:.3f} ({100 * r['groups'][g] / tot:.0f} %)" for g in GROUPS)
        per = ", ".join(f"{k} {v:.3f}" for k, v in r["stages"].items())
        print(f"| {name} | {r['documents']} | {r['chars']:,} | {r['chars'] / tot:,.0f} | {cells} | {per} |", flush=True)
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
