"""``python -m benchmarks.tokenizer_agreement``: does rjieba (jieba-rs) cut every benchmark corpus as jieba does?

Three segmenters get exactly what :class:`summarizer.tokenize.Tokenizer` gives them (the document width-normalised
with :data:`summarizer.sentences.HALF_WIDTH`; precise mode, HMM on): ``jieba.lcut`` (the reference), ``rjieba.cut``
as published, and :func:`summarizer.tokenize.rjieba_cut` (the ``rjieba`` backend: jieba-rs plus jieba's cut of
ASCII runs no dictionary word covers). For every corpus (each JSONL file under ``shared/data``, the raw
``seed/seed.txt`` and the ``aspects_dev`` documents) it reports, for each rjieba variant against jieba:

* documents whose token sequences are identical (``documents identical``);
* token agreement: a token is a ``[start, end)`` character span; ``tokens agree`` = spans found in both
  segmentations / spans of jieba (the same as / rjieba's, within rounding, when the totals are equal);
* the first differing tokens, as examples.

Writes ``benchmarks/reports/tokenizer_agreement.json`` (or ``--out``) and prints a Markdown table. Units: tokens
are jieba words; characters are code points. Takes about two minutes (jieba's own speed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.datasets import shared_dir

__all__ = ["agreement", "corpora", "main", "spans"]


def spans(words: list[str]) -> set[tuple[int, int]]:
    """The ``[start, end)`` character spans of consecutive ``words`` (they concatenate to the text)."""
    out = set()
    pos = 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out


def corpora(data_dir: Path) -> dict[str, list[str]]:
    """Corpus name (``dataset/file``) -> its texts: every JSONL file's ``text`` fields, ``seed/seed.txt`` (decoded
    as the pipeline does) and the ``aspects_dev`` documents."""
    from summarizer.decode import decode_bytes

    out: dict[str, list[str]] = {}
    for path in sorted(data_dir.glob("*/*.jsonl")):
        texts = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    texts.append(json.loads(line)["text"])
        out[f"{path.parent.name}/{path.name}"] = texts
    seed = data_dir / "seed" / "seed.txt"
    if seed.is_file():
        out["seed/seed.txt"] = [decode_bytes(seed.read_bytes())[0]]
    docs = sorted((data_dir / "aspects_dev" / "docs").glob("*.txt"))
    if docs:
        out["aspects_dev/docs"] = [decode_bytes(p.read_bytes())[0] for p in docs]
    return out


def agreement(texts: list[str], cut_a, cut_b, examples: int = 3, cuts_a: list[list[str]] | None = None) -> dict:
    """Compare two segmenters (``text -> list of words``) on ``texts``: documents identical, token spans shared,
    seconds each, and up to ``examples`` differences ``{"a": [...], "b": [...]}`` (the differing stretch).
    ``cuts_a``: ``cut_a``'s words of each text, already computed (then ``seconds_a`` is 0)."""
    from summarizer.sentences import HALF_WIDTH

    same_docs = shared = n_a = n_b = chars = 0
    secs_a = secs_b = 0.0
    diffs = []
    for i, text in enumerate(texts):
        t = text.translate(HALF_WIDTH)
        chars += len(t)
        t0 = time.perf_counter()
        a = cut_a(t) if cuts_a is None else cuts_a[i]
        t1 = time.perf_counter()
        b = cut_b(t)
        secs_a += t1 - t0
        secs_b += time.perf_counter() - t1
        if a == b:
            same_docs += 1
            shared += len(a)
            n_a += len(a)
            n_b += len(b)
            continue
        sa, sb = spans(a), spans(b)
        shared += len(sa & sb)
        n_a += len(a)
        n_b += len(b)
        if len(diffs) < examples:
            only = sorted((sa ^ sb))
            lo = only[0][0]
            hi = max(e for _, e in only[:6])
            diffs.append({"a": [t[s:e] for s, e in sorted(sa) if s >= lo and e <= hi][:12],
                          "b": [t[s:e] for s, e in sorted(sb) if s >= lo and e <= hi][:12]})
    return {"documents": len(texts), "documents_identical": same_docs, "chars": chars, "tokens_a": n_a,
            "tokens_b": n_b, "tokens_shared": shared, "token_agreement": shared / n_a if n_a else 1.0,
            "seconds_a": secs_a, "seconds_b": secs_b, "examples": diffs}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.tokenizer_agreement", description=__doc__.split("\n")[0])
    p.add_argument("--shared-dir", type=Path, help="shared folder (default: $SUMMARIZER_SHARED_DIR or ../shared)")
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "reports" / "tokenizer_agreement.json")
    p.add_argument("--limit", type=int, help="at most N documents per corpus")
    args = p.parse_args(argv)
    import importlib.metadata as md

    import rjieba

    from summarizer.sentences import HALF_WIDTH
    from summarizer.tokenize import jieba_module, rjieba_cut

    jieba = jieba_module()
    data_dir = (args.shared_dir or shared_dir()) / "data"
    variants = {"rjieba.cut": rjieba.cut, "rjieba backend": rjieba_cut}
    rows: dict[str, dict] = {v: {} for v in variants}
    jieba_seconds: dict[str, float] = {}
    for name, texts in corpora(data_dir).items():
        texts = texts[: args.limit] if args.limit else texts
        t0 = time.perf_counter()
        ref = [jieba.lcut(t.translate(HALF_WIDTH)) for t in texts]
        jieba_seconds[name] = time.perf_counter() - t0
        for v, cut in variants.items():
            r = rows[v][name] = agreement(texts, jieba.lcut, cut, cuts_a=ref)
            r["seconds_a"] = jieba_seconds[name]
            print(f"[agreement] {name}, {v}: {r['documents_identical']}/{r['documents']} documents identical, "
                  f"tokens {r['token_agreement']:.6f}", file=sys.stderr, flush=True)
    keys = ("documents", "documents_identical", "chars", "tokens_a", "tokens_b", "tokens_shared", "seconds_a",
            "seconds_b")
    totals = {}
    for v in variants:
        total = {k: sum(r[k] for r in rows[v].values()) for k in keys}
        total["token_agreement"] = total["tokens_shared"] / total["tokens_a"] if total["tokens_a"] else 1.0
        totals[v] = total
    out = {"reference": f"jieba {md.version('jieba')} lcut (HMM)", "rjieba": md.version("rjieba"),
           "variants": {"rjieba.cut": "rjieba.cut(text) as published (HMM)",
                        "rjieba backend": "summarizer.tokenize.rjieba_cut: rjieba.cut + jieba's cut of ASCII runs"},
           "input": "text.translate(summarizer.sentences.HALF_WIDTH), as Tokenizer cuts it",
           "corpora": rows, "total": totals}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("| corpus | documents | jieba words | rjieba.cut: documents identical / word spans agree | rjieba backend: "
          "documents identical / word spans agree | jieba s | rjieba backend s |")
    print("|---|---|---|---|---|---|---|")
    a, b = rows["rjieba.cut"], rows["rjieba backend"]
    for name in [*a, "**all**"]:
        ra = a[name] if name in a else totals["rjieba.cut"]
        rb = b[name] if name in b else totals["rjieba backend"]
        print(f"| {name} | {ra['documents']:,} | {ra['tokens_a']:,} | {ra['documents_identical']:,} / "
              f"{ra['token_agreement']:.4%} | {rb['documents_identical']:,} / {rb['token_agreement']:.4%} | "
              f"{ra['seconds_a']:.1f} | {rb['seconds_b']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
