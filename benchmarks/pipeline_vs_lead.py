"""The essay summary against lead-k on the long-document sets, with the benchmark's own scoring, in one process.

``python -m benchmarks.pipeline_vs_lead [--sets NAME:FROM:TO,...] [--resamples N] [--out FILE]`` prints, for each
slice of records ``[FROM, TO)`` of a long ROUGE set (file order), the mean ROUGE-L F1 (char) of ``ours-pipeline``
and ``lead`` and their paired difference with its 95 % bootstrap interval (whole meetings resampled for
``vcsum_seg``): what the report's ``ours-pipeline − lead (paired)`` row gives for records 0-59 of a ``--limit 60`` run,
without running the other systems or the timing passes. As in the report: ``B`` is the slice's mean reference
length (non-whitespace characters), ``summarize(text, summary_chars=max(20, B))`` joins its essays' summaries,
``lead`` is :func:`benchmarks.oracle.lead_k`, and both are cut to ``B`` by :func:`benchmarks.oracle.truncate_chars`.
``--out`` writes every record's outputs and scores as JSON (for a diff between two versions of the code).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT_SETS = ("lexeval_5_1:0:60,lexeval_5_1:60:144,clts:0:7,clts_plus:0:5,vcsum_seg:0:60,vcsum_seg:60:136,"
                "cfbenchmark_summary:0:60,cfbenchmark_summary:60:200")


def compare(name: str, lo: int, hi: int, data_dir: Path, resamples: int = 1000, seed: int = 0) -> dict:
    """Score records ``[lo, hi)`` of the long set ``name`` (records after the dataset's own filter, file order).

    Returns ``{"set", "from", "to", "budget", "ours", "lead", "diff_mean", "diff_ci", "records"}``: mean ROUGE-L F1
    (char), the paired difference ours − lead and its interval, and per record ``{"id", "ours", "lead", "ref",
    "f_ours", "f_lead"}`` (the cut outputs). Raises ``KeyError`` for an unknown set, ``ValueError`` for an empty
    slice."""
    from benchmarks.datasets import DATASETS, load_dataset
    from benchmarks.oracle import budget_chars, lead_k, truncate_chars
    from benchmarks.report import _paired
    from summarizer.evaluation.rouge import RougeEvaluator
    from summarizer.pipeline import summarize

    docs = load_dataset(DATASETS[name], data_dir, limit=hi).docs[lo:hi]
    if not docs:
        raise ValueError(f"{name}: no records in [{lo}, {hi})")
    budget = budget_chars([d.reference for d in docs])
    ours = [truncate_chars("".join(e.summary for e in summarize(d.text, summary_chars=max(20, budget)).essays), budget)
            for d in docs]
    lead = [truncate_chars("".join(lead_k(d.text, d.k)), budget) for d in docs]
    ids, refs = [d.id for d in docs], [d.reference for d in docs]
    ev = RougeEvaluator("char")
    f_ours = {p.id: p.scores["rougeL"].f1 for p in ev.score_corpus(ours, refs, ids, n_resamples=resamples,
                                                                   seed=seed).items}
    f_lead = {p.id: p.scores["rougeL"].f1 for p in ev.score_corpus(lead, refs, ids, n_resamples=resamples,
                                                                   seed=seed).items}
    paired = _paired(f_ours, f_lead, resamples, seed, {d.id: d.group for d in docs if d.group is not None})
    return {"set": name, "from": lo, "to": hi, "budget": budget,
            "ours": sum(f_ours.values()) / len(docs), "lead": sum(f_lead.values()) / len(docs),
            "diff_mean": paired["diff_mean"], "diff_ci": paired["diff_ci"],
            "records": [{"id": i, "ours": o, "lead": ld, "ref": r, "f_ours": f_ours[i], "f_lead": f_lead[i]}
                        for i, o, ld, r in zip(ids, ours, lead, refs, strict=True)]}


def main(argv: list[str] | None = None) -> int:
    """Command line: print one line per slice; exit status 0."""
    from benchmarks.datasets import shared_dir

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=DEFAULT_SETS, help="NAME:FROM:TO slices, comma-separated")
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--shared-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    data_dir = (args.shared_dir or shared_dir()) / "data"
    results = []
    for part in args.sets.split(","):
        name, lo, hi = part.split(":")
        r = compare(name, int(lo), int(hi), data_dir, args.resamples)
        results.append(r)
        print(f"{name} ({r['from']}-{r['to'] - 1}) B={r['budget']}: ours {r['ours']:.3f} lead {r['lead']:.3f}  "
              f"diff {r['diff_mean']:+.3f} [{r['diff_ci'][0]:+.3f}, {r['diff_ci'][1]:+.3f}]", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
