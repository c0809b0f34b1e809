"""The systems compared: ours, baselines, the oracle, the published peers and the jieba speed floor.

Every system except the oracle runs in its own worker process (``benchmarks/peers/*_worker.py``) speaking the
JSONL protocol; ours use the project's interpreter, each peer the interpreter of its own virtual environment
(:mod:`benchmarks.venvs`), so peers never constrain our dependencies.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PEER_SYSTEMS", "SYSTEMS", "System"]


@dataclass(frozen=True)
class System:
    """One system.

    ``kind``: ``"ours"``, ``"baseline"``, ``"oracle"`` (in-process, reads the reference), ``"peer"`` or
    ``"floor"`` (speed only). ``env``: the peer virtual environment it runs in (``None``: the project's
    interpreter). ``worker``: the worker script (in ``benchmarks/peers/``) and its arguments. ``scope``:
    ``"all"`` datasets or only the ``"long"`` ones. ``view``: ``"docs"`` (what every system gets) or ``"raw"``
    (the whole raw seed.txt instead of its essays). ``scored``: whether its output is scored.
    """

    name: str
    kind: str
    description: str
    env: str | None = None
    worker: tuple[str, ...] = ()
    scope: str = "all"
    view: str = "docs"
    scored: bool = True


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System("ours-textrank", "ours", "summarizer.textrank.extract(text, k, budget_chars=B) (default tokenizer: "
               "rjieba, jieba's words)", worker=("ours_worker.py", "--system", "textrank")),
        System("ours-pipeline", "ours", "summarizer.summarize(text): clean, essays, structure, TextRank, aspects "
               "(long documents; the whole raw seed.txt; default tokenizer: rjieba)",
               worker=("ours_worker.py", "--system", "pipeline"), scope="long", view="raw"),
        System("ours-textrank-jieba", "ours", "ours-textrank with the jieba fallback backend "
               "(tokenizer=get_tokenizer('jieba'): what runs without rjieba or with a user dictionary)",
               worker=("ours_worker.py", "--system", "textrank-jieba")),
        System("ours-pipeline-jieba", "ours", "ours-pipeline with the jieba fallback backend",
               worker=("ours_worker.py", "--system", "pipeline-jieba"), scope="long", view="raw"),
        System("ours-seq2seq", "ours", "summarizer.summarize(text, method='seq2seq') (needs --model DIR)",
               worker=("ours_worker.py", "--system", "seq2seq")),
        System("lead", "baseline", "lead-k: the first k sentences (our splitter)",
               worker=("ours_worker.py", "--system", "lead")),
        System("oracle", "oracle", "greedy extractive oracle (sees the reference): upper bound under the budget"),
        System("textrank4zh", "peer", "textrank4zh TextRank4Sentence (README usage, source='all_filters')",
               env="textrank4zh", worker=("textrank4zh_worker.py",)),
        System("snownlp", "peer", "SnowNLP(text).summary(k)", env="snownlp", worker=("snownlp_worker.py",)),
        System("sumy-lexrank", "peer", "sumy LexRankSummarizer, Tokenizer('chinese')", env="sumy",
               worker=("sumy_worker.py", "--algorithm", "lexrank")),
        System("sumy-textrank", "peer", "sumy TextRankSummarizer, Tokenizer('chinese')", env="sumy",
               worker=("sumy_worker.py", "--algorithm", "textrank")),
        System("sumy-lsa", "peer", "sumy LsaSummarizer, Tokenizer('chinese')", env="sumy",
               worker=("sumy_worker.py", "--algorithm", "lsa")),
        System("sumy-luhn", "peer", "sumy LuhnSummarizer, Tokenizer('chinese')", env="sumy",
               worker=("sumy_worker.py", "--algorithm", "luhn")),
        System("jieba-hmm", "floor", "jieba.lcut(text, HMM=True) alone: the tokenization floor (our tokenizer's mode)",
               worker=("ours_worker.py", "--system", "jieba-hmm"), scope="long", view="raw", scored=False),
        System("jieba-nohmm", "floor", "jieba.lcut(text, HMM=False) alone",
               worker=("ours_worker.py", "--system", "jieba-nohmm"), scope="long", view="raw", scored=False),
        System("rjieba", "floor", "rjieba.cut(text) alone (jieba-rs, HMM on)",
               worker=("ours_worker.py", "--system", "rjieba"), scope="long", view="raw", scored=False),
    )
}

PEER_SYSTEMS = tuple(n for n, s in SYSTEMS.items() if s.kind == "peer")
