"""The Python paths for tiny graphs and short texts give the very same values as the general paths they shortcut
(seeded random inputs; every comparison is bit for bit)."""

import random

import numpy as np

from summarizer import aspects
from summarizer import textrank as T


def _graph(rng: random.Random, n: int, density: float) -> T.SparseGraph:
    pairs = {}
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < density:
                d = rng.choice([1.0, rng.random(), 1 / np.log(rng.randint(2, 9))])
                pairs[(i, j)] = pairs[(j, i)] = d
    keys = sorted(pairs)
    return T.SparseGraph(n, np.array([k[0] for k in keys], dtype=np.int64),
                         np.array([k[1] for k in keys], dtype=np.int64), np.array([pairs[k] for k in keys]))


def test_tiny_pagerank_is_the_dense_pagerank():
    rng = random.Random(3)
    tiny = 0
    for _ in range(2000):
        n = rng.randint(2, T._PLAIN_MAX)
        g = _graph(rng, n, rng.choice([0.2, 0.5]))
        prior = None if rng.random() < 0.5 else T.position_prior(n, 0.6)
        tiny += T._pagerank_tiny(g, 0.85, 200, 1e-8, prior) is not None
        assert T.pagerank(g, personalization=prior).tobytes() == T.pagerank(g.toarray(), personalization=prior).tobytes()
    assert tiny > 500  # the tiny path did run (pairs of sentences, a node linked to one other)


def test_plain_pagerank_result_is_not_shared():
    g = _graph(random.Random(1), 3, 1.0)
    first = T.pagerank(g)
    first[:] = 0.0  # a caller changing its array does not change the next answer
    assert T.pagerank(g).sum() > 0.99


def test_small_redundancy_matrix_is_the_sparse_cosine():
    rng = random.Random(5)
    for _ in range(3000):
        n = rng.randint(0, 12)
        tokens = [[rng.choice("abcdefghij") for _ in range(rng.randint(0, 6))] for _ in range(n)]
        texts = None if rng.random() < 0.5 else [rng.choice(["x", "y", " x ", "z"]) for _ in range(n)]
        overlap, _, n_types = T._overlap_counts(tokens)
        assert T.redundancy_matrix(tokens, texts).tobytes() == T._cosine(overlap, n_types, texts).tobytes()


def test_take_of_a_few_edges_is_the_numpy_take(monkeypatch):
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(1, 12)
        g = _graph(rng, n, 0.3)
        idx = sorted(rng.sample(range(n), rng.randint(0, n)))
        small = g.take(idx)
        monkeypatch.setattr(T, "_TAKE_PLAIN", -1)
        big = g.take(np.array(idx, dtype=np.int64))
        monkeypatch.setattr(T, "_TAKE_PLAIN", 64)
        assert small.n == big.n == len(idx)
        for a, b in ((small.row, big.row), (small.col, big.col), (small.data, big.data)):
            assert a.dtype == b.dtype and a.tobytes() == b.tobytes()


def test_challenge_strength_counts_every_predicate():
    words = aspects.lexicon().words("challenge_predicate")
    rng = random.Random(1)
    pool = list("".join(words)) + list("，。；的是在和弥补缓解")
    for _ in range(3000):
        text = "".join(rng.choice(words) if rng.random() < 0.3 else rng.choice(pool) for _ in range(rng.randint(0, 12)))
        if not aspects.cue_pattern("challenge_predicate").search(text):
            assert aspects.challenge_strength(text) == 0
            continue
        plain = text
        for w in aspects.lexicon().words("challenge_exclusion"):
            plain = plain.replace(w, " " * len(w))
        for a, b in aspects.improvement_spans(plain):  # a burden that shrinks (差距缩小) states no shortcoming
            plain = plain[:a] + " " * (b - a) + plain[b:]
        clauses = aspects._REMEDY_SPLIT.split(plain)
        remedies = aspects.lexicon().words("remedy")
        if any(aspects._without_adverbs(c).startswith(remedies) for c in clauses):
            plain = "，".join(c for c in clauses if not aspects._without_adverbs(c).startswith(remedies))
        assert aspects.challenge_strength(text) == sum(plain.count(w) for w in words)
    assert aspects.challenge_strength("基层人员不足，经费不足") == 2
    assert aspects.challenge_strength("弥补执法力量不足") == 0


def test_opens_with_verb_takes_the_first_listed_verb():
    verbs = aspects.lexicon().words("imperative")
    rng = random.Random(2)
    for _ in range(3000):
        clause = rng.choice(verbs)[: rng.randint(1, 4)] + rng.choice(["了", "", "制度", "了解", "好"])
        first = next((v for v in verbs if clause.startswith(v)), None)
        expected = first is not None and aspects._PERFECTIVE.match(clause, len(first)) is None
        assert aspects._opens_with_verb(clause, verbs) is expected
    assert aspects._opens_with_verb("加强制度建设", verbs)
    assert not aspects._opens_with_verb("取消了人工窗口", ("取消",))
