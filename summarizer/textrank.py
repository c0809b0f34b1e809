"""Extractive summarization: TextRank sentence graph, weighted PageRank, MMR selection (numpy only).

Methods:

* Sentence similarity and graph ranking: R. Mihalcea and P. Tarau, "TextRank: Bringing Order into Texts",
  EMNLP 2004 (section 4.1: sentence extraction, similarity = content overlap normalised by sentence length).
* PageRank: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank Citation Ranking: Bringing Order to
  the Web", Stanford tech. report 1998 (weighted by edge weight as in Mihalcea & Tarau, eq. 2; teleport and
  dangling-node handling as in networkx).
* Selection: J. Carbonell and J. Goldstein, "The Use of MMR, Diversity-Based Reranking for Reordering
  Documents and Producing Summaries", SIGIR 1998.

Everything is deterministic under any ``PYTHONHASHSEED``: the vocabulary is numbered in order of first
appearance, no set or dict is iterated to produce an order, and ties are broken by position.

Memory and time are linear in the text: the similarity graph is sparse (:class:`SparseGraph`, an edge list), built
from an inverted
index (word -> sentences), so only pairs that share a word are stored and each PageRank iteration costs
O(sentences + edges). Two documented caps keep adversarial texts linear: words so frequent that the graph would
pass :data:`MAX_PAIRS` pairs are left out of it (see :func:`_overlap_counts`), and MMR compares the
:data:`MMR_POOL` best-scored candidates only (its redundancy matrix is dense over that pool). Essays below both
caps rank and select exactly as with a dense graph.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from summarizer.chars import has_content, process_memo
from summarizer.errors import EmptyInputError
from summarizer.sentences import Sentence, split_sentences
from summarizer.tokenize import Tokenizer, get_tokenizer

__all__ = [
    "RankedSentence",
    "similarity_matrix",
    "redundancy_matrix",
    "pagerank",
    "power_iteration",
    "affine_step_matrix",
    "mmr_select",
    "Ranking",
    "Selection",
    "content_tokens",
    "rank",
    "select",
    "rank_sentences",
    "extract",
    "DEFAULT_POSITION_BIAS",
    "DEFAULT_K",
    "SparseGraph",
    "MAX_PAIRS",
    "MMR_POOL",
]

log = logging.getLogger(__name__)

#: Sentences returned by :func:`extract` when none of ``k``, ``ratio``, ``budget_chars`` is given.
DEFAULT_K = 3
#: Scores closer than this (relative) are ties, broken by position.
_TIE_RTOL = 1e-9
#: Pairs generated per bincount chunk in :func:`_overlap_counts` (bounds temporary memory).
_PAIR_CHUNK = 500_000
#: Graphs of at most this many sentences are ranked with a dense matrix (at most 2 MB), larger ones over their edges.
_DENSE_MAX = 500
#: Most sentence pairs (sharing a word) of one TextRank graph; see :func:`_overlap_counts` for the rule.
MAX_PAIRS = 1_000_000
#: Most candidates MMR compares (the best-scored ones, ties by position): redundancy is a dense pool x pool matrix.
MMR_POOL = 1_000
#: MMR's default similarity at which a candidate is a near-duplicate of a picked one (:func:`mmr_select`).
DUPLICATE_THRESHOLD = 0.95


@dataclass(frozen=True)
class RankedSentence:
    """A selected sentence with its provenance.

    Attributes:
        index: the sentence's position in the full sentence list (:attr:`Sentence.index`, headings included).
        start, end: half-open character offsets of the sentence in the input (as in :class:`Sentence`).
        text: the sentence, sliced from the input.
        score: its PageRank centrality among the candidate sentences (the scores of all candidates sum to 1;
            ``1/N`` each when the graph has no edges or the lead fallback is used).
    """

    index: int
    start: int
    end: int
    text: str
    score: float


#: :meth:`SparseGraph.take` of a graph of at most this many stored entries runs on Python lists.
_TAKE_PLAIN = 64


@dataclass(frozen=True, eq=False)
class SparseGraph:
    """Symmetric sparse weights between ``n`` sentences: an edge list (coordinate format).

    Attributes:
        n: number of nodes (sentences).
        row, col: ``(m,)`` int64 end points of the stored entries, both directions of each pair stored, sorted by
            ``(row, col)``; no diagonal entry.
        data: ``(m,)`` float64 weights (``data[k]`` = weight of ``row[k] → col[k]``).

    Only pairs with a weight are stored, so memory is O(n + m); a mat-vec costs O(n + m) (``np.bincount``).
    """

    n: int
    row: np.ndarray
    col: np.ndarray
    data: np.ndarray

    @classmethod
    def empty(cls, n: int) -> SparseGraph:
        """The graph of ``n`` nodes with no edge."""
        return cls(n, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))

    @property
    def shape(self) -> tuple[int, int]:
        return (self.n, self.n)

    def take(self, idx: Sequence[int] | np.ndarray) -> SparseGraph:
        """The subgraph of the nodes ``idx`` (ascending, distinct), renumbered ``0 … len(idx) − 1``."""
        if len(self.row) <= _TAKE_PLAIN:  # a few edges: the same arrays from Python lists (numpy's overhead dominates)
            pos_of = {int(v): k for k, v in enumerate(idx)}
            kept = [(pos_of[r], pos_of[c], d) for r, c, d in zip(self.row.tolist(), self.col.tolist(),
                                                                 self.data.tolist()) if r in pos_of and c in pos_of]
            return SparseGraph(len(pos_of), np.array([k[0] for k in kept], dtype=np.int64),
                               np.array([k[1] for k in kept], dtype=np.int64),
                               np.array([k[2] for k in kept], dtype=np.float64))
        idx = np.asarray(idx, dtype=np.int64)
        pos = np.full(self.n, -1, dtype=np.int64)
        pos[idx] = np.arange(len(idx))
        r, c = pos[self.row], pos[self.col]
        keep = (r >= 0) & (c >= 0)
        return SparseGraph(len(idx), r[keep], c[keep], self.data[keep])

    def with_data(self, data: np.ndarray) -> SparseGraph:
        """The same edges with other weights (zero weights dropped)."""
        keep = data != 0
        return SparseGraph(self.n, self.row[keep], self.col[keep], data[keep])

    def toarray(self) -> np.ndarray:
        """Dense ``(n, n)`` float64 matrix (``8·n²`` bytes: for a bounded ``n`` only)."""
        out = np.zeros((self.n, self.n))
        out[self.row, self.col] = self.data
        return out


def _overlap_counts(token_lists: Sequence[Sequence[str]]) -> tuple[SparseGraph, np.ndarray, np.ndarray]:
    """Shared-word counts of the sentence pairs that share a word, from an inverted index (word -> sentences).

    Returns ``(overlap, n_tokens, n_types)``: ``overlap`` is a :class:`SparseGraph` whose entry ``(i, j)``
    (``i != j``) is the number of distinct words that occur in both sentence i
    and j (pairs sharing no word are not stored; the diagonal is not stored: it would be ``n_types``);
    ``n_tokens[i]`` is the number of tokens of sentence i (repeats counted), ``n_types[i]`` its number of
    distinct words. Memory and time are O(tokens + stored pairs).

    Cap (:data:`MAX_PAIRS`): a word held by ``df`` sentences makes ``df·(df − 1)/2`` pairs, so one word shared
    by every sentence of a long text (10,000 sentences all holding 好) would make the graph dense again. Words
    are taken in order of rising document frequency while the pairs they make stay within ``MAX_PAIRS``; from
    the first document frequency that would pass it, that word and every more frequent word are left out of
    the graph (they still count in ``n_tokens`` and ``n_types``). A normal essay makes far fewer pairs and is
    unaffected; an adversarial one keeps its rarer, more telling words.
    """
    n = len(token_lists)
    n_tokens = np.array([len(t) for t in token_lists], dtype=np.float64)
    sets, postings = _postings(token_lists)
    small = _overlap_counts_small(token_lists, n_tokens, (sets, postings))
    if small is not None:
        return small
    if not postings:
        return SparseGraph.empty(n), n_tokens, np.zeros(n)
    # the distinct (word, sentence) pairs, grouped by word and each word's sentences in order, are the postings
    # (the words' numbering, here the postings' order, changes no count below: every result is sorted or summed)
    n_types = np.array([len(w) for w in sets], dtype=np.float64)
    members, sizes = _shared_groups(postings, n)
    keys: list[np.ndarray] = []
    if len(sizes):
        first = np.cumsum(sizes) - sizes
        cost = np.cumsum(sizes * (sizes - 1) // 2)
        g, n_groups = 0, len(sizes)
        while g < n_groups:  # chunks of about _PAIR_CHUNK pairs; every pass takes at least one word
            done = cost[g - 1] if g else 0
            g1 = max(g + 1, int(np.searchsorted(cost, done + _PAIR_CHUNK, side="right")))
            keys.append(_upper_pair_keys(members[first[g]: first[g1 - 1] + sizes[g1 - 1]], sizes[g:g1], n))
            g = g1
    if not keys:
        return SparseGraph.empty(n), n_tokens, n_types
    # one key per shared word and pair i < j: the count of each pair is its number of shared words; sorted in place
    # and counted from the run boundaries (np.unique's sorted copy, mask and index arrays are not made)
    upper = np.concatenate(keys) if len(keys) > 1 else keys[0]
    del keys
    upper.sort()
    starts = np.flatnonzero(np.concatenate(([True], upper[1:] != upper[:-1])))
    counts = np.diff(np.append(starts, len(upper))).astype(np.float64)
    upper = upper[starts]
    # both orders of each pair, in the order of their keys i·n + j (the row-major order of the stored entries)
    r, c = np.divmod(upper, n)
    del upper
    both = np.concatenate((r * n + c, c * n + r))
    del r, c
    order = np.argsort(both, kind="stable")
    r, c = np.divmod(both[order], n)
    del both
    return SparseGraph(n, r, c, np.concatenate((counts, counts))[order]), n_tokens, n_types


def _upper_pair_keys(chunk: np.ndarray, m: np.ndarray, n: int) -> np.ndarray:
    """Keys ``i·n + j`` (int64) of the pairs ``i < j`` within each group of ``chunk``: ``chunk`` holds the groups one
    after another, ``m`` their sizes, each group's members ascending and distinct (a word's sentences). One key per
    pair and group; memory O(pairs)."""
    local = np.arange(len(chunk)) - np.repeat(np.cumsum(m) - m, m)  # each member's index within its group
    reps = np.repeat(m, m) - local - 1  # each member pairs with the members after it in its group
    total = int(reps.sum())
    run_start = np.repeat(np.cumsum(reps) - reps, reps)
    right = np.repeat(np.arange(len(chunk)), reps) + 1 + (np.arange(total) - run_start)
    del run_start
    return np.repeat(chunk, reps) * n + chunk[right]


def _shared_groups(postings: dict[str, list[int]], n: int) -> tuple[np.ndarray, np.ndarray]:
    """``(members, sizes)``: the sentences of each word held by two or more sentences (:func:`_postings`), one group
    after another in the postings' order (each ascending), and the groups' sizes, the :data:`MAX_PAIRS` cap of
    :func:`_overlap_counts` applied (from the first document frequency whose words would pass it, that word and
    every more frequent one left out). ``n``: the number of sentences (for the log line)."""
    sizes = np.fromiter(map(len, postings.values()), dtype=np.int64, count=len(postings))
    shared_lists = [p for p in postings.values() if len(p) >= 2]
    members = np.fromiter(itertools.chain.from_iterable(shared_lists), dtype=np.int64,
                          count=sum(map(len, shared_lists)))  # sentences of the words shared by two or more
    sizes = sizes[sizes >= 2]
    if len(sizes):
        pairs = sizes * (sizes - 1) // 2
        order = np.argsort(sizes, kind="stable")  # rarest words first
        within = np.cumsum(pairs[order]) <= MAX_PAIRS
        if not within.all():  # the cap: leave out the first document frequency that passes it and all above
            cut = sizes[order][int(np.argmin(within))]
            keep = sizes < cut
            log.info("textrank: %d words held by %d or more of %d sentences left out of the graph (cap %d pairs)",
                     int((~keep).sum()), int(cut), n, MAX_PAIRS)
            members = members[np.repeat(keep, sizes)]
            sizes = sizes[keep]
    return members, sizes


def _dense_overlap_counts(token_lists: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_overlap_counts` as a dense ``(n, n)`` float64 matrix of shared-word counts (diagonal 0) and the
    distinct words per sentence, for a bounded ``n`` (a candidate pool whose dense result is wanted anyway): the
    same counts and the same :data:`MAX_PAIRS` cap, counted into the matrix chunk by chunk, so no edge list of up
    to ``2·MAX_PAIRS`` entries is held (issue 9: a 1,000-sentence pool sharing one bigram peaked at 62 MiB that
    way). Memory ``8·n²`` bytes plus one chunk of pairs."""
    n = len(token_lists)
    sets, postings = _postings(token_lists)
    n_types = np.array([len(w) for w in sets], dtype=np.float64)
    counts = np.zeros(n * n)
    members, sizes = _shared_groups(postings, n)
    if len(sizes):
        first = np.cumsum(sizes) - sizes
        cost = np.cumsum(sizes * (sizes - 1) // 2)
        g, n_groups = 0, len(sizes)
        while g < n_groups:  # chunks of about _PAIR_CHUNK pairs, as in _overlap_counts
            done = cost[g - 1] if g else 0
            g1 = max(g + 1, int(np.searchsorted(cost, done + _PAIR_CHUNK, side="right")))
            keys = _upper_pair_keys(members[first[g]: first[g1 - 1] + sizes[g1 - 1]], sizes[g:g1], n)
            counts += np.bincount(keys, minlength=n * n)
            del keys
            g = g1
    counts = counts.reshape(n, n)
    counts += counts.T  # each pair was counted once, as i < j
    return counts, n_types


#: :func:`_overlap_counts` of a graph generating at most this many (ordered) pairs runs in plain Python: numpy's
#: per-call overhead would dominate (a short essay's graph), and the :data:`MAX_PAIRS` cap cannot apply.
_SMALL_PAIRS = 4_000


def _overlap_counts_small(token_lists: Sequence[Sequence[str]], n_tokens: np.ndarray,
                          postings: tuple[list[set[str]], dict[str, list[int]]] | None = None,
                          ) -> tuple[SparseGraph, np.ndarray, np.ndarray] | None:
    """:func:`_overlap_counts` (the same arrays) for a small graph, from Python sets and dicts; ``None`` when the
    graph would generate more than :data:`_SMALL_PAIRS` pairs. ``postings``: :func:`_postings` of ``token_lists``
    when the caller has it."""
    n = len(token_lists)
    small = _small_pair_counts(token_lists, postings)
    if small is None:
        return None
    counts, types = small
    n_types = np.array(types, dtype=np.float64)
    if not any(types):
        return SparseGraph.empty(n), n_tokens, np.zeros(n)
    if not counts:
        return SparseGraph.empty(n), n_tokens, n_types
    keys = sorted(counts)
    r, c = np.divmod(np.array(keys, dtype=np.int64), n)
    return SparseGraph(n, r, c, np.array([counts[k] for k in keys], dtype=np.float64)), n_tokens, n_types


def _postings(token_lists: Sequence[Sequence[str]]) -> tuple[list[set[str]], dict[str, list[int]]]:
    """Each sentence's set of distinct words, and each word's sentences (ascending, each once): the inverted index
    of :func:`_small_pair_counts` and :func:`_overlap_counts`. Linear in the tokens."""
    sets = [set(t) for t in token_lists]
    postings: dict[str, list[int]] = {}
    for i, words in enumerate(sets):
        for w in words:
            postings.setdefault(w, []).append(i)
    return sets, postings


def _small_pair_counts(token_lists: Sequence[Sequence[str]],
                       postings: tuple[list[set[str]], dict[str, list[int]]] | None = None,
                       ) -> tuple[dict[int, int], list[int]] | None:
    """``({i·n + j: shared distinct words}, distinct words per sentence)`` of the pairs ``i != j`` that share a
    word, from Python sets; ``None`` when they would generate more than :data:`_SMALL_PAIRS` pairs. ``postings``:
    :func:`_postings` of ``token_lists`` when the caller has it."""
    n = len(token_lists)
    sets, postings = postings if postings is not None else _postings(token_lists)
    shared = [p for p in postings.values() if len(p) > 1]
    if sum(len(p) * len(p) for p in shared) > _SMALL_PAIRS:
        return None
    counts: dict[int, int] = {}
    for p in shared:
        for a in p:
            base = a * n
            for b in p:
                if a != b:
                    counts[base + b] = counts.get(base + b, 0) + 1
    return counts, [len(w) for w in sets]


def _mt_similarity(overlap: SparseGraph, n_tokens: np.ndarray) -> SparseGraph:
    """Mihalcea & Tarau similarity of the stored pairs of ``overlap`` (sparse in, sparse out, diagonal empty)."""
    logs = np.log(np.maximum(n_tokens, 1.0))
    denom = np.maximum(logs[overlap.row] + logs[overlap.col], math.log(2.0))  # guard: one-word sentences: log 1 = 0
    data = overlap.data / denom
    data[(n_tokens[overlap.row] == 0) | (n_tokens[overlap.col] == 0)] = 0.0
    return overlap.with_data(data)


def similarity_matrix(token_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """TextRank sentence similarity (Mihalcea & Tarau 2004, eq. 4), as a dense matrix.

    ``sim[i, j] = |{w : w in S_i and w in S_j}| / (log|S_i| + log|S_j|)`` where ``|S|`` counts the tokens of
    a sentence (repeats included) and the overlap counts distinct shared words.

    Args:
        token_lists: one list of (content) tokens per sentence, ``n`` lists.

    Returns:
        ``(n, n)`` float64, symmetric, non-negative, diagonal 0. Zero-denominator guard (B11): a sentence with
        no token has similarity 0 to everything; the denominator is floored at ``log 2`` so two one-word
        sentences (``log 1 + log 1 = 0``) sharing their word get ``1/log 2`` instead of a division by zero.
        ``n = 0`` gives a ``(0, 0)`` array. Dense: ``8·n²`` bytes, for a bounded ``n`` (a candidate pool);
        the pipeline keeps the graph sparse (:class:`Ranking`). The :data:`MAX_PAIRS` cap applies.
    """
    n = len(token_lists)
    if n <= 1:
        return np.zeros((n, n))
    small = _small_pair_counts(token_lists)
    if small is not None:  # a few sentences (MMR over an essay's candidates): the same values, no sparse detour
        lengths = [len(t) for t in token_lists]
        logs = np.log(np.maximum(np.array(lengths, dtype=np.float64), 1.0)).tolist()
        floor = math.log(2.0)
        out = [[0.0] * n for _ in range(n)]
        for key, count in small[0].items():
            a, b = divmod(key, n)
            if lengths[a] and lengths[b]:
                out[a][b] = count / max(logs[a] + logs[b], floor)
        return np.array(out, dtype=np.float64)
    overlap, n_tokens, _ = _overlap_counts(token_lists)
    return _mt_similarity(overlap, n_tokens).toarray()


def redundancy_matrix(token_lists: Sequence[Sequence[str]], texts: Sequence[str] | None = None) -> np.ndarray:
    """Content redundancy between sentences in ``[0, 1]``, for MMR: the cosine of their word-set vectors.

    ``red[i, j] = |W_i ∩ W_j| / sqrt(|W_i| · |W_j|)`` over distinct words; 1 means the same word set. When
    ``texts`` is given, sentences whose texts are equal once whitespace is removed are set to 1 even if they
    have no content token (e.g. all stopwords). Diagonal 1. Shape ``(n, n)``, dense (``8·n²`` bytes: for a
    bounded ``n``; past ``_MMR_PLAIN`` sentences the shared-word counts go straight into the matrix,
    :func:`_dense_overlap_counts`: about three times ``8·n²`` bytes at the peak, with no edge list).
    """
    if len(token_lists) <= _MMR_PLAIN:
        small = _small_pair_counts(token_lists)
        if small is not None:  # a few sentences: :func:`_cosine`'s Python path, straight from the pair counts
            counts, types = small
            n = len(types)
            plain = [[0.0] * n for _ in range(n)]
            for key, count in counts.items():
                r, c = divmod(key, n)
                denom = math.sqrt(types[r] * types[c])
                if denom > 0:
                    plain[r][c] = min(max(count / denom, 0.0), 1.0)
            return _cosine_finish(plain, texts)
    n = len(token_lists)
    if n <= _MMR_PLAIN:
        overlap, _, n_types = _overlap_counts(token_lists)
        return _cosine(overlap, n_types, texts)
    counts, n_types = _dense_overlap_counts(token_lists)
    return _dense_cosine(counts, n_types, texts)


def _cosine(overlap: SparseGraph, n_types: np.ndarray, texts: Sequence[str] | None) -> np.ndarray:
    """Dense ``(n, n)`` cosine redundancy of the sentences of a (bounded) candidate pool."""
    n = len(n_types)
    if n <= _MMR_PLAIN:  # a few sentences: the same element-wise operations in Python floats
        types = n_types.tolist()
        plain = [[0.0] * n for _ in range(n)]
        for r, c, value in zip(overlap.row.tolist(), overlap.col.tolist(), overlap.data.tolist()):
            denom = math.sqrt(types[r] * types[c])
            if denom > 0:
                plain[r][c] = min(max(value / denom, 0.0), 1.0)
        return _cosine_finish(plain, texts)
    red = np.zeros((n, n))
    denom = np.sqrt(n_types[overlap.row] * n_types[overlap.col])
    ok = denom > 0
    red[overlap.row[ok], overlap.col[ok]] = np.clip(overlap.data[ok] / denom[ok], 0.0, 1.0)
    for members in _equal_texts(texts):
        red[np.ix_(members, members)] = 1.0
    np.fill_diagonal(red, 1.0)
    return red


def _dense_cosine(counts: np.ndarray, n_types: np.ndarray, texts: Sequence[str] | None) -> np.ndarray:
    """:func:`_cosine` from the dense shared-word counts of :func:`_dense_overlap_counts` (``counts`` is changed in
    place and returned): the same values, element by element, with no edge list."""
    red = counts
    denom = np.sqrt(np.multiply.outer(n_types, n_types))
    ok = red > 0
    ok &= denom > 0
    np.divide(red, denom, out=red, where=ok)
    del denom
    red[~ok] = 0.0
    np.clip(red, 0.0, 1.0, out=red)
    for members in _equal_texts(texts):
        red[np.ix_(members, members)] = 1.0
    np.fill_diagonal(red, 1.0)
    return red


def _equal_texts(texts: Sequence[str] | None) -> list[list[int]]:
    """The groups of two or more indexes of ``texts`` whose texts are equal once white space is removed (each group
    in index order; none for ``None``): their similarity is 1 whatever their words. Linear in the characters."""
    groups: dict[str, list[int]] = {}
    for i, t in enumerate(() if texts is None else texts):
        groups.setdefault("".join(t.split()), []).append(i)
    return [members for members in groups.values() if len(members) > 1]


def _cosine_finish(plain: list[list[float]], texts: Sequence[str] | None) -> np.ndarray:
    """The ``(n, n)`` array of :func:`_cosine`'s Python path from its off-diagonal values ``plain`` (changed in
    place): equal texts (whitespace removed) set to 1, the diagonal 1."""
    n = len(plain)
    return np.array(_cosine_finish_plain(plain, texts), dtype=np.float64).reshape(n, n)


def _cosine_finish_plain(plain: list[list[float]], texts: Sequence[str] | None) -> list[list[float]]:
    """:func:`_cosine_finish` as Python lists: ``plain`` itself, changed in place."""
    n = len(plain)
    for members in _equal_texts(texts):
        for a in members:
            for b in members:
                plain[a][b] = 1.0
    for i in range(n):
        plain[i][i] = 1.0
    return plain


#: Position bias of :func:`extract` on plain text. Chosen on development splits only (first 400 records of LCSTS
#: PART II, CSL dev and CLGE-CSL val, k = 1, char ROUGE-L F1 at the reference-length budget): bias 0 / 0.3 / 0.6 /
#: 0.9 gave a mean of 0.2612 / 0.2644 / 0.2664 / 0.2674; 0.6 sits on the plateau. Test splits were not looked at.
DEFAULT_POSITION_BIAS = 0.6

#: The stronger lead prior of :func:`summarizer.pipeline.summary_stage` for a long written report with no sections
#: (legal news, commentary, a letter: what its opening states is what it is about): the whole teleport on the
#: harmonic prior (``bias = 1``) and PageRank damping 0.5 (teleport weight 0.5, not 0.15), so the first sentences
#: keep a lead unless later ones are far more central (the position-biased PageRank of PositionRank, Florescu &
#: Caragea 2017, over sentences; the lead bias of news, See et al. 2017, Zhong et al. 2019). Chosen on records 0-59
#: of lexeval_5_1, vcsum_seg and cfbenchmark_summary (ROUGE-L F1 against the summary at ``bias 0.6, damping
#: 0.85``): damping 0.5 and 0.3 gave the same gain on lexeval_5_1 (+0.013), 0.3 lost one CLTS+ sample; records
#: 60+ held out (benchmarks/README.md).
LEAD_POSITION_BIAS = 1.0
LEAD_DAMPING = 0.5


def position_prior(n: int, bias: float) -> np.ndarray | None:
    """Teleport distribution that favours early sentences, for a position-aware TextRank.

    ``p = (1 − bias) · uniform + bias · harmonic`` with ``harmonic_i ∝ 1 / (i + 1)`` over the ``n`` sentences
    in document order (the lead bias of news and abstracts; cf. the position-aware centrality of Zheng &
    Lapata 2019, PacSum). ``bias = 0`` gives ``None`` (plain uniform teleport, the original TextRank).

    Raises:
        ValueError: ``bias`` outside [0, 1].
    """
    if not 0.0 <= bias <= 1.0:
        raise ValueError(f"position bias must be in [0, 1], got {bias!r}")
    if bias == 0.0 or n == 0:
        return None
    if n <= _PRIOR_CACHED:
        return _cached_prior(n, float(bias)).copy()
    return _prior(n, bias)


#: :func:`position_prior` of at most this many sentences is computed once per ``(n, bias)`` (each essay asks it).
_PRIOR_CACHED = 512


@process_memo  # (speed23: a fact of the process, kept across documents)
@lru_cache(maxsize=256)
def _cached_prior(n: int, bias: float) -> np.ndarray:
    """:func:`_prior`, remembered (callers get a copy)."""
    return _prior(n, bias)


#: Iterations :func:`power_iteration` computes between two convergence checks on a graph of at most
#: :data:`BATCH_MAX_NODES` nodes (the checks of a batch are one vectorised computation; numpy's per-call overhead,
#: not arithmetic, is most of an essay's small graph's cost).
CHECK_EVERY = 8
#: Larger graphs are checked after every step: there a step's arithmetic outweighs the overhead saved, and the steps
#: a batch computes past convergence would be wasted (a long document's graph of thousands of sentences).
BATCH_MAX_NODES = 128


def power_iteration(step: Callable[[np.ndarray, np.ndarray], None], x: np.ndarray, limit: int,
                    threshold: float) -> tuple[bool, np.ndarray]:
    """Iterate ``x_{t+1} = step(x_t)`` from ``x`` (``(N,)`` float64) until the L1 change ``Σ|x_{t+1} − x_t|`` is
    below ``threshold``, at most ``limit`` times (``limit >= 1``). ``step(x_t, out)`` writes ``x_{t+1}`` into the
    ``(N,)`` array ``out`` (it must not keep either array). The iterates of :data:`CHECK_EVERY` steps are stored and
    their changes computed at once (numpy's pairwise sum over each row, as over a 1-D array); those after the first
    converged one are discarded, so the result is the iterate a check after every step would stop at, to the bit.
    A graph of more than :data:`BATCH_MAX_NODES` nodes is checked after every step.

    Returns:
        ``(True, the first converged iterate)``, or ``(False, the last iterate)`` after ``limit`` steps without
        convergence; a fresh array either way.
    """
    n = x.shape[0]
    if n > BATCH_MAX_NODES:
        for _ in range(limit):
            y = np.empty(n)
            step(x, y)
            err = np.add.reduce(np.absolute(np.subtract(y, x)))
            x = y
            if err < threshold:
                return True, x
        return False, x.copy()
    h = np.empty((min(CHECK_EVERY, limit) + 1, n))
    rows = list(h)  # (views)
    h[0] = x
    done = 0
    while done < limit:
        batch = min(CHECK_EVERY, limit - done)
        for t in range(batch):
            step(rows[t], rows[t + 1])
        errs = np.add.reduce(np.absolute(np.subtract(h[1:batch + 1], h[:batch])), axis=1)
        hits = (errs < threshold).tolist()
        if True in hits:
            return True, h[hits.index(True) + 1].copy()
        done += batch
        h[0] = h[batch]
    return False, h[0].copy()


def affine_step_matrix(pt: np.ndarray, dangling: np.ndarray, v: np.ndarray, damping: float) -> np.ndarray:
    """The PageRank step ``x ← d · (Pᵀ x + dangling mass · v) + (1 − d) · v`` (Page et al. 1998; :func:`pagerank`)
    as one ``(N + 1, N + 1)`` matrix ``A`` acting on ``[x, 1]``: ``A[:N, :N] = d · (Pᵀ + v · 1_danglingᵀ)``,
    ``A[:N, N] = (1 − d) · v``, ``A[N] = (0, …, 0, 1)``, so that a step is one matrix-vector product (numpy's
    per-call overhead, not arithmetic, is most of the cost of an essay's small graph). The same fixed point and the
    same convergence test (the last coordinate stays 1, its change 0); the iterates differ from the step taken
    term by term in the last bits only (another summation order).

    Args:
        pt: ``(N, N)`` transposed row-normalised transition matrix (``pt[j, i] = w[i, j] / out[i]``).
        dangling: ``(N,)`` bool, the nodes without outgoing weight (their column of ``pt`` is zero).
        v: ``(N,)`` teleport distribution (sums to 1).
        damping: in (0, 1).
    """
    n = v.shape[0]
    a = np.zeros((n + 1, n + 1))
    np.multiply(pt, damping, out=a[:n, :n])
    if dangling.any():
        a[:n, :n][:, dangling] += (damping * v)[:, None]
    a[:n, n] = (1.0 - damping) * v
    a[n, n] = 1.0
    return a


def _prior(n: int, bias: float) -> np.ndarray:
    """The ``(n,)`` teleport distribution of :func:`position_prior` (``n >= 1``, ``bias`` in (0, 1])."""
    harmonic = 1.0 / np.arange(1, n + 1, dtype=np.float64)
    return (1.0 - bias) / n + bias * harmonic / harmonic.sum()


def pagerank(weights: np.ndarray, damping: float = 0.85, max_iter: int = 200, tol: float = 1e-8,
             personalization: np.ndarray | None = None) -> np.ndarray:
    """Weighted PageRank by power iteration (Page et al. 1998; weighted form of Mihalcea & Tarau 2004, eq. 2).

    ``x ← d · (Pᵀ x + dangling mass / N) + (1 − d) / N`` with ``P`` the row-normalised weight matrix; rows with
    no outgoing weight (dangling nodes) spread their score uniformly. Converged when the L1 change is below
    ``N · tol`` (the networkx criterion).

    Args:
        weights: ``(N, N)`` non-negative finite edge weights (``weights[i, j]`` = edge i → j): a dense array or a
            :class:`SparseGraph` (the TextRank graph; each iteration then costs O(N + edges)).
        damping: probability of following an edge, in the open interval (0, 1); 0.85 by default.
        max_iter: iterations before the first retry (≥ 1).
        tol: per-node tolerance (≥ 0).
        personalization: ``(N,)`` teleport distribution (non-negative, normalised here; personalized
            PageRank, Haveliwala 2002); ``None`` is uniform. Dangling mass follows it too.

    Returns:
        ``(N,)`` float64 scores summing to 1. ``N = 0`` gives an empty array; a graph with no edges (or one
        node) gives uniform ``1/N``, as networkx 3.x does (B11).

    Raises:
        ValueError: ``damping`` outside (0, 1), ``weights`` not square, negative or not finite, ``max_iter < 1``
            or ``tol < 0``. Non-convergence never raises (B12): the iteration continues for ``10 · max_iter``
            more steps, and if it still has not converged the weighted degree centrality is returned and a
            warning is logged.
    """
    if not 0.0 < float(damping) < 1.0:
        raise ValueError(f"damping must be in the open interval (0, 1), got {damping!r}")
    if max_iter < 1:
        raise ValueError(f"max_iter must be >= 1, got {max_iter!r}")
    if not tol >= 0:
        raise ValueError(f"tol must be >= 0, got {tol!r}")
    if isinstance(weights, SparseGraph) and 1 < weights.n <= _PLAIN_MAX:
        x = _pagerank_tiny(weights, damping, max_iter, tol, personalization)
        if x is not None:
            return x
    if isinstance(weights, SparseGraph) and weights.n <= _DENSE_MAX:
        weights = weights.toarray()  # a small graph: a dense mat-vec is faster than gathering the edges
    edges = isinstance(weights, SparseGraph)
    w = weights if edges else np.asarray(weights, dtype=np.float64)
    if len(w.shape) != 2 or w.shape[0] != w.shape[1]:
        raise ValueError(f"weights must be a square matrix, got shape {w.shape}")
    n = w.shape[0]
    if n == 0:
        return np.zeros(0)
    values = w.data if edges else w
    if not np.isfinite(values).all() or (values < 0).any():
        raise ValueError("weights must be finite and non-negative")
    if personalization is None:
        v = np.full(n, 1.0 / n)
    else:
        v = np.asarray(personalization, dtype=np.float64)
        if v.shape != (n,) or not np.isfinite(v).all() or (v < 0).any() or v.sum() <= 0:
            raise ValueError("personalization must be a non-negative finite vector of length N with a positive sum")
        v = v / v.sum()
    out = np.bincount(w.row, weights=w.data, minlength=n) if edges else w.sum(axis=1)
    if n == 1 or not (out > 0).any():
        return v.copy() if personalization is not None else np.full(n, 1.0 / n)
    dangling = out == 0
    # transition matrix transposed, row-contiguous for a fast mat-vec: pt[j, i] = w[i, j] / out[i]
    norm = np.where(dangling, 1.0, out)
    if edges:
        p_data = w.data / norm[w.row]

        def product(x: np.ndarray, out: np.ndarray) -> None:  # Pᵀ x over the stored edges
            out[...] = np.bincount(w.col, weights=p_data * x[w.row], minlength=n)
    else:
        pt = (w / norm[:, None]).T
    if not edges and n <= _PLAIN_MAX:
        rows = [[(i, value) for i, value in enumerate(col) if value != 0.0]
                for col in pt.tolist()]  # Pᵀ's stored entries, row by row
        if all(len(row) <= 1 for row in rows):
            x = _pagerank_plain_cached(tuple(map(tuple, rows)), tuple(np.flatnonzero(dangling).tolist()),
                                       tuple(v.tolist()), damping, max_iter, tol)
            if x is not None:
                return x.copy()
    x = np.full(n, 1.0 / n)
    if edges:
        teleport = (1.0 - damping) * v
        # x ← d·(Pᵀx + dangling mass · v) + (1 − d)·v, in place (numpy's per-call overhead dominates); with no
        # dangling node the mass term is left out (it would add exact zeros)
        dangling_ids = np.flatnonzero(dangling) if dangling.any() else None
        add, multiply = np.add, np.multiply

        def step(x: np.ndarray, x_new: np.ndarray) -> None:
            product(x, x_new)
            if dangling_ids is not None:
                add(x_new, add.reduce(x[dangling_ids]) * v, out=x_new)
            multiply(x_new, damping, out=x_new)
            add(x_new, teleport, out=x_new)
    else:  # a dense graph: the same step as one matrix-vector product on [x, 1]
        step = affine_step_matrix(pt, dangling, v, damping).dot
        x = np.append(x, 1.0)
    for limit in (max_iter, 10 * max_iter):
        converged, x = power_iteration(step, x, limit, n * tol)
        if converged:
            x = x[:n]
            return x / x.sum()
        log.debug("pagerank: no convergence after %d iterations (N=%d, tol=%g); retrying", limit, n, tol)
    log.warning(
        "pagerank did not converge in %d iterations (N=%d, tol=%g); using weighted degree centrality",
        11 * max_iter,
        n,
        tol,
    )
    degree = out + (np.bincount(w.col, weights=w.data, minlength=n) if edges else w.sum(axis=0))
    return degree / degree.sum()


#: A dense graph of at most this many sentences whose transposed transition matrix has at most one entry per row (a
#: pair of sentences, disjoint pairs, a node linked to one other) is ranked in Python floats (:func:`_pagerank_plain`).
_PLAIN_MAX = 7


def _pagerank_tiny(w: SparseGraph, damping: float, max_iter: int, tol: float,
                   personalization: np.ndarray | None) -> np.ndarray | None:
    """:func:`pagerank` of a graph of at most :data:`_PLAIN_MAX` nodes given as a :class:`SparseGraph`, read from
    its edge list in Python floats (no dense matrix: the set-up of the numpy path costs more than the solve), or
    ``None`` where that path does not apply (a transposed transition row with two or more entries, a value that
    :func:`pagerank` refuses, no convergence): then :func:`pagerank` runs as usual. The very same scores: each node's
    out-weight summed in column order (what numpy's row sum gives for at most 7 terms), ``Pᵀ`` entries divided as
    numpy divides them, then :func:`_pagerank_plain`."""
    n = w.n
    data = w.data.tolist()
    if not all(math.isfinite(d) and d >= 0 for d in data):
        return None  # pagerank raises
    if personalization is None:
        v = None
    else:
        v = np.asarray(personalization, dtype=np.float64)
        if v.shape != (n,) or not np.isfinite(v).all() or (v < 0).any() or v.sum() <= 0:
            return None  # pagerank raises
        v = v / v.sum()
    return _pagerank_edges(n, w.row.tolist(), w.col.tolist(), data, None if v is None else tuple(v.tolist()),
                           damping, max_iter, tol)


def _pagerank_edges(n: int, rows: list[int], cols: list[int], data: list[float], v: tuple[float, ...] | None,
                    damping: float, max_iter: int, tol: float) -> np.ndarray | None:
    """The solve of :func:`_pagerank_tiny` from Python lists: the edges ``rows[k] → cols[k]`` (sorted by row, then
    column) of weight ``data[k]`` (finite, non-negative) among ``n`` (2 … :data:`_PLAIN_MAX`) nodes, ``v`` the
    normalised teleport (``None``: uniform). A fresh ``(n,)`` array, or ``None`` where the plain path does not apply
    (a transposed transition row with two or more entries, no convergence)."""
    out = [0.0] * n
    for r, d in zip(rows, data):  # (edges sorted by row, then column)
        out[r] += d
    if not any(o > 0 for o in out):
        return np.array(v) if v is not None else np.full(n, 1.0 / n)
    entries: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for r, c, d in zip(rows, cols, data):  # by row, so each column's entries come in row order
        value = d / out[r]
        if value != 0.0:
            entries[c].append((r, value))
    if any(len(e) > 1 for e in entries):
        return None
    x = _pagerank_plain_cached(tuple(map(tuple, entries)), tuple(i for i, o in enumerate(out) if o == 0),
                               v if v is not None else (1.0 / n,) * n, damping, max_iter, tol)
    return None if x is None else x.copy()


@process_memo  # (speed23: a fact of the process, kept across documents)
@lru_cache(maxsize=4096)
def _pagerank_plain_cached(rows: tuple[tuple[tuple[int, float], ...], ...], dangling: tuple[int, ...],
                           v: tuple[float, ...], damping: float, max_iter: int, tol: float) -> np.ndarray | None:
    """:func:`_pagerank_plain`, remembered (callers copy the array): a pure function of its arguments, and a tiny
    graph recurs — the same few shapes with the same weights (a pair of sentences sharing words: ``Pᵀ`` entries of
    1.0) and the same teleport (:func:`position_prior` depends on ``n`` alone) in essay after essay of a
    collection and in every short candidate pool; each solve takes about a hundred iterations."""
    return _pagerank_plain([list(r) for r in rows], list(dangling), list(v), damping, max_iter, tol)


def _pagerank_plain(rows: list[list[tuple[int, float]]], dangling: list[int], v: list[float], damping: float,
                    max_iter: int, tol: float) -> np.ndarray | None:
    """The power iteration of :func:`pagerank` in Python floats for a tiny graph (numpy's per-call overhead is most of
    its cost), or ``None`` when it does not converge within ``11 · max_iter`` steps. ``rows``: the non-zero entries
    ``(i, Pᵀ[j, i])`` of each row j, at most one each, so each ``(Pᵀx)_j`` is one rounded product, however numpy's
    mat-vec accumulates (a fused multiply-add included); the other sums (at most 7 terms) numpy adds in order too. The same
    operations in the same order as the numpy loop, so the very same scores."""
    n = len(rows)
    # one fused pass per iteration: each row's single product (``0.0 + p`` is ``p``: the products are not negative),
    # the dangling mass, the damping and teleport, and the L1 change, in the order of the loop of :func:`pagerank`
    src = [row[0][0] if row else -1 for row in rows]
    weight = [row[0][1] if row else 0.0 for row in rows]
    terms = list(zip(range(n), src, weight, v, [(1.0 - damping) * p for p in v]))
    x = [1.0 / n] * n
    limit = n * tol
    for _ in range(11 * max_iter):
        mass = 0.0
        for i in dangling:
            mass += x[i]
        y = []
        err = 0.0
        for j, i, value, p, t in terms:
            a = value * x[i] if i >= 0 else 0.0
            if dangling:
                a = a + mass * p
            a = a * damping + t
            err += abs(a - x[j])
            y.append(a)
        x = y
        if err < limit:
            total = 0.0
            for value in x:
                total += value
            return np.array(x) / total
    return None


def mmr_select(
    scores: Sequence[float] | np.ndarray,
    sim: np.ndarray,
    *,
    k: int | None = None,
    lengths: Sequence[int] | None = None,
    budget: int | None = None,
    lambda_: float = 0.7,
    duplicate_threshold: float = DUPLICATE_THRESHOLD,
    fill: bool = False,
    chosen: Sequence[int] = (),
) -> list[int]:
    """Greedy Maximal Marginal Relevance selection (Carbonell & Goldstein 1998).

    At each step picks ``argmax_i  λ · rel_i − (1 − λ) · max_{j selected} sim[i, j]`` where ``rel = scores /
    max(scores)``; equal values (within a relative 1e-9) go to the lowest index.

    Args:
        scores: ``(n,)`` relevance scores (e.g. PageRank), non-negative.
        sim: ``(n, n)`` redundancy matrix, ideally in [0, 1] with 1 = same content (:func:`redundancy_matrix`).
            If its largest off-diagonal entry exceeds 1 (e.g. a :func:`similarity_matrix`), it is divided by
            that entry first.
        k: most items to select (≥ 1); ``None`` = no count limit.
        lengths: ``(n,)`` item lengths in characters; required with ``budget``.
        budget: character budget: selection stops when the next chosen item would bring the total over it.
            The first item is always selected, even if longer than the budget.
        lambda_: relevance/diversity trade-off in [0, 1] (1 = pure relevance).
        duplicate_threshold: an item whose (scaled) similarity to an already selected item is at least this
            is a near-duplicate and is never selected, so the same point is not returned twice.
        fill: with ``budget``, an item that would pass the budget is skipped instead of ending the selection: the
            next-best items that still fit fill the rest (the word budget of sumy and gensim's ``summarize``).
            Each step still costs O(n), and each step picks or drops one item: O(n²) in all, for a bounded pool.
        chosen: items already selected (distinct): the selection starts from them (their lengths count against
            the budget, their redundancy applies, they count towards ``k``) and returns them with what it adds.

    Returns:
        Selected indices in ascending (document) order; at least one when ``scores`` is non-empty.

    Raises:
        ValueError: shapes disagree, ``k < 1``, ``lambda_`` outside [0, 1], ``budget`` without ``lengths``,
            ``budget < 1``, or a ``chosen`` item out of range or repeated.
    """
    rel = np.asarray(scores, dtype=np.float64).ravel()
    n = rel.shape[0]
    s = np.asarray(sim, dtype=np.float64)
    if s.shape != (n, n):
        raise ValueError(f"sim must have shape ({n}, {n}), got {s.shape}")
    if not 0.0 <= lambda_ <= 1.0:
        raise ValueError(f"lambda_ must be in [0, 1], got {lambda_!r}")
    if k is not None and k < 1:
        raise ValueError(f"k must be >= 1, got {k!r}")
    if budget is not None:
        if lengths is None:
            raise ValueError("budget needs lengths")
        if budget < 1:
            raise ValueError(f"budget must be >= 1 character, got {budget!r}")
    lens = None if lengths is None else np.asarray(lengths, dtype=np.int64)
    if lens is not None and lens.shape != (n,):
        raise ValueError(f"lengths must have shape ({n},), got {lens.shape}")
    seeds = [int(i) for i in chosen]
    if any(not 0 <= i < n for i in seeds) or len(set(seeds)) != len(seeds):
        raise ValueError(f"chosen must be distinct items in [0, {n}), got {list(chosen)!r}")
    if n == 0:
        return []
    if n == 1:  # the one item is picked (the first pick ignores the budget)
        if not math.isfinite(rel[0]) or not math.isfinite(s[0, 0]):
            raise ValueError("scores and sim must be finite")
        return [0]
    if n <= _MMR_PLAIN:
        return _mmr_plain(rel.tolist(), s.tolist(), n if k is None else min(k, n),
                          None if lens is None else lens.tolist(), budget, lambda_, duplicate_threshold, fill, seeds)
    if not np.isfinite(rel).all() or not np.isfinite(s).all():
        raise ValueError("scores and sim must be finite")
    top = rel.max()
    if top > 0:
        rel = rel / top
    # the largest off-diagonal entry, read through a view (n ≥ 2 here): the entries after each diagonal one up to
    # the next, rows of n + 1 of the flat array, less their last column; a boolean mask would copy n² values (mem28)
    off = np.ascontiguousarray(s).reshape(-1)[1:].reshape(n - 1, n + 1)[:, :n].max()
    if off > 1.0:
        s = s / off
    limit = n if k is None else min(k, n)
    available = np.ones(n, dtype=bool)
    max_red = np.zeros(n)
    chosen = []
    used = 0
    for i in seeds:
        chosen.append(i)
        used += 0 if lens is None else int(lens[i])
        available[i] = False
        max_red = np.maximum(max_red, s[i])
    if seeds:
        available &= max_red < duplicate_threshold
    while len(chosen) < limit and available.any():
        value = lambda_ * rel - (1.0 - lambda_) * max_red
        value[~available] = -np.inf
        best = value.max()
        i = int(np.flatnonzero(value >= best - _TIE_RTOL * max(1.0, abs(best)))[0])
        if budget is not None and chosen and used + int(lens[i]) > budget:
            if not fill:
                break
            available[i] = False  # too long for what is left: the next-best that fits may still come
            continue
        chosen.append(i)
        used += 0 if lens is None else int(lens[i])
        available[i] = False
        max_red = np.maximum(max_red, s[i])
        available &= max_red < duplicate_threshold
    return sorted(chosen)


#: :func:`mmr_select` of at most this many items runs in plain Python floats (:func:`_mmr_plain`), and the cosine
#: redundancy of a pool this small is filled in Python floats (:func:`_cosine`): numpy's per-call overhead is most of
#: the cost of an essay's few candidates.
_MMR_PLAIN = 48


def _mmr_plain(rel: list[float], s: list[list[float]], limit: int, lens: list[int] | None, budget: int | None,
               lambda_: float, duplicate_threshold: float, fill: bool = False,
               seeds: Sequence[int] = ()) -> list[int]:
    """The greedy loop of :func:`mmr_select` (arguments checked there) in Python floats: the same element-wise
    operations in the same order (IEEE double arithmetic, as numpy's), so the same picks."""
    n = len(rel)
    if not all(map(math.isfinite, rel)) or not all(map(math.isfinite, itertools.chain.from_iterable(s))):
        raise ValueError("scores and sim must be finite")
    top = max(rel)
    if top > 0:
        rel = [r / top for r in rel]
    # the largest off-diagonal entry (``s`` is square: mmr_select checked it), row by row
    off = max(max(row[:i] + row[i + 1:]) for i, row in enumerate(s)) if n > 1 else None
    if off is not None and off > 1.0:
        s = [[v / off for v in row] for row in s]
    keep = 1.0 - lambda_
    available = [True] * n
    max_red = [0.0] * n
    chosen: list[int] = []
    used = 0
    for i in seeds:
        chosen.append(i)
        used += 0 if lens is None else lens[i]
        available[i] = False
        row = s[i]
        max_red = [m if m >= v else v for m, v in zip(max_red, row)]
    if seeds:
        available = [a and m < duplicate_threshold for a, m in zip(available, max_red)]
    while len(chosen) < limit and any(available):
        value = [lambda_ * r - keep * m if a else -math.inf for r, m, a in zip(rel, max_red, available)]
        best = max(value)
        floor = best - _TIE_RTOL * max(1.0, abs(best))
        i = next(j for j, v in enumerate(value) if v >= floor)
        if budget is not None and chosen and used + lens[i] > budget:
            if not fill:
                break
            available[i] = False  # (see mmr_select's fill)
            continue
        chosen.append(i)
        used += 0 if lens is None else lens[i]
        available[i] = False
        row = s[i]
        max_red = [m if m >= v else v for m, v in zip(max_red, row)]
        available = [a and m < duplicate_threshold for a, m in zip(available, max_red)]
    return sorted(chosen)


@dataclass(frozen=True, eq=False)
class Ranking:
    """The TextRank graph of a list of sentences and its PageRank (Mihalcea & Tarau 2004; Page et al. 1998).

    Attributes:
        sentences: the ranked sentences, in order (headings included when they were passed).
        tokens: content tokens of each sentence (:meth:`Tokenizer.content_tokens`), aligned with ``sentences``.
        scores: ``(n,)`` float64 PageRank centrality of each sentence on the whole graph with a uniform teleport
            (the original TextRank), summing to 1; empty for no sentences, uniform when no two sentences share a
            content word.
        damping: the PageRank damping factor used (also by :func:`select`).
    """

    sentences: Sequence[Sentence]
    tokens: list[list[str]]
    scores: np.ndarray
    damping: float
    overlap: SparseGraph = field(repr=False)  # distinct shared words of the pairs that share one (no diagonal)
    n_tokens: np.ndarray = field(repr=False)  # (n,) tokens per sentence, repeats counted
    n_types: np.ndarray = field(repr=False)  # (n,) distinct words per sentence

    @classmethod
    def from_tokens(cls, sentences: Sequence[Sentence], tokens: list[list[str]], damping: float = 0.85) -> Ranking:
        """Build the graph of ``sentences`` from their content tokens (one list per sentence) and rank it.

        Raises:
            ValueError: ``damping`` outside (0, 1); ``tokens`` not aligned with ``sentences``.
        """
        if len(tokens) != len(sentences):
            raise ValueError(f"{len(tokens)} token lists for {len(sentences)} sentences")
        overlap, n_tokens, n_types = _overlap_counts(tokens)
        scores = pagerank(_mt_similarity(overlap, n_tokens), damping=damping)
        return cls(sentences, tokens, scores, damping, overlap, n_tokens, n_types)

    def similarity(self) -> SparseGraph:
        """The TextRank similarity (:func:`similarity_matrix`) of the sentences, sparse (pairs that share no word
        are not stored)."""
        return _mt_similarity(self.overlap, self.n_tokens)


def content_tokens(sentences: Sequence[Sentence], tokenizer: Tokenizer, text: str | None = None) -> list[list[str]]:
    """Content tokens of each sentence: one segmentation pass over ``text`` when the sentences' offsets point
    into it (:meth:`Tokenizer.content_tokens_by_span`, much faster on many short sentences), else one per
    sentence text."""
    if text is not None:
        return tokenizer.content_tokens_by_span(text, [(s.start, s.end) for s in sentences])
    return [tokenizer.content_tokens(s.text) for s in sentences]


def rank(sentences: Sequence[Sentence], tokenizer: Tokenizer | None = None, *, text: str | None = None,
         damping: float = 0.85) -> Ranking:
    """TextRank of ``sentences``: content tokens, similarity graph (Mihalcea & Tarau 2004, eq. 4) and weighted
    PageRank (Page et al. 1998) with a uniform teleport.

    Args:
        sentences: the units to rank (all of them, headings included if passed).
        tokenizer: gives the content tokens; the shared default (:func:`get_tokenizer`) if ``None``.
        text: the text the sentences' ``start``/``end`` offsets point into, if any (one segmentation pass).
        damping: PageRank damping factor in (0, 1).

    Returns:
        :class:`Ranking` aligned with ``sentences``.

    Raises:
        ValueError: ``damping`` outside (0, 1).
    """
    tok = tokenizer or get_tokenizer()
    return Ranking.from_tokens(sentences, content_tokens(sentences, tok, text), damping)


@dataclass(frozen=True)
class Selection:
    """What :func:`select` picked.

    Attributes:
        indices: positions in ``ranking.sentences`` of the selected sentences, ascending (document order).
        scores: ``{position: score}`` of every eligible sentence: its PageRank centrality among the eligible
            sentences with the position prior (the scores of the eligible sentences sum to 1; ``1/N`` each when
            no eligible sentence has a content token).
    """

    indices: list[int]
    scores: dict[int, float]


def select(
    ranking: Ranking,
    *,
    budget: int | None = None,
    k: int | None = None,
    eligible: Sequence[int] | None = None,
    position_bias: float = DEFAULT_POSITION_BIAS,
    lambda_: float = 0.7,
    fill: bool = False,
    chosen: Sequence[int] = (),
) -> Selection:
    """Pick summary sentences from a ranking: position-aware PageRank over the eligible sentences, then MMR.

    The eligible sentences' subgraph is ranked again with the teleport of :func:`position_prior` (``bias =
    position_bias``), and :func:`mmr_select` (Carbonell & Goldstein 1998) picks from those scores with the cosine
    of the sentences' word sets as redundancy (:func:`redundancy_matrix`; sentences whose texts are equal once
    whitespace is removed are duplicates), so a near-duplicate sentence is never picked twice. MMR compares the
    :data:`MMR_POOL` best-scored eligible sentences (ties by position); with no more eligible sentences than that,
    every one is a candidate.

    Args:
        ranking: what :func:`rank` returned.
        budget: character budget: selection stops before the sentence that would pass it (the first is always
            taken).
        k: most sentences (``None``: no count limit).
        eligible: positions in ``ranking.sentences`` that may be picked, ascending (``None``: all).
        position_bias: in [0, 1]; the documented default is :data:`DEFAULT_POSITION_BIAS`; 0 is the original
            TextRank.
        lambda_: MMR relevance weight in [0, 1].
        fill: with ``budget``, a sentence that would pass it is skipped and the next-best sentences that fit fill
            the rest (:func:`mmr_select`'s ``fill``); else the selection stops there.
        chosen: positions in ``ranking.sentences`` (eligible ones) already in the summary: MMR starts from them and
            adds to them (:func:`mmr_select`'s ``chosen``); they are among the returned indices.

    Returns:
        :class:`Selection`; at least one sentence when any is eligible.

    Raises:
        ValueError: ``position_bias``, ``lambda_``, ``k`` or ``budget`` out of range, or a ``chosen`` position
            that is not eligible.
    """
    idx = list(range(len(ranking.sentences))) if eligible is None else list(eligible)
    n = len(idx)
    local = {v: j for j, v in enumerate(idx)} if chosen else {}
    if any(c not in local for c in chosen):
        raise ValueError(f"chosen positions must be eligible, got {list(chosen)!r}")
    seeds = [local[c] for c in chosen]
    if 0 < n <= _PLAIN_MAX:
        small = _select_small(ranking, idx, budget, k, position_bias, lambda_, fill, seeds)
        if small is not None:
            return small
    prior = position_prior(n, position_bias)
    if not n:
        return Selection([], {})
    # (the scores and the pool's redundancy depend on the eligible sentences and the bias alone, and the pool on the
    # chosen ones only past MMR_POOL: a later selection over the same sentences, the summary's fill, reuses them)
    memo = _select_memo(ranking)
    key = ("pool", tuple(idx), float(position_bias), tuple(seeds) if n > MMR_POOL else ())
    found = memo.get(key)
    if found is None:
        overlap = ranking.overlap if n == len(ranking.sentences) else ranking.overlap.take(idx)
        n_tokens = ranking.n_tokens[idx]
        if n_tokens.any():
            scores = pagerank(_mt_similarity(overlap, n_tokens), damping=ranking.damping, personalization=prior)
        else:  # B11: everything filtered out -> uniform scores -> MMR tie-break by position = lead-k
            scores = np.full(n, 1.0 / n)
        # MMR compares the MMR_POOL best-scored candidates (ties by position), kept in document order
        pool = np.arange(n) if n <= MMR_POOL else np.union1d(np.lexsort((np.arange(n), -scores))[:MMR_POOL],
                                                             np.asarray(seeds, dtype=np.int64))
        pool_overlap = overlap if n <= MMR_POOL else overlap.take(pool)
        red = _cosine(pool_overlap, ranking.n_types[idx][pool], [ranking.sentences[idx[j]].text for j in pool])
        lengths = [len(ranking.sentences[idx[j]].text) for j in pool]
        found = (scores, pool, red, lengths)
        if len(pool) <= _SELECT_MEMO_POOL:  # (a bounded matrix: the ranking keeps it while the essay lives)
            memo[key] = found
    scores, pool, red, lengths = found
    in_pool = {int(v): j for j, v in enumerate(pool)}
    picked = mmr_select(scores[pool], red, k=k, lengths=lengths, budget=budget, lambda_=lambda_, fill=fill,
                        chosen=[in_pool[j] for j in seeds])
    return Selection([idx[int(pool[j])] for j in picked], {i: float(s) for i, s in zip(idx, scores)})


def _select_small(ranking: Ranking, idx: list[int], budget: int | None, k: int | None, position_bias: float,
                  lambda_: float, fill: bool = False, seeds: Sequence[int] = ()) -> Selection | None:
    """:func:`select` of 1 … :data:`_PLAIN_MAX` eligible sentences ``idx`` (positions in ``ranking.sentences``) in
    Python floats, from a graph of at most :data:`_TAKE_PLAIN` stored pairs (a short essay's summary: numpy's
    per-call overhead is most of the cost), or ``None`` where :func:`select` takes its general path (an argument it
    refuses, ``idx`` not ascending, a larger graph, a graph :func:`_pagerank_tiny` does not solve). The same
    operations in the same order as that path (the subgraph of :meth:`SparseGraph.take`, the weights of
    :func:`_mt_similarity`, :func:`_pagerank_edges`, :func:`_cosine`, :func:`_mmr_plain`), so the very same
    selection and scores."""
    n = len(idx)
    damping = ranking.damping
    whole = ranking.overlap
    if (not (0.0 <= position_bias <= 1.0 and 0.0 <= lambda_ <= 1.0 and 0.0 < float(damping) < 1.0)
            or (k is not None and k < 1) or (budget is not None and budget < 1) or len(whole.row) > _TAKE_PLAIN
            or any(not a < b for a, b in zip([-1, *idx], [*idx, len(ranking.sentences)]))):
        return None
    memo = _select_memo(ranking)
    key = ("small", tuple(idx), float(position_bias))
    found = memo.get(key)
    if found is None:
        found = _small_scores(ranking, idx, position_bias)
        if found is None:
            return None
        memo[key] = found
    scores, sim, lengths = found
    picked = _mmr_plain(scores, sim, n if k is None else min(k, n), lengths, budget, lambda_, DUPLICATE_THRESHOLD,
                        fill, seeds)
    return Selection([idx[j] for j in picked], dict(zip(idx, scores)))


#: Largest pool whose redundancy matrix :func:`select` keeps for a later selection over the same sentences (at most
#: 8·200² bytes, 320 kB, a ranking; a larger pool is computed again).
_SELECT_MEMO_POOL = 200


def _select_memo(ranking: Ranking) -> dict:
    """The memo of :func:`select` on ``ranking`` (kept on the instance; a ranking is one essay's, read by one
    thread): ``{key: what the selections over the same eligible sentences and bias share}``. The values are read,
    never changed (:func:`mmr_select` and :func:`_mmr_plain` build new arrays and lists)."""
    memo = ranking.__dict__.get("_select_memo")
    if memo is None:
        memo = {}
        object.__setattr__(ranking, "_select_memo", memo)  # (a frozen dataclass: set once, as its own memo)
    return memo


def _small_scores(ranking: Ranking, idx: list[int], position_bias: float,
                  ) -> tuple[list[float], list[list[float]], list[int]] | None:
    """What :func:`_select_small` ranks its MMR on: the eligible sentences' scores, their cosine redundancy (finished:
    equal texts and the diagonal 1) and their lengths; ``None`` where :func:`select` takes its general path."""
    n = len(idx)
    damping = ranking.damping
    whole = ranking.overlap
    pos_of = {int(v): j for j, v in enumerate(idx)}
    edges = [(pos_of[r], pos_of[c], d) for r, c, d in zip(whole.row.tolist(), whole.col.tolist(),
                                                          whole.data.tolist()) if r in pos_of and c in pos_of]
    n_tokens = [ranking.n_tokens.item(v) for v in idx]
    texts = [ranking.sentences[v].text for v in idx]
    if not any(n_tokens):  # no content token: uniform scores (see select)
        scores = [1.0 / n] * n
    else:
        v = None if position_bias == 0.0 else _normalised_prior(n, float(position_bias))
        if n == 1:
            scores = [v[0] if v is not None else 1.0]
        else:
            logs = np.log(np.maximum(np.array(n_tokens, dtype=np.float64), 1.0)).tolist()
            floor = math.log(2.0)
            sim = []  # _mt_similarity's weights; zero weights are not stored (SparseGraph.with_data)
            for r, c, d in edges:
                if n_tokens[r] and n_tokens[c]:
                    total = logs[r] + logs[c]
                    weight = d / (total if total >= floor else floor)
                    if weight != 0:
                        sim.append((r, c, weight))
            if not all(math.isfinite(w) for _, _, w in sim):
                return None
            ranked = _pagerank_edges(n, [e[0] for e in sim], [e[1] for e in sim], [e[2] for e in sim], v, damping,
                                     200, 1e-8)
            if ranked is None:
                return None
            scores = ranked.tolist()
    types = [ranking.n_types.item(v) for v in idx]
    plain = [[0.0] * n for _ in range(n)]
    for r, c, value in edges:  # _cosine's Python path
        denom = math.sqrt(types[r] * types[c])
        if denom > 0:
            plain[r][c] = min(max(value / denom, 0.0), 1.0)
    return scores, _cosine_finish_plain(plain, texts), [len(t) for t in texts]


@process_memo  # (speed23: a fact of the process, kept across documents)
@lru_cache(maxsize=256)
def _normalised_prior(n: int, bias: float) -> tuple[float, ...]:
    """:func:`position_prior` ``(n, bias)`` divided by its sum, as :func:`pagerank` normalises a teleport."""
    prior = _cached_prior(n, bias)
    return tuple((prior / prior.sum()).tolist())


def rank_sentences(
    sentences: Sequence[Sentence], tokenizer: Tokenizer | None = None, damping: float = 0.85
) -> np.ndarray:
    """TextRank centrality of each sentence: ``rank(sentences, tokenizer, damping=damping).scores``.

    Returns:
        ``(len(sentences),)`` float64 scores aligned with ``sentences``, summing to 1 (empty array for no
        sentences; uniform when no two sentences share a content word).

    Raises:
        ValueError: ``damping`` outside (0, 1).
    """
    return rank(sentences, tokenizer, damping=damping).scores


def _resolve_count(n: int, k: int | None, ratio: float | None, budget_chars: int | None) -> int | None:
    if k is not None and (isinstance(k, bool) or not isinstance(k, (int, np.integer))):
        raise TypeError(f"k must be an int, got {type(k).__name__}")
    if ratio is not None and not (isinstance(ratio, (int, float)) and 0.0 <= ratio <= 1.0):
        raise ValueError(f"ratio must be in [0, 1], got {ratio!r}")
    if budget_chars is not None and budget_chars < 1:
        raise ValueError(f"budget_chars must be >= 1, got {budget_chars!r}")
    limits = []
    if k is not None:
        limits.append(int(k))
    if ratio is not None:
        limits.append(math.floor(ratio * n + 0.5))  # round half up, not Python's banker's rounding
    if not limits:
        return None if budget_chars is not None else max(1, min(n, DEFAULT_K))
    return max(1, min([n, *limits]))


def extract(
    text_or_sentences: str | Sequence[Sentence],
    *,
    k: int | None = None,
    ratio: float | None = None,
    budget_chars: int | None = None,
    tokenizer: Tokenizer | None = None,
    damping: float = 0.85,
    lambda_: float = 0.7,
    include_headings: bool = False,
    order: str = "document",
    position_bias: float = DEFAULT_POSITION_BIAS,
    fill: bool = False,
) -> list[RankedSentence]:
    """Generic extractive TextRank summary of plain text (used for LCSTS/CSL/CLTS benchmarks too).

    ``select(rank(sentences), ...)``: :func:`split_sentences` → :func:`rank` (content tokens, Mihalcea & Tarau
    2004 graph, PageRank) → :func:`select` (position-aware PageRank over the candidates, MMR of Carbonell &
    Goldstein 1998 over :func:`redundancy_matrix`, so near-duplicate sentences are never returned twice). The
    essay summaries of :func:`summarizer.summarize` run the same :func:`rank` and :func:`select`.

    Args:
        text_or_sentences: cleaned text, or sentences already split (e.g. one section of an essay).
        k: number of sentences; clamped to ``max(1, min(k, N))`` with N the number of candidates (B10).
        ratio: fraction of the N candidates in [0, 1]; gives ``max(1, round(ratio · N))`` (half rounds up).
            With both ``k`` and ``ratio`` the smaller count wins.
        budget_chars: character budget of the summary: selection stops before the sentence that would pass it
            (the first sentence is always returned). Combines with ``k``/``ratio``.
            With none of ``k``, ``ratio``, ``budget_chars``, :data:`DEFAULT_K` sentences are selected.
        tokenizer: segmentation and stopwords; the shared default if ``None``.
        damping: PageRank damping in (0, 1).
        lambda_: MMR relevance weight in [0, 1].
        include_headings: let heading units be candidates. By default headings are structure, not summary
            sentences; but when the text has no body sentence at all (a one-line text with no terminator,
            a list of headlines) the headings are the candidates, so non-empty input never gives an empty
            summary.
        order: ``"document"`` (default: ascending original position, B14) or ``"score"`` (best first, ties
            by position).
        position_bias: in [0, 1]; > 0 makes the PageRank teleport favour early sentences
            (:func:`position_prior`); 0 is the original TextRank. The default,
            :data:`DEFAULT_POSITION_BIAS`, was chosen on development splits only (see its comment).
        fill: with ``budget_chars``, a sentence that would pass the budget is skipped and the next-ranked ones that
            fit fill the rest (:func:`select`'s ``fill``; the essay summary of :func:`summarizer.summarize` fills its
            budget so); by default the selection stops there.

    Returns:
        At least one :class:`RankedSentence`, with ``index`` (position in the full sentence list), the
        ``start``/``end`` character offsets and the PageRank ``score``.

        Documented fallback (B11): when no candidate has any content token (every word is a stopword, as in
        ``的了吗。``), the graph carries no information, every score is ``1/N`` and the result is the lead:
        the first sentences in document order (still de-duplicated and within the budget).

    Raises:
        EmptyInputError: the input has no sentence with a letter, digit or CJK character (empty, whitespace-
            or punctuation-only; B10).
        ValueError: invalid ``ratio``, ``budget_chars``, ``damping``, ``lambda_`` or ``order``.
        TypeError: ``k`` is not an int.
    """
    if order not in ("document", "score"):
        raise ValueError(f"order must be 'document' or 'score', got {order!r}")
    text = text_or_sentences if isinstance(text_or_sentences, str) else None
    if text is not None:
        units = split_sentences(text)
    else:
        units = [s for s in text_or_sentences if has_content(s.text)]
    if not units:
        raise EmptyInputError("the text has no sentence with a letter, digit or CJK character", field="text")
    eligible = [i for i, s in enumerate(units) if include_headings or s.kind != "heading"] or list(range(len(units)))
    count = _resolve_count(len(eligible), k, ratio, budget_chars)
    picked = select(rank(units, tokenizer, text=text, damping=damping), budget=budget_chars, k=count,
                    eligible=eligible, position_bias=position_bias, lambda_=lambda_, fill=fill)
    result = [RankedSentence(units[i].index, units[i].start, units[i].end, units[i].text, picked.scores[i])
              for i in picked.indices]
    if order == "score":
        result.sort(key=lambda r: (-round(r.score, 12), r.index))
    return result
