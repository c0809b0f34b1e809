"""Worker for our systems and the jieba floor (runs with the project's own interpreter, repo root on PYTHONPATH).

``python ours_worker.py --system NAME``:

* ``textrank``: :func:`summarizer.textrank.extract` ``(text, k=k, budget_chars=budget)``, sentences in document order
  (the same :func:`~summarizer.textrank.rank` and :func:`~summarizer.textrank.select` as the essay summaries);
* ``lead``: the first ``k`` sentences of our splitter (:func:`benchmarks.oracle.lead_k`);
* ``*-jieba``: the same with ``tokenizer=get_tokenizer("jieba")`` passed in (the fallback backend; the
  library default is rjieba);
* ``pipeline``: the full :func:`summarizer.summarize` (decode/clean, essays, structure, TextRank, aspects, points)
  with ``summary_chars = max(20, budget)`` (default options without a budget); ``extra`` carries the stage
  times in seconds (:class:`summarizer.pipeline.StageTimes`) and the aspect points per essay;
* ``seq2seq``: :func:`summarizer.summarize` with ``method="seq2seq"`` and ``model=DIR`` (``--model``: a local
  checkpoint directory or a registry name; without a usable model the pipeline raises ``ModelNotAvailableError``
  on the warm-up document and the runner reports the system as failed with that error);
* ``jieba-hmm`` / ``jieba-nohmm``: ``jieba.lcut(text, HMM=True/False)`` alone, the floor of any jieba-based
  system (dictionary loaded before the first request); ``extra.tokens`` is the number of words.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _protocol import serve

SYSTEMS = ("textrank", "textrank-jieba", "lead", "pipeline", "pipeline-jieba", "seq2seq", "jieba-hmm",
           "jieba-nohmm", "rjieba")


def _stages(st):
    return {"decode_clean": st.decode_clean, "structure": st.structure, "tokenize": st.tokenize,
            "rank": st.rank, "output": st.output}


def build(system, model=None):
    """Return ``summarize(text, k, budget)`` for ``system``; imports happen here, before any request."""
    tokenizer = None  # the library default (rjieba when installed)
    if system.endswith("-jieba"):
        from summarizer.tokenize import get_tokenizer

        system = system[: -len("-jieba")]
        tokenizer = get_tokenizer("jieba")
        tokenizer.cut("预热")
    if system == "rjieba":
        import rjieba

        def run(text, k, budget):
            return {"summary": "", "sentences": [], "extra": {"tokens": len(rjieba.cut(text))}}

        return run
    if system == "textrank":
        from summarizer.textrank import extract

        def run(text, k, budget):
            return [s.text for s in extract(text, k=k, budget_chars=budget, tokenizer=tokenizer)]

        return run
    if system == "lead":
        from benchmarks.oracle import lead_k

        return lambda text, k, budget: lead_k(text, k)
    if system in ("pipeline", "seq2seq"):
        from summarizer.evaluation.aspects import predictions_from_summary
        from summarizer.pipeline import StageTimes, summarize

        method = "textrank" if system == "pipeline" else "seq2seq"
        # the checkpoint directory or registry name; summarize() loads it once per process
        extra_kw = {"model": model} if method == "seq2seq" and model is not None else {}

        def run(text, k, budget):
            st = StageTimes()
            opts = dict(extra_kw, method=method)
            if budget is not None:
                opts["summary_chars"] = max(20, int(budget))
            doc = summarize(text, timings=st, tokenizer=tokenizer, **opts)
            preds = predictions_from_summary(doc)
            return {
                "summary": "".join(e.summary for e in doc.essays),
                "sentences": [p.text for e in doc.essays for p in e.summary_sentences],
                "extra": {"stages": _stages(st), "essays": len(doc.essays),
                          "predictions": {str(i): v for i, v in preds.items()}},
            }

        return run
    if system in ("jieba-hmm", "jieba-nohmm"):
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        hmm = system == "jieba-hmm"

        def run(text, k, budget):
            jieba.dt.check_initialized()
            words = jieba.lcut(text, HMM=hmm)
            return {"summary": "", "sentences": [], "extra": {"tokens": len(words)}}

        return run
    raise SystemExit(f"unknown system {system!r}; use one of {', '.join(SYSTEMS)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--system", choices=SYSTEMS, required=True)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    serve(build(args.system, args.model))


if __name__ == "__main__":
    main()
