"""The faster code paths of the per-request pipeline give exactly what the plain ones give (no timing here: the
speed is measured by ``benchmarks.profile_pipeline``; these tests pin the equivalence, to the bit)."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import textrank
from summarizer.keyphrases import pagerank_sparse
from summarizer.textrank import CHECK_EVERY, pagerank, power_iteration


def _plain_iteration(step, x, limit, threshold):
    """The reference: a convergence check after every step."""
    for _ in range(limit):
        y = np.empty_like(x)
        step(x, y)
        err = np.add.reduce(np.absolute(y - x))
        x = y
        if err < threshold:
            return True, x
    return False, x


def _graph(n: int, seed: int, density: float = 0.15) -> np.ndarray:
    rng = np.random.default_rng(seed)
    w = np.triu((rng.random((n, n)) < density) * rng.integers(1, 4, (n, n)), 1).astype(np.float64)
    return w + w.T


@pytest.mark.parametrize("n", [2, 5, 9, 40, 130])
@pytest.mark.parametrize("limit", [1, 3, CHECK_EVERY, CHECK_EVERY + 1, 3 * CHECK_EVERY - 1, 200])
def test_power_iteration_stops_at_the_iterate_a_check_after_every_step_stops_at(n, limit):
    w = _graph(n, seed=n)
    out = w.sum(axis=1)
    pt = np.ascontiguousarray((w / np.where(out == 0, 1.0, out)[:, None]).T)

    def step(x, y):
        np.matmul(pt, x, out=y)
        np.multiply(y, 0.85, out=y)
        np.add(y, 0.15 / n, out=y)

    x0 = np.full(n, 1.0 / n)
    for threshold in (n * 1e-8, 1e-3, 0.0):  # 0.0: never converges, the last iterate comes back
        done, x = power_iteration(step, x0.copy(), limit, threshold)
        ref_done, ref = _plain_iteration(step, x0.copy(), limit, threshold)
        assert done == ref_done
        assert np.array_equal(x, ref)


def _reference_pagerank(w: np.ndarray, damping: float = 0.85, tol: float = 1e-8) -> np.ndarray:
    n = w.shape[0]
    out = w.sum(axis=1)
    pt = np.ascontiguousarray((w / np.where(out == 0, 1.0, out)[:, None]).T)
    dangling = np.flatnonzero(out == 0)
    x = np.full(n, 1.0 / n)
    for _ in range(200):
        y = pt @ x
        if len(dangling):
            y = y + np.add.reduce(x[dangling]) * np.full(n, 1.0 / n)
        y = y * damping + (1.0 - damping) * np.full(n, 1.0 / n)
        err = np.add.reduce(np.absolute(y - x))
        x = y
        if err < n * tol:
            break
    return x / x.sum()


@pytest.mark.parametrize("n", [12, 30, 90])
def test_sentence_pagerank_equals_the_step_by_step_iteration_but_for_the_last_bits(n):
    # one matrix-vector product per step (textrank.affine_step_matrix) sums in another order: the same scores to
    # 1e-12 and the same order of any two scores that differ by more than that
    w = _graph(n, seed=100 + n)
    w[3, :] = w[:, 3] = 0.0  # a dangling node
    got, ref = pagerank(w), _reference_pagerank(w)
    assert np.allclose(got, ref, rtol=0.0, atol=1e-12)
    apart = np.abs(ref[:, None] - ref[None, :]) > 1e-12
    assert np.array_equal((got[:, None] > got[None, :])[apart], (ref[:, None] > ref[None, :])[apart])


def test_affine_step_matrix_is_the_pagerank_step():
    w = _graph(9, seed=7)
    w[2, :] = 0.0  # dangling
    out = w.sum(axis=1)
    dangling = out == 0
    pt = (w / np.where(dangling, 1.0, out)[:, None]).T
    v = np.arange(1.0, 10.0) / 45.0
    x = np.random.default_rng(1).random(9)
    expected = 0.85 * (pt @ x + x[dangling].sum() * v) + 0.15 * v
    a = textrank.affine_step_matrix(pt, dangling, v, 0.85)
    y = a @ np.append(x, 1.0)
    assert np.allclose(y[:9], expected, rtol=0.0, atol=1e-15) and y[9] == 1.0


@pytest.mark.parametrize("n", [12, 60])
def test_word_graph_pagerank_is_a_distribution_and_deterministic(n):
    w = _graph(n, seed=200 + n)
    scores = pagerank_sparse(w)
    assert scores.shape == (n,) and abs(scores.sum() - 1.0) < 1e-12
    assert np.array_equal(scores, pagerank_sparse(w.copy()))


def test_small_pair_counts_count_every_shared_word_in_both_directions():
    sentences = [["水", "河长", "巡河"], ["河长", "水", "治理"], ["治理", "公园"], ["公园", "河长", "水", "水"], []]
    counts, types = textrank._small_pair_counts(sentences)
    n = len(sentences)
    expected = {}
    for i, a in enumerate(sentences):
        for j, b in enumerate(sentences):
            shared = len(set(a) & set(b))
            if i != j and shared:
                expected[i * n + j] = shared
    assert dict(counts) == expected
    assert types == [3, 3, 2, 3, 0]


def test_char_translator_equals_str_translate_beyond_the_bmp_and_on_lone_surrogates():
    from summarizer.chars import ASCII_LOWER, char_translator

    table = {**ASCII_LOWER, 0xFF21: "a", 0xFFFF: "x"}  # (U+FFFF mapped: a code point beyond the BMP must not read it)
    translate = char_translator(table)
    for text in ("ＡBC" * 30 + "\U00020000" + "\uffff" + "\ud800" + "河长制" * 40, "A" * 100, "\U0001F600" * 70,
                 "治理" * 50):
        assert translate(text) == text.translate(table)


def test_cleaning_cues_name_every_character_their_rules_match():
    from summarizer import clean

    for pattern, chars in ((clean._INVISIBLE, clean._INVISIBLE_CHARS), (clean._LINE_BREAK, clean._LINE_BREAK_CHARS)):
        matched = {chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and pattern.match(chr(c))}
        assert matched == set(chars)


@pytest.mark.parametrize("text", [
    "第一段\u200b文字。\r\n第二段\u2028文字。",  # line breaks and an invisible character: cleaned
    "河长制落实不到位。本报记者张三/摄影2020年8月17日，巡河。",  # a photo credit after a sentence: removed
    "本文数据来自中国知网。治理成效明显。",  # a watermark
    "没有任何需要清理的内容。",
])
def test_cleaning_skips_only_rules_whose_cue_is_absent(text, monkeypatch):
    from summarizer import clean

    fast = clean.clean(text)
    monkeypatch.setattr(clean, "_cued", lambda cue, text: True)  # every rule runs
    slow = clean.clean(text)
    assert (fast.text, fast.offsets.tolist(), fast.removed) == (slow.text, slow.offsets.tolist(), slow.removed)
