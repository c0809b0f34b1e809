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
