"""Speed-ups that must not change a value (issue 9): each fast path gives exactly what the plain computation gives."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
from scipy import sparse

from summarizer.keyphrases import pagerank_sparse
from summarizer.points import _KeptText, near_duplicate


def test_kept_text_same_point_equals_near_duplicate():
    # difflib's length and character-count upper bounds only skip pairs whose ratio is below the threshold
    rng = random.Random(7)
    alphabet = "建立健全制度基层治理12，。"
    pairs = [("", ""), ("", "治理"), ("加强治理1。", "加强治理2。"), ("加强治理12。", "完善制度34。")]
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pairs.append((a, a[: len(a) // 2] + b[len(b) // 2:]) if rng.random() < 0.4 else (a, b))
    same = 0
    for a, b in pairs:
        for threshold in (0.8, 0.5):
            expected = near_duplicate(a, b, threshold)
            assert _KeptText(b).same_point(a, Counter(a), threshold) == expected, (a, b, threshold)
            same += expected
    assert same > 100  # the positive case is exercised too
    assert _KeptText("加强治理2。").same_point("加强治理1。", Counter("加强治理1。"))  # ratio 10/12
    assert not _KeptText("完善制度34。").same_point("加强治理12。", Counter("加强治理12。"))


def test_dense_and_sparse_keyphrase_pagerank_agree():
    # the dense path (small word graphs) and the scipy.sparse path give the same scores, dangling vertices included
    rng = np.random.default_rng(3)
    for n in (1, 2, 6, 40):
        w = (rng.random((n, n)) < 0.2).astype(float)
        w = w + w.T
        np.fill_diagonal(w, 0.0)
        w[0, :] = w[:, 0] = 0.0  # vertex 0 isolated: dangling
        dense, sp = pagerank_sparse(w), pagerank_sparse(sparse.csr_matrix(w))
        assert dense.shape == (n,) and abs(dense.sum() - 1.0) < 1e-12
        assert np.allclose(dense, sp, rtol=0, atol=1e-15)
    chain = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)  # path a-b-c: the middle vertex ranks first
    scores = pagerank_sparse(chain)
    assert scores[1] > scores[0] == scores[2]


def test_small_overlap_counts_equal_the_numpy_ones(monkeypatch):
    # the plain-Python path for small sentence graphs gives the same edge arrays, dtypes and counts
    from summarizer import textrank

    rng = random.Random(11)
    vocab = [f"词{i}" for i in range(25)]
    cases = [[], [[]], [["治理"], ["治理"]], [["治理", "治理", "基层"], ["基层"], []]]
    for _ in range(400):
        cases.append([[rng.choice(vocab[: rng.randint(1, 25)]) for _ in range(rng.randint(0, 7))]
                      for _ in range(rng.randint(1, 10))])
    small = []
    for tokens in cases:
        n_tokens = np.array([len(t) for t in tokens], dtype=np.float64)
        small.append(textrank._overlap_counts_small(tokens, n_tokens))
    monkeypatch.setattr(textrank, "_overlap_counts_small", lambda *args: None)
    for tokens, got in zip(cases, small):
        assert got is not None
        graph, n_tokens, n_types = got
        ref_graph, ref_tokens, ref_types = textrank._overlap_counts(tokens)
        assert graph.n == ref_graph.n
        for a, b in ((graph.row, ref_graph.row), (graph.col, ref_graph.col), (graph.data, ref_graph.data),
                     (n_tokens, ref_tokens), (n_types, ref_types)):
            assert a.dtype == b.dtype and np.array_equal(a, b)
    graph, _, n_types = small[3]
    assert graph.row.tolist() == [0, 1] and graph.col.tolist() == [1, 0] and graph.data.tolist() == [1.0, 1.0]
    assert n_types.tolist() == [2.0, 1.0, 0.0]


def test_plain_python_keyphrase_pagerank_is_bitwise_the_sparse_one():
    # graphs of up to _PLAIN_MAX vertices: the same floating-point operations in the same order as scipy's CSR path
    from summarizer import keyphrases

    rng = np.random.default_rng(5)
    for _ in range(500):
        n = int(rng.integers(1, keyphrases._PLAIN_MAX + 1))
        w = (rng.random((n, n)) < 0.4) * rng.integers(1, 4, (n, n)).astype(float)
        w = w + w.T
        np.fill_diagonal(w, 0.0)
        assert np.array_equal(pagerank_sparse(w), pagerank_sparse(sparse.csr_matrix(w)))
