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
    assert words[:2] == ["社区食堂运营", "运营补贴"]
    assert "运营" not in words  # 运营 alone: a word of the listed phrases
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
    # 分类+垃圾+收运+车辆 is split into two phrases, not cut at three words into 分类垃圾收运 and a bare 车辆
    assert got[:2] == ["垃圾分类", "收运车辆"]
    assert "车辆" not in got and not any(t.startswith("分类垃圾") for t in got)
    # (a short essay: after them, a dictionary word of three characters and a compound that stands once)
    assert got[2:] == ["知晓率", "分类宣传"]


def test_a_single_word_inside_a_listed_phrase_is_not_listed_again():
    """Mihalcea & Tarau 2004's post-processing collapses adjacent keywords into one keyphrase: a word of a listed
    phrase is that phrase's word, never a keyphrase of its own again, however often it also stands alone (the
    example essay listed 基层治理 … 基层, 数据标准 … 数据, 群众参与 … 群众)."""
    text = ("农村饮水安全调研\n饮水安全关系群众健康。部分村庄饮水安全保障不足，群众反映水质差。水源保护薄弱，水源地周边存在污染，"
            "水源保护缺乏经费。群众参与水源保护的积极性不高。我们建议加强水源保护，完善饮水安全保障机制，引导群众参与水源保护，"
            "让群众喝上放心水。")
    got = [k.text for k in keyphrases(text)]
    assert got[:2] == ["水源保护", "群众参与"]
    # a single two-character word after every longer phrase (the short essay's once-standing compounds included)
    lengths = [len(t) > 2 for t in got]
    assert lengths == sorted(lengths, reverse=True)
    for single in ("水源", "保护", "群众", "参与"):  # each stands alone too (水源地, 群众反映, 群众健康)
        assert single not in got
    assert not any(t != p and t in p for t in got for p in got)  # no keyphrase inside another


def test_a_phrase_is_not_cut_off_a_bound_character_glued_to_its_last_word():
    """jieba segments 快递员 as 快递 + 员 and 充电桩 as 充电 + 桩 (the stems are dictionary words, the whole is not): a
    single character that stands glued after a keyword in at least half of its occurrences belongs to it, so the
    phrase ends after it (the example essay listed 专职网格, cut from 专职网格员); an adjective glued after a phrase
    (数据质量 + 低) is a predicate, not part of the term."""
    text = ("快递员权益保障调研\n快递员工作强度大，快递员收入不稳定。部分平台对快递员的考核过严，快递员缺乏社会保险。"
            "小区充电桩数量少，快递员电动车充电难。我们建议完善快递员社会保险制度，建设小区充电桩，保障快递员休息权利。")
    got = {k.text: k for k in keyphrases(text)}
    assert list(got)[:2] == ["快递员", "小区充电桩"]
    assert len(got["快递员"].occurrences) == 8  # 快递 is a verb: alone it was never a keyphrase
    assert not any(t.endswith(("快递", "充电")) for t in got)
    text = ("政务数据共享调研\n部门数据质量低，数据质量低导致共享平台难以使用。基层数据质量低，重复采集现象多。"
            "我们建议统一数据标准，提高数据质量，建设数据共享平台，减少重复采集。")
    got = [k.text for k in keyphrases(text)]
    assert got[0] == "数据质量" and not any(t.endswith("低") for t in got)


def test_the_example_essay_lists_whole_terms_once():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "examples" / "essay.txt").read_text(encoding="utf-8")
    got = [k.text for k in keyphrases(text)]
    assert "专职网格员" in got and "专职网格" not in got
    assert not {"基层", "数据", "群众"} & set(got)


def test_a_run_of_keywords_too_long_for_one_phrase_is_split_where_its_phrases_stand_alone():
    """基层+医疗机构+药品+供应 is four keywords in a row: cut at three words it gave 基层医疗机构药品 (the seed gave
    基层社会疫情 from 基层社会疫情防控); split into the chunks that also stand as phrases of their own, it gives
    基层医疗机构 + 药品供应, and their occurrences inside the long run count toward them."""
    text = ("乡村医疗保障调研\n基层医疗机构药品供应紧张，基层医疗机构药品供应渠道单一。部分基层医疗机构设备陈旧，药品供应时断时续。"
            "基层医疗机构人员不足，药品供应缺乏统筹。我们建议扩大基层医疗机构药品供应目录，建立药品供应保障机制，"
            "充实基层医疗机构人员。")
    got = {k.text: len(k.occurrences) for k in keyphrases(text)}
    assert list(got)[:2] == ["药品供应", "基层医疗机构"] and got["药品供应"] == got["基层医疗机构"] == 6
    assert not any(t.startswith("基层医疗机构药品") or t.endswith("供应目录") for t in got)


def test_bound_characters_are_noun_morphemes_glued_in_most_occurrences():
    """:func:`_bound_suffixes` on token sequences written here: 员 after the noun 网格 and after the verb 快递 belongs
    to the word; a verb after a noun (客人 + 倒酒) is a predicate; a free noun after a verb opens the next word (改用 +
    铁桶); a character glued in fewer than half of a word's occurrences (数据 + 库, 2 of 5) is no part of it."""
    from summarizer.keyphrases import _bound_suffixes

    vocab = {"网格": 0, "快递": 1, "客人": 2, "改用": 3, "数据": 4}
    units = [["网格", "员", "数量"], ["网格", "员"], ["快递", "员"], ["快递", "员"], ["客人", "倒", "酒"],
             ["客人", "倒", "茶"], ["改用", "铁", "桶"], ["改用", "铁", "架"], ["数据", "库"], ["数据", "库"],
             ["数据", "共享"], ["数据", "标准"], ["数据", "安全"]]
    located, full = [], []
    for toks in units:
        pos, spans = 0, []
        for w in toks:
            spans.append((pos, pos + len(w)))
            pos += len(w)
        located.append(spans)
        full.append([vocab.get(w, -1) for w in toks])
    verb = [False, True, False, True, False]
    assert _bound_suffixes(located, full, units, [True] * 5, verb) == {0: "员", 1: "员"}
    located[1][1] = (3, 4)  # a character between 网格 and 员 (网格的员…): glued in one occurrence only
    assert _bound_suffixes(located, full, units, [True] * 5, verb) == {1: "员"}
