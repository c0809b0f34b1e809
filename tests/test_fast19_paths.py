"""Faster paths that must compute what the plain ones did (fast19): the side/seq list markers tried only before their
words, the CSR of a collection's dense weights built from a flat index, and the per-sentence memos of the aspect cue
readers. Every input here is written for the test."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import sparse

from summarizer import aspects as asp
from summarizer import collection, structure

_WORD_LED = [(family, p) for family, p in structure._PATTERNS if family in ("side", "seq")]


def _plain_matches(pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """What :func:`structure._finditer` gave before the word-led route: the required-word gate, then finditer."""
    words = structure._REQUIRED.get(id(pattern))
    if words is not None and not any(w in text for w in words):
        return []
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _fast_matches(pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in structure._finditer(pattern, text, [])]


def test_side_and_seq_markers_are_found_where_they_were():
    text = "一方面，资金不足；另一方面，人才缺乏。\n  首先，要加大投入。其次是完善制度；最后，\u3000然后，强化监督。他然后，走了。"
    side, seq = (p for _, p in _WORD_LED)
    assert _fast_matches(side, text) == [((0, 4), ("一方面",)), ((9, 14), ("另一方面",))]
    # the spaces after a line break belong to the match; 然后 after "，\u3000" or inside a clause opens no item
    assert _fast_matches(seq, text) == [((20, 25), ("首先",)), ((31, 34), ("其次",)), ((39, 42), ("最后",))]
    for _, p in _WORD_LED:
        assert _fast_matches(p, text) == _plain_matches(p, text)


def test_side_and_seq_markers_agree_with_the_plain_scan_on_every_short_text():
    pieces = ["首先", "其次", "最后", "然后", "一方面", "另一方面", "另方面", "是", "，", "、", "。", "\n", " ", "\t",
              "\u3000", "：", ")", "字"]
    found = 0
    for n in range(4):
        for combo in itertools.product(pieces, repeat=n):
            text = "".join(combo)
            for _, p in _WORD_LED:
                want = _plain_matches(p, text)
                assert _fast_matches(p, text) == want, text
                found += len(want)
    assert found > 1000


def test_the_word_led_scan_stays_linear_on_long_space_runs():
    text = ("\n" + " " * 2000 + "首先，" + "字" * 10) * 50
    seq = _WORD_LED[1][1]
    got = _fast_matches(seq, text)
    assert len(got) == 50 and got == _plain_matches(seq, text)


@pytest.mark.parametrize("a", [
    np.zeros((0, 3)), np.zeros((3, 0)), np.zeros((2, 4)), np.array([[0.5]]), np.array([[-0.0, 1.5, 0.0]]),
    np.array([[0.0, 0.25, 0.0, 2.0], [0.0, 0.0, 0.0, 0.0], [3.0, 0.0, 0.0, 1e-300]]),
    np.array([[np.nan, 0.0], [0.0, 1.0]]),
])
def test_the_csr_of_a_dense_matrix_is_scipys(a):
    want, got = sparse.csr_matrix(a), collection._csr_of_dense(a)
    assert got.shape == want.shape
    for name in ("indptr", "indices", "data"):
        w, g = getattr(want, name), getattr(got, name)
        assert g.dtype == w.dtype and np.array_equal(g, w, equal_nan=True), name


def test_the_csr_of_a_dense_matrix_keeps_the_values_in_row_order():
    m = collection._csr_of_dense(np.array([[0.0, 2.0, 3.0], [0.0, 0.0, 0.0], [4.0, 0.0, 0.5]]))
    assert m.indptr.tolist() == [0, 2, 2, 4] and m.indices.tolist() == [1, 2, 0, 2]
    assert m.data.tolist() == [2.0, 3.0, 4.0, 0.5]


def test_collection_vectors_are_those_of_the_scipy_conversion(monkeypatch):
    texts = ["养老服务资金不足", "护理人才缺乏", "社区养老设施不足，资金缺口大", "加大财政投入力度", "完善人才培养机制"]
    essays, spans = [0, 0, 1, 1, 2], [(0, 8), (10, 16), (0, 14), (20, 28), (0, 8)]
    fast = collection.vectors(texts, essays=essays, spans=spans)
    monkeypatch.setattr(collection, "_csr_of_dense", sparse.csr_matrix)
    plain = collection.vectors(texts, essays=essays, spans=spans)
    for f, p in zip(fast, plain):
        assert f.shape == p.shape and f.shape[0] == 5
        assert np.array_equal(f.indptr, p.indptr) and np.array_equal(f.indices, p.indices)
        assert np.array_equal(f.data, p.data)
    clusters = collection.cluster_points(texts, essays, spans=spans)[0]
    monkeypatch.undo()
    assert collection.cluster_points(texts, essays, spans=spans)[0] == clusters


_SENTENCES = ["农村养老服务资金严重不足，专业护理人才十分缺乏。", "要加大财政投入，完善养老服务体系。",
              "着力解决看病难的问题。", "全县仍有危房1200户。", "会议强调，要抓好安全生产。", "文章结构完整，层次分明。",
              "本文指出了问题。", "新政推行三年，成效不彰。", "要适应新形势，响应号召。", ""]
_MEMOS = (asp._prose_deficits, asp.remedies_problem, asp.opens_with_remedy, asp.counts_remaining,
          asp.quotes_directive, asp.is_commentary, asp.excludes_prose, asp.states_verdict, asp._mask_non_modals)


@pytest.mark.parametrize("fn", _MEMOS, ids=lambda f: f.__name__)
def test_a_remembered_reader_answers_as_its_plain_function(fn):
    for s in _SENTENCES:
        assert fn(s) == fn.__wrapped__(s) == fn(s), s


def test_the_remembered_readers_give_these_answers():
    assert asp._prose_deficits(_SENTENCES[0]) == {"严重", "不足", "缺乏"}
    assert isinstance(asp._prose_deficits(_SENTENCES[0]), frozenset)  # shared by every caller: not mutable
    assert asp._prose_deficits(_SENTENCES[3]) == {"仍有"} and asp.counts_remaining(_SENTENCES[3])
    assert asp.remedies_problem(_SENTENCES[2]) and asp.opens_with_remedy(_SENTENCES[2])
    assert not asp.remedies_problem(_SENTENCES[1])
    assert asp.quotes_directive(_SENTENCES[4]) and not asp.quotes_directive(_SENTENCES[1])
    assert asp.is_commentary(_SENTENCES[5]) and not asp.is_commentary(_SENTENCES[0])
    assert asp.excludes_prose(_SENTENCES[6]) and asp.states_verdict(_SENTENCES[7])
    assert asp._mask_non_modals(_SENTENCES[8]) == "要  新形势，  号召。"


def test_a_long_text_is_read_without_being_remembered():
    long = "资金严重不足，" * (asp._MEMO_CHARS // 7 + 1)
    assert len(long) > asp._MEMO_CHARS
    before = asp._prose_deficits.cache_info().currsize
    assert asp._prose_deficits(long) == asp._prose_deficits.__wrapped__(long) == {"严重", "不足"}
    assert asp._prose_deficits.cache_info().currsize == before
    short = "人手严重不足。"
    asp._prose_deficits(short)
    assert asp._prose_deficits.cache_info().currsize <= before + 1 and asp._prose_deficits(short) == {"严重", "不足"}


@pytest.mark.parametrize("text", [
    "", "abc", "社区治理", "社區治理存在問題", "资金不足" * 20, "资金不足" * 20 + "輿論", "輿論" + "资金不足" * 1100,
    "资金不足，人才缺乏。" * 500, "⼀、存在的问题" * 10,
])
def test_the_simplified_view_is_each_characters_conversion(text):
    from summarizer import script

    want = "".join(script._char(ch) for ch in text)
    assert script.simplified_view(text) == want
    assert script.simplified_view(text) == want  # (a second time: the characters are known to the view table now)


def test_a_text_of_known_characters_comes_back_as_it_is():
    from summarizer import script

    text = "基层治理资金不足"
    assert script.simplified_view(text) == text  # (its characters are now known to be their own view)
    # (the memo kept the first call's answer, a copy made before the characters were known: emptied, as after each
    # document, the text itself comes back; the test no longer depends on which test saw these characters first)
    script.simplified_view.cache_clear()
    assert script.simplified_view(text) is text
    assert script.simplified_view("社區治理") == "社区治理" and script.simplified_view("⼀、问题") == "一、问题"
