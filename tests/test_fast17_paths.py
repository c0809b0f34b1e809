"""Faster paths that must compute what the slower ones did (fast17): a markup-free original slice mapped as it is,
the news-genre time expressions, the rjieba cut of a text without non-Han letters, the one-deficit clause."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import points
from summarizer.news import _TIME


def test_a_point_or_keyphrase_over_markup_free_text_of_a_marked_up_page_is_mapped_as_it_is():
    # an HTML page: cleaning marks the tags; a range whose original slice is its text, no tag inside, is exact
    page = ("<html><body><h1>社区养老的难处</h1><p>社区养老服务站人手不足，护理员流动频繁，服务难以持续。</p>"
            "<p>建议增加护理员岗位补贴，完善社区养老服务站的培训制度。</p>"
            "<p>社区养老服务站还缺少<b>专业设备</b>，老人就医不便。</p></body></html>")
    essay = summarizer.analyze(page)[0]
    assert essay.document.markup_before is not None
    n = len(essay.text)
    checked = 0
    for start in range(0, n, 3):
        for end in range(start + 1, min(n, start + 40) + 1, 5):
            a, b = essay.to_original(start, end)
            if essay.exact_as_is(start, end, a, b):
                checked += 1
                assert essay.exact_end(start, end) == end
                assert page[a:b] == essay.text[start:end]
    assert checked > 20
    # a range across the bold tag is no such range: exact_end decides it
    at = essay.text.index("专业设备")
    a, b = essay.to_original(at - 2, at + 4)
    assert page[a:b] != essay.text[at - 2:at + 4] and not essay.exact_as_is(at - 2, at + 4, a, b)
    point = essay.point(at - 2, at + 4)
    assert point.text == "缺少专业设备"
    for k in summarizer.summarize(page).essays[0].keyphrases:
        for o in k.occurrences:
            assert "<" not in page[o.start:o.end] and ">" not in page[o.start:o.end]


def test_an_empty_range_is_refused_as_before_on_plain_text():
    essay = summarizer.analyze("基层治理存在人手不足的问题。应当充实队伍。")[0]
    with pytest.raises(ValueError):
        essay.point(3, 3)


def test_news_time_expressions_are_found_by_the_branches_first_characters():
    text = "3月7日上午，市政府召开会议。2019年9月起实施。昨天和今日，日前与近日，当天、当日和此前都是时间。前天也是。"
    assert [m.group() for m in _TIME.finditer(text)] == [
        "3月7日", "2019年9月", "昨天", "今日", "日前", "近日", "当天", "当日", "此前", "前天"]
    assert [m.group() for m in _TIME.finditer("他在1 月 2 号和二〇一九年说了这些")] == ["1 月 2 号"]


def test_rjieba_cut_of_letters_outside_the_han_range_still_splits_as_jieba():
    pytest.importorskip("rjieba")
    from summarizer.tokenize import jieba_module, rjieba_cut

    for text in ("韩国的한국어教材和希腊的αβγ字母", "居民说的话很多", "基层治理，3.5%的人口。"):
        assert rjieba_cut(text) == jieba_module().lcut(text)


def test_a_long_sentence_ending_one_clause_with_its_deficit_gives_that_clause():
    # one deficiency predicate ending a short clause of a long narrating sentence: that clause is the problem
    s = "这几年镇上新开了好几家超市和饭馆，街上热闹了不少，年轻人也回来了一些，不过镇卫生院的医生明显不足，老人看病还得跑到县城去。"
    span = points.final_deficit_clause(s)
    assert span is not None and s[span[0]:span[1]] == "不过镇卫生院的医生明显不足"
    # the same sentence once it prescribes (a strong modal) gives none, whichever test turns it away first
    assert points.final_deficit_clause(s.replace("老人看病还得", "老人看病应该")) is None


@pytest.mark.parametrize("window", [2, 3])
def test_word_graph_scores_are_the_sparse_pagerank_of_the_word_graph_to_the_bit(window):
    import numpy as np

    from summarizer.keyphrases import _word_graph_scores, pagerank_sparse, word_graph

    rng = np.random.default_rng(17)
    n = 520
    # units of candidate ids: repeats, a word that co-occurs with nothing (vertex n - 1: dangling) and empty units
    sequences = [list(rng.integers(0, n - 1, size=int(rng.integers(0, 25)))) for _ in range(150)] + [[n - 1], []]
    expected = pagerank_sparse(word_graph(sequences, n, window))
    got = _word_graph_scores(sequences, n, window)
    assert got.shape == (n,) and np.array_equal(got, expected)
    assert abs(float(got.sum()) - 1.0) < 1e-12


def test_line_anchored_cleaning_rules_find_the_matches_of_a_full_scan():
    import random
    import re

    from summarizer import clean

    anchored = [p for _, p, _ in clean._INLINE_RULES] + [p for _, p in clean._NEWS_FURNITURE]
    anchored = [p for p in anchored if clean._opens_at_line_start(p)]
    assert len(anchored) >= 5  # the bylines and credit lines
    assert not clean._opens_at_line_start(re.compile(r"(?m)^记者|编辑"))  # an alternation: the second is anywhere
    assert not clean._opens_at_line_start(re.compile(r"^记者"))  # no MULTILINE: one position, the plain scan
    empty = re.compile(r"(?m)^\s*")  # empty matches: finditer's own rule, the caller scans
    assert clean._line_start_matches(empty, "甲\n乙") is None
    pieces = ["\n", "\n\n", "记者", "記者", "张三", "北京报道", "本报讯", "【", "】", "（", "）", " ", "\u3000", "编辑", "丨",
              "李四", "。", "，", "日电", "视频剪辑", "2020", "“", "责任编辑", "：", "/", "摄影"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        for p in anchored:
            assert [m.span() for m in clean._line_start_matches(p, text)] == [m.span() for m in p.finditer(text)]
    doc = clean.clean("本报讯（记者张三）社区养老服务站人手不足。\n记者丨李四编辑丨王五“居民说，服务难以持续。”")
    assert "记者" not in doc.text and doc.text.startswith("社区养老服务站人手不足。")
