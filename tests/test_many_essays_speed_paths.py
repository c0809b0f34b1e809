"""The fast paths of a document of many short essays give what the general paths give: a word graph of a few words
ranked in Python floats (the numpy path's scores, bit for bit), and the garbage-collector threshold raised only for
the duration of an analysis and restored after (nested and failing blocks included). Values asserted, no timing."""

from __future__ import annotations

import gc
import random

import numpy as np
import pytest

import summarizer
from summarizer import keyphrases
from summarizer.gcpolicy import ESSAY_GC_THRESHOLD, fewer_collections


def _numpy_scores(sequences, n, window=2):
    a, b = keyphrases._cooccurrences(sequences, window)
    cells = np.concatenate((a * n + b, b * n + a))
    counts = np.bincount(cells, minlength=n * n).astype(np.float64).reshape(n, n)
    return keyphrases.pagerank_sparse(counts).tolist()


def test_small_word_graph_scores_equal_the_numpy_path():
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(1, keyphrases._PLAIN_MAX)
        sequences = [[rng.randrange(n) for _ in range(rng.randint(0, 9))] for _ in range(rng.randint(1, 5))]
        sequences[0].extend(range(n))  # every vertex stands somewhere
        for window in (2, 3):
            assert keyphrases._small_graph_scores(sequences, n, window) == _numpy_scores(sequences, n, window)


def test_small_word_graph_with_isolated_and_repeated_words():
    # 0-1 co-occur twice, 2 stands alone (a dangling vertex), 3 repeats itself (no self-loop)
    sequences = [[0, 1, 0, 1], [2], [3, 3]]
    got = keyphrases._small_graph_scores(sequences, 4, 2)
    assert got == _numpy_scores(sequences, 4)
    assert got[0] == pytest.approx(got[1]) and got[2] == pytest.approx(got[3]) and got[0] > got[2]
    assert sum(got) == pytest.approx(1.0)


def test_collection_of_short_essays_keeps_its_keyphrases():
    text = "".join(f"第{i + 1}篇\n加强社区养老服务\n社区食堂数量少。建议增设社区食堂，扩大社区养老服务覆盖。\n"
                   for i in range(3))
    doc = summarizer.summarize(text)
    assert len(doc.essays) == 3
    for essay in doc.essays:
        assert "社区食堂" in [k.text for k in essay.keyphrases]


def test_fewer_collections_raises_and_restores_the_threshold():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], ESSAY_GC_THRESHOLD)
        with fewer_collections():  # nested: one raise
            assert gc.get_threshold()[0] == max(before[0], ESSAY_GC_THRESHOLD)
        assert gc.get_threshold()[0] == max(before[0], ESSAY_GC_THRESHOLD)
    assert gc.get_threshold() == before
    with pytest.raises(ValueError):
        with fewer_collections():
            raise ValueError("boom")
    assert gc.get_threshold() == before


def test_fewer_collections_leaves_a_disabled_collector_alone():
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
    gc.disable()
    try:
        with fewer_collections():
            assert gc.get_threshold() == before
    finally:
        gc.enable()


def test_summarize_restores_the_threshold():
    before = gc.get_threshold()
    summarizer.summarize("第1篇\n加强治理\n当前基层治理存在短板。建议完善制度。\n第2篇\n完善制度\n基层人员不足。建议增加编制。\n")
    assert gc.get_threshold() == before


def test_simplified_view_table_gives_each_characters_own_view():
    from summarizer import script

    # short texts (the table path) and long ones, Traditional, Simplified, compatibility look-alikes and ASCII mixed
    texts = ["當前基層治理存在短板", "当前基层治理存在短板", "⼀、存在的问题", "abc 問題 def", "問題與對策" * 30, "x"]
    for _ in range(2):  # the second time from the filled table and the set of unchanged characters
        for text in texts:
            assert script.simplified_view(text) == "".join(map(script._char, text))
    assert script.simplified_view("當前問題") == "当前问题"
    assert script.simplified_view("⼀、问题") == "一、问题"


def test_simplified_view_table_stays_bounded():
    from summarizer import script

    cjk = "".join(chr(cp) for cp in range(0x4E00, 0x4E00 + script._VIEW_MAX + 500))
    for k in range(0, len(cjk), 40):
        piece = cjk[k:k + 40]
        # (fold_zhe and fold_variants after the characters' views: the range holds 著 since the table grew to 32,768,
        # speed44, and 瞭 and the other Taiwan/HK variants folded since trad44)
        assert script.simplified_view(piece) == script.fold_variants(script.fold_zhe("".join(map(script._char, piece))))
    assert len(script._VIEW) <= script._VIEW_MAX
    assert len(script._SAME) <= script._VIEW_MAX


def test_collection_keyphrase_offsets_one_by_one_equal_the_gather():
    # an essay with few keyphrase occurrences (mapped one by one) and one with many (one numpy gather): every
    # occurrence is the original text of the phrase
    few = "第一篇\n加强基层治理。基层治理存在短板。\n"
    many = "第二篇\n" + "".join(f"基层治理要加强{i}。社区服务要完善。网格管理要规范。\n" for i in range(12))
    text = "  " + few + many
    result = summarizer.summarize(text)
    counts = []
    for essay in result.essays:
        counts.append(sum(len(k.occurrences) for k in essay.keyphrases))
        for k in essay.keyphrases:
            for span in k.occurrences:
                assert text[span.start:span.end] == k.text
    from summarizer.pipeline import _FEW_OCCURRENCES
    assert min(counts) <= _FEW_OCCURRENCES < max(counts)


def test_dense_matrix_vector_product_by_dot_equals_matmul():
    # the power iterations multiply by ndarray.dot (less call overhead than np.matmul): the same BLAS product, bit
    # for bit, on graphs of every size a word graph or a sentence graph has
    rng = np.random.default_rng(11)
    for _ in range(400):
        n = int(rng.integers(2, 260))
        w = rng.random((n, n)) * (rng.random((n, n)) < 0.3)
        pt = np.ascontiguousarray((w / np.maximum(w.sum(axis=1), 1e-9)[:, None]).T)
        x = rng.random(n)
        x /= x.sum()
        a, b = np.empty(n), np.empty(n)
        np.matmul(pt, x, out=a)
        pt.dot(x, out=b)
        assert a.tobytes() == b.tobytes()


def test_section_cues_are_read_by_the_matched_noun():
    from summarizer import aspects

    pattern, words = aspects._section_pattern()
    assert pattern.groups == 0  # one alternation, no capture group per noun
    # each cue noun is found with its own aspect, at its end; a heading with none gives none
    for word, aspect in words.items():
        assert aspects.heading_cues("一、" + word) == [(2 + len(word), aspect)]
    assert aspects.heading_cues("二、存在的问题") == [(7, aspects.CHALLENGE)]
    assert aspects.heading_cues("三、对策建议")[-1][1] == aspects.RECOMMENDATION
    assert aspects.heading_cues("加强社区治理") == []
    assert aspects.names_aspect_section("面临的主要问题", aspects.CHALLENGE)
    assert not aspects.names_aspect_section("面临的主要问题", aspects.RECOMMENDATION)
