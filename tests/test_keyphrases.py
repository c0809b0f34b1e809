"""Keyphrases (summarizer.keyphrases): word-graph TextRank, phrases merged from adjacent keywords, occurrences
into the original input, both tokenizer backends."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

import summarizer
from summarizer.keyphrases import extract_keyphrases, pagerank_sparse, word_graph, word_tag
from summarizer.textrank import pagerank
from summarizer.tokenize import Tokenizer

TEXT = ("老旧小区治理调研\n近年来，老旧小区物业管理缺位，老旧小区居民反映强烈。医疗物资储备不足，医疗物资调配缓慢。"
        "2021年以来，社区工作者人数下降了30%，社区工作者负担很重。我们建议加强老旧小区物业管理，建立医疗物资储备制度，"
        "增加社区工作者岗位。老旧小区改造要与医疗物资保障统筹推进。")


def keyphrases(text: str, **kw):
    return summarizer.summarize(text, **kw).essays[0].keyphrases


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
def test_keyphrases_of_a_short_essay(backend):
    got = keyphrases(TEXT, tokenizer=Tokenizer(backend=backend))
    assert [k.text for k in got] == ["老旧小区物业管理", "医疗物资储备", "老旧小区", "医疗物资", "社区工作者"]
    by_text = {k.text: k for k in got}
    assert [(o.start, o.end) for o in by_text["社区工作者"].occurrences] == [(61, 66), (75, 80), (113, 118)]
    assert len(by_text["老旧小区"].occurrences) == 5
    for k in got:  # every occurrence is the phrase, in the original input
        assert all(TEXT[o.start:o.end] == k.text for o in k.occurrences)
    scores = [k.score for k in got]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


def test_no_numbers_no_stopwords_no_bare_verbs_or_predicates():
    texts = [k.text for k in keyphrases(TEXT)]
    assert not any(t[0].isdigit() for t in texts)
    assert "不足" not in texts and "建议" not in texts and "加强" not in texts


def test_max_keyphrases_and_zero():
    assert len(keyphrases(TEXT, max_keyphrases=2)) == 2
    assert keyphrases(TEXT, max_keyphrases=0) == []
    with pytest.raises(Exception):
        keyphrases(TEXT, max_keyphrases=51)


def test_occurrences_point_into_the_original_with_markup_and_traditional_characters():
    html_like = "<p>老舊小區物業管理缺位。</p>\n<p>老舊小區居民反映強烈，老舊小區改造滯後。老舊小區物業管理要加強。</p>"
    got = keyphrases(html_like)
    assert got, "no keyphrase"
    for k in got:
        for o in k.occurrences:
            assert html_like[o.start:o.end] == k.text
    assert "老舊小區" in [k.text for k in got][:3]  # the user's own (Traditional) characters


def test_word_tag_reads_the_dictionary():
    assert word_tag("小区") == "n"
    assert word_tag("治理") == "v"
    assert word_tag("老旧") is None  # not in jieba's dictionary: kept as a new word


def test_word_graph_window_and_sparse_pagerank_match_the_dense_one():
    g = word_graph([[0, 1, 2], [2, 3]], 4, window=2)
    assert g.toarray().tolist() == [[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]
    g3 = word_graph([[0, 1, 2]], 3, window=3)
    assert g3.toarray()[0, 2] == 1
    rng = np.random.default_rng(0)
    w = rng.random((6, 6)) * (rng.random((6, 6)) < 0.5)
    w = w + w.T
    np.fill_diagonal(w, 0)
    assert np.allclose(pagerank_sparse(sparse.csr_matrix(w)), pagerank(w), atol=1e-6)
    assert pagerank_sparse(sparse.csr_matrix((0, 0))).shape == (0,)


def test_extract_keyphrases_checks_its_arguments():
    with pytest.raises(ValueError):
        extract_keyphrases("", "", [], [], window=1)
    with pytest.raises(ValueError):
        extract_keyphrases("", "", [], [["a"]])
    assert extract_keyphrases("", "", [], []) == []


def test_every_essay_of_the_seed_has_keyphrases(seed_text):
    doc = summarizer.summarize(seed_text)
    for essay in doc.essays:
        assert 5 <= len(essay.keyphrases) <= 10
        for k in essay.keyphrases:  # as for points: the original slice with whitespace taken out
            assert all("".join(seed_text[o.start:o.end].split()) == k.text for o in k.occurrences)
    assert "基层治理" in [k.text for k in doc.essays[0].keyphrases]
    assert "铁南社区" in [k.text for k in doc.essays[2].keyphrases]  # the place the essay studies


def test_frame_words_of_the_genre_are_no_keyphrases():
    """建议, 问题, 时间, 地点 … say what kind of line it is, not what the essay is about (new-user trial: a
    proposal's keyphrases included the bare 建议, a meeting note's its time and place)."""
    text = ("关于改进社区食堂运营的建议\n\n当前社区食堂运营仍面临不少困难。主要表现在：一是就餐人数偏少，日均不足五十人；"
            "二是菜品价格偏高，老人难以承受；三是运营补贴到位慢。\n\n"
            "针对上述问题，提出以下建议：第一，丰富菜品，按老人口味调整菜单；第二，完善补贴机制，按月拨付运营补贴；"
            "第三，建议引入社会力量参与食堂运营，提高运营效率。")
    words = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert words[:3] == ["社区食堂运营", "运营补贴", "运营"]
    assert not {"建议", "问题", "时间", "地点"} & set(words)


def test_a_phrase_neither_opens_with_a_quantifier_nor_ends_with_a_generic_head():
    text = ("河道治理调研\n近年来，个别河道保洁人员责任心不强，个别河道保洁人员长期缺岗。河道保洁工作经费紧张，"
            "河道保洁工作考核流于形式。我们建议充实河道保洁人员，保障河道保洁工作经费，严格河道保洁工作考核。")
    got = [k.text for k in keyphrases(text)]
    assert got[:2] == ["河道保洁人员", "河道保洁"]  # not 个别河道保洁人员, not 河道保洁工作
    assert not any(t.startswith("个别") or t.endswith("工作") for t in got)


def test_one_order_of_the_same_words_and_single_words_after_phrases():
    text = ("垃圾分类调研\n垃圾分类推进缓慢，居民对垃圾分类知晓率低。分类垃圾收运车辆不足，分类垃圾混装混运。"
            "我们建议加强垃圾分类宣传，增加分类垃圾收运车辆，杜绝分类垃圾混装混运。社区垃圾分类要常态化。")
    got = [k.text for k in keyphrases(text)]
    assert "垃圾分类" in got and "分类垃圾" not in got  # the same two words in the other order add nothing
    assert got[-1] == "车辆"  # a single two-character word after every longer phrase
