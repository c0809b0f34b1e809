"""Word vectors learned from the project's own text, for the collection themes' similarity (theme46).

``python -m benchmarks.theme_vectors --out PATH [--dims 64] [--vocab 16000] [--window 4] [--min-count 5] [--pairs]``

Round 46 of issue 14 (README, *Keyphrases and collection themes*): can a word similarity learned from our own
text join the points that say one thing in other words? Measured, it does not (the README's Round 46): nothing
of it ships, and this script keeps the experiment repeatable. It builds a ``.npz`` of word vectors with no download,
from:

* the documents of ``benchmarks/data/aspects/docs`` whose id is below :data:`BLIND_FROM` (the blind Parts are never
  read), **less** the documents of every held-out and fresh theme collection of ``benchmarks/data/themes``
  (so that the held-out and fresh B-cubed figures of ``python -m benchmarks.themes`` measure a similarity that never
  saw their text), and
* the documents of the shared ``aspects_dev`` set (``../shared/data/aspects_dev/docs``) when present.

Each document is read as the product reads it (:func:`summarizer.readers.read_path`), put in its Simplified view
(:func:`summarizer.script.simplified_view`), cut into sentences at ``。！？；`` and line breaks, and each sentence into
content words (:meth:`summarizer.tokenize.Tokenizer.content_tokens`: jieba words, stopwords, punctuation and
numbers dropped; only words holding a Han character are kept). The ``--vocab`` most frequent words seen at least
``--min-count`` times are the vocabulary. Co-occurrence counts within ``--window`` words either side inside one
sentence (weighted 1/distance) give a positive pointwise mutual information matrix (context distribution smoothed
by the power 0.75, Levy, Goldberg & Dagan 2015), reduced by truncated SVD (``sklearn.utils.extmath.randomized_svd``,
``random_state=0``) to ``--dims`` dimensions; a word's vector is ``U·√Σ``, L2-normalised, stored as float16 with
the vocabulary (one word a line, most frequent first) and each word's document frequency (``df``) and the number
of documents (``n_docs``) for IDF weights (2.0 MB at 64 dimensions). Deterministic for one machine's BLAS.

``--pairs`` then scores the vectors on the gold points of ``benchmarks/data/themes`` (:func:`pair_scores`): over
the pairs of points of two essays, how well the lexical cosine of :func:`summarizer.collection.vectors`, the
learned cosine and their mix rank the pairs of one gold theme above the others (ROC AUC), per set (tuned, held
out, fresh), and how many gold pairs the lexical cosine leaves under the threshold that the learned one reaches.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "data" / "aspects" / "docs"
THEMES = ROOT / "data" / "themes"
#: First document id of the blind Parts of session 46: never read.
BLIND_FROM = 5320
_SENTENCES = re.compile(r"[。！？!?；;\n]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def shared_dev() -> Path:
    """The shared ``aspects_dev`` documents folder (``../shared`` from the worktree, else ``/work/shared``)."""
    local = ROOT.parent.parent / "shared" / "data" / "aspects_dev" / "docs"
    return local if local.is_dir() else Path("/work/shared/data/aspects_dev/docs")


def excluded_names() -> set[str]:
    """File names of the documents of the held-out and fresh theme collections (kept out of the corpus)."""
    out: set[str] = set()
    for path in sorted(THEMES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("held_out") or gold.get("fresh"):
            if gold.get("docs") == "../aspects/docs":
                out.update(gold.get("files") or [])
    return out


def corpus_paths() -> list[Path]:
    """The documents read, in a fixed order (module docstring)."""
    skip = excluded_names()
    paths = []
    for p in sorted(DOCS.iterdir(), key=lambda p: p.name):
        stem = p.name.split(".", 1)[0]
        if not stem.isdigit() or int(stem) >= BLIND_FROM or p.name in skip:
            continue
        paths.append(p)
    dev = shared_dev()
    if dev.is_dir():
        paths.extend(sorted(dev.iterdir(), key=lambda p: p.name))
    return paths


def sentences_of(paths: list[Path]) -> tuple[list[list[list[str]]], int]:
    """Per document, its sentences as lists of content words; and how many documents could be read."""
    from summarizer.readers import read_path
    from summarizer.script import simplified_view
    from summarizer.tokenize import get_tokenizer
    tok = get_tokenizer()
    docs = []
    for p in paths:
        try:
            text = simplified_view(read_path(p).text)
        except Exception as exc:  # a file the reader refuses is left out (reported)
            print(f"skip {p.name}: {type(exc).__name__}", file=sys.stderr)
            continue
        sents = []
        for s in _SENTENCES.split(text):
            words = [w for w in tok.content_tokens(s) if _HAN.search(w)]
            if words:
                sents.append(words)
        docs.append(sents)
    return docs, len(docs)


def build(docs: list[list[list[str]]], dims: int, vocab_size: int, window: int, min_count: int
          ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """``(vocabulary, vectors (V, dims) float32 unit rows, document frequencies (V,))`` (module docstring)."""
    from sklearn.utils.extmath import randomized_svd
    counts: Counter[str] = Counter()
    dfs: Counter[str] = Counter()
    for d in docs:
        seen: set[str] = set()
        for s in d:
            counts.update(s)
            seen.update(s)
        dfs.update(seen)
    words = [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count][:vocab_size]
    index = {w: i for i, w in enumerate(words)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for d in docs:
        for s in d:
            ids = [index.get(w, -1) for w in s]
            for a, i in enumerate(ids):
                if i < 0:
                    continue
                for k in range(1, window + 1):
                    if a + k >= len(ids):
                        break
                    j = ids[a + k]
                    if j >= 0 and j != i:
                        rows += (i, j)
                        cols += (j, i)
                        vals += (1.0 / k, 1.0 / k)
    v = len(words)
    c = sparse.csr_matrix((np.asarray(vals), (rows, cols)), shape=(v, v))
    c.sum_duplicates()
    total = c.sum()
    row_sum = np.asarray(c.sum(axis=1)).ravel()
    ctx = np.asarray(c.sum(axis=0)).ravel() ** 0.75
    ctx = ctx / ctx.sum()
    coo = c.tocoo()
    pmi = np.log(coo.data * 1.0 / (row_sum[coo.row] / total) / ctx[coo.col] / total)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(v, v))
    u, s, _ = randomized_svd(ppmi, n_components=dims, n_iter=7, random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    return words, vec.astype(np.float32), np.asarray([dfs[w] for w in words], dtype=np.int32)


#: Weight of the learned cosine in the mix :func:`pair_scores` reports: ``(1 - w) × lexical + w × learned``.
MIX = 0.2
#: Fewest points of an aspect whose mean learned vector is subtracted (fewer: the corpus's mean).
CENTER_MIN = 8


def point_vectors(texts: list[str], profile, index: dict[str, int], vec: np.ndarray, idf: np.ndarray,
                  mean: np.ndarray) -> np.ndarray:
    """``(len(texts), d)`` unit rows (zero where no word is known): the IDF-weighted mean of the vectors of the
    content words of each point's compared first sentence (Simplified, frames and cue words out, near-synonyms read
    as one word, as :func:`summarizer.collection.weighted_features` reads it), centred on the points' mean (on the
    corpus's mean under :data:`CENTER_MIN` points)."""
    from summarizer import collection as c
    from summarizer.script import simplified_view
    from summarizer.tokenize import get_tokenizer
    tok = get_tokenizer()
    predicates, _ = c._cue_patterns()
    out = np.zeros((len(texts), vec.shape[1]))
    known = np.zeros(len(texts), dtype=bool)
    for r, t in enumerate(texts):
        view = c._first_sentence(c._read_from(t, profile, c._frames_end(t)))
        view = predicates.sub(" ", c._canonical_words(simplified_view(view)))
        ids = [index[w] for run in c._RUN.findall(view) for w in tok.content_tokens(run) if w in index]
        if ids:
            out[r] = (idf[ids][:, None] * vec[ids]).sum(axis=0) / max(float(idf[ids].sum()), 1e-12)
            known[r] = True
    out[known] -= out[known].mean(axis=0) if known.sum() >= CENTER_MIN else mean
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


def pair_scores(words: list[str], vec: np.ndarray, df: np.ndarray, n_docs: int) -> list[str]:
    """Lines of the ``--pairs`` table (module docstring) for the vectors ``vec`` of ``words``."""
    from sklearn.metrics import roc_auc_score

    from benchmarks.themes import _gold_items, collection_set
    from summarizer.collection import ASPECTS, DEFAULT_THRESHOLD, PROFILES, vectors
    index = {w: i for i, w in enumerate(words)}
    idf = np.log(n_docs / np.maximum(df.astype(np.float64), 1.0))
    mean = (df[:, None] * vec).sum(axis=0) / max(float(df.sum()), 1.0)
    by_set: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}
    for path in sorted(THEMES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for aspect in ASPECTS:
            items = _gold_items(gold, aspect)
            if len(items) < 3:
                continue
            texts = [t for _, t, _ in items]
            essays = np.asarray([k for k, _, _ in items])
            themes = np.asarray([g for _, _, g in items])
            _, kept = vectors(texts, PROFILES[aspect], essays=list(essays))
            lexical = (kept @ kept.T).toarray()
            e = point_vectors(texts, PROFILES[aspect], index, vec, idf, mean)
            learned = e @ e.T
            a, b = np.triu_indices(len(texts), 1)
            cross = essays[a] != essays[b]
            a, b = a[cross], b[cross]
            by_set.setdefault(collection_set(gold), []).append((themes[a] == themes[b], lexical[a, b], learned[a, b]))
    lines = [f"set: pairs, gold pairs; ROC AUC lexical / learned / mix {MIX}; gold pairs under the threshold "
             f"{DEFAULT_THRESHOLD}: learned cosine >= 0.5 / 0.6 / 0.7 (gold pairs of those pairs)"]
    for name, parts in sorted(by_set.items()):
        y = np.concatenate([p[0] for p in parts])
        lex = np.concatenate([p[1] for p in parts])
        emb = np.concatenate([p[2] for p in parts])
        low = lex < DEFAULT_THRESHOLD
        tails = " / ".join(f"{int((y & low & (emb >= t)).sum())} of {int((low & (emb >= t)).sum())}"
                           for t in (0.5, 0.6, 0.7))
        lines.append(f"{name}: {len(y)}, {int(y.sum())}; {roc_auc_score(y, lex):.3f} / {roc_auc_score(y, emb):.3f} / "
                     f"{roc_auc_score(y, (1 - MIX) * lex + MIX * emb):.3f}; {int((y & low).sum())} under: {tails}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.theme_vectors", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--vocab", type=int, default=16000)
    parser.add_argument("--window", type=int, default=4)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--pairs", action="store_true", help="score the vectors on the gold theme points")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the tokenised corpus (read or written)")
    args = parser.parse_args(argv)
    import pickle
    if args.cache is not None and args.cache.exists():
        docs, n = pickle.loads(args.cache.read_bytes())
    else:
        docs, n = sentences_of(corpus_paths())
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((docs, n)))
    words, vec, df = build(docs, args.dims, args.vocab, args.window, args.min_count)
    np.savez_compressed(args.out, words=np.asarray("\n".join(words)), vectors=vec.astype(np.float16), df=df,
                        n_docs=np.asarray(n))
    print(f"{n} documents, {len(words)} words, {args.dims} dimensions -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    if args.pairs:
        for line in pair_scores(words, vec.astype(np.float16).astype(np.float32), df, n):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
