"""Round 46 of issue 14: word vectors learned from the project's own text (``benchmarks/theme_vectors.py``).

Measured, they did not help the held-out themes and do not ship; these tests pin the builder on a small corpus of
our own so that the experiment stays repeatable."""

import numpy as np
import pytest

from benchmarks.theme_vectors import build

# the builder's truncated SVD is scikit-learn's (the `train` extra); the README's `.[test]` install has no scikit-learn
pytest.importorskip("sklearn")


def _corpus() -> list[list[list[str]]]:
    """Documents as sentences of content words: 经费 and 资金 fill one slot between the same words, 老人 and 儿童
    another; each pair never meets the other's context."""
    docs = []
    for k in range(40):
        money = "经费" if k % 2 else "资金"
        person = "老人" if k % 2 else "儿童"
        docs.append([
            ["乡镇", "财政", money, "短缺", "拨付", "困难"],
            ["县级", "预算", money, "投入", "不足"],
            ["农村", "留守", person, "照料", "陪伴", "缺失"],
            ["社区", "关爱", person, "心理", "健康"],
        ])
    return docs


def test_words_of_one_slot_are_nearer_than_words_of_another():
    words, vec, df = build(_corpus(), dims=4, vocab_size=100, window=2, min_count=5)
    at = {w: i for i, w in enumerate(words)}
    cos = vec @ vec.T
    assert cos[at["经费"], at["资金"]] > cos[at["经费"], at["老人"]]
    assert cos[at["老人"], at["儿童"]] > cos[at["老人"], at["资金"]]
    assert np.allclose(np.linalg.norm(vec, axis=1), 1.0, atol=1e-5)
    assert df[at["经费"]] == 20 and df[at["乡镇"]] == 40


def test_build_is_deterministic_and_caps_the_vocabulary():
    a = build(_corpus(), dims=4, vocab_size=6, window=2, min_count=5)
    b = build(_corpus(), dims=4, vocab_size=6, window=2, min_count=5)
    assert a[0] == b[0] and len(a[0]) == 6
    assert np.array_equal(a[1], b[1])
