"""speed41: the shared-word counts of a sentence graph without an edge list held twice over.

MMR's redundancy (:func:`summarizer.textrank.redundancy_matrix`) of a candidate pool is a dense ``n × n`` matrix;
past ``_MMR_PLAIN`` sentences it was built from the sparse graph of :func:`~summarizer.textrank._overlap_counts`,
whose edge list (rows, columns, then their keys and ``np.unique``'s copies) of up to ``2·MAX_PAIRS`` entries peaked
at several times the matrix (a pool of 1,000 sentences that share one bigram: 8.4 times the 8 MB result, now 3.0). The
counts now go straight into the matrix (:func:`~summarizer.textrank._dense_overlap_counts`), and the sparse graph's
pairs are generated once each (``i < j``), sorted in place and mirrored. The values are the same, element by
element; the same ``MAX_PAIRS`` cap applies. Values on small token lists of the tests' own; memory by a ratio of
``tracemalloc`` peaks to the result's size, never timed.
"""

from __future__ import annotations

import random
import tracemalloc

import numpy as np

from summarizer import textrank as tr


def _sparse_counts(token_lists):
    overlap, _, n_types = tr._overlap_counts(token_lists)
    n = len(token_lists)
    dense = np.zeros((n, n))
    dense[overlap.row, overlap.col] = overlap.data
    return overlap, dense, n_types


def _sparse_redundancy(token_lists, texts=None):
    overlap, _, n_types = tr._overlap_counts(token_lists)
    return tr._cosine(overlap, n_types, texts)


def _random_lists(seed: int, n: int, vocabulary: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[f"词{rng.randrange(vocabulary)}" for _ in range(rng.randrange(0, 9))] for _ in range(n)]


def test_overlap_counts_of_a_small_graph():
    lists = [["治理", "基层", "治理"], ["基层", "经费"], ["经费", "治理", "基层"], ["人才"]] * 30  # 120 sentences
    overlap, dense, n_types = _sparse_counts(lists)
    assert overlap.n == 120
    assert n_types[:4].tolist() == [2.0, 2.0, 3.0, 1.0]
    assert dense[0, 1] == 1.0 and dense[1, 0] == 1.0  # 基层
    assert dense[0, 2] == 2.0 and dense[1, 2] == 2.0  # 治理, 基层 / 基层, 经费
    assert dense[0, 4] == 2.0  # the same word set again, 30 rows on
    assert dense[3, 7] == 1.0 and dense[3, 0] == 0.0  # 人才 only with itself
    assert np.all(np.diag(dense) == 0.0)
    # both directions of each pair, sorted by (row, col), no diagonal
    keys = overlap.row * overlap.n + overlap.col
    assert np.all(np.diff(keys) > 0)
    assert np.array_equal(dense, dense.T)
    assert int((overlap.row == overlap.col).sum()) == 0


def test_dense_counts_equal_the_sparse_graph():
    for seed, n, vocabulary in ((1, 60, 5), (2, 200, 40), (3, 400, 12), (4, 90, 3000)):
        lists = _random_lists(seed, n, vocabulary)
        counts, n_types = tr._dense_overlap_counts(lists)
        _, dense, sparse_types = _sparse_counts(lists)
        assert np.array_equal(counts, dense)
        assert np.array_equal(n_types, sparse_types)


def test_redundancy_matrix_equals_the_sparse_cosine():
    for seed, n, vocabulary in ((5, 49, 6), (6, 150, 20), (7, 300, 8)):
        lists = _random_lists(seed, n, vocabulary)
        texts = ["".join(t) or "空" for t in lists]
        red = tr.redundancy_matrix(lists, texts)
        assert red.shape == (n, n)
        assert np.array_equal(red, _sparse_redundancy(lists, texts))
        assert np.all(np.diag(red) == 1.0)
    same = [["治理"], ["治理"], []] * 20  # equal texts without a content word are redundant all the same
    texts = ["加强治理", "加强治理", "好"] * 20
    red = tr.redundancy_matrix(same, texts)
    assert red[0, 1] == 1.0 and red[2, 5] == 1.0 and red[0, 2] == 0.0


def test_the_cap_leaves_out_the_same_words(monkeypatch):
    # 100 sentences share 甲 (4,950 pairs), 60 share 乙 (1,770), 30 share 丙 (435): a cap of 6,000 pairs keeps
    # 丙 and 乙 (the rarer words, 2,205 pairs) and leaves out 甲, in both counts
    lists = [["甲"] + (["乙"] if i < 60 else []) + (["丙"] if i < 30 else []) for i in range(100)]
    monkeypatch.setattr(tr, "MAX_PAIRS", 6000)
    counts, _ = tr._dense_overlap_counts(lists)
    _, dense, _ = _sparse_counts(lists)
    assert np.array_equal(counts, dense)
    assert counts[0, 1] == 2.0  # 乙 and 丙, not 甲
    assert counts[40, 50] == 1.0  # 乙
    assert counts[70, 80] == 0.0  # 甲 only: left out
    monkeypatch.setattr(tr, "MAX_PAIRS", 1_000_000)
    counts, _ = tr._dense_overlap_counts(lists)
    assert counts[0, 1] == 3.0 and counts[70, 80] == 1.0


def test_upper_pair_keys():
    chunk = np.array([0, 2, 5, 1, 3], dtype=np.int64)  # two groups: {0, 2, 5} and {1, 3}
    keys = tr._upper_pair_keys(chunk, np.array([3, 2], dtype=np.int64), 10)
    assert keys.tolist() == [2, 5, 25, 13]


def test_a_pool_sharing_one_bigram_peaks_near_its_matrix():
    n = 1000
    lists = [[f"问题{i}"[j:j + 2] for j in range(len(f"问题{i}") - 1)] for i in range(n)]
    tracemalloc.start()
    try:
        red = tr.redundancy_matrix(lists)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert red.shape == (n, n) and red[0, 1] > 0.0
    # the result is 8·n² bytes; the edge list of its ~500,000 pairs took 8.4 times that, now 3.0
    assert peak < 4 * red.nbytes, peak / red.nbytes
