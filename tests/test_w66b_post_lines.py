"""A post written one clause a line, with no punctuation at the line ends (Part 66's 3457): its lines are its
sentences, not a column of headings (:func:`summarizer.sentences.list_line_starts`, ``POST_LINE_RUN``); and a cost
that rose where it was to fall (``不降反增``) states a shortcoming."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.sentences import list_line_starts, split_sentences

POST = "补课班换个名字照样开\n学费反而一涨再涨\n家长的开支不降反增\n孩子的睡眠时间依旧不足\n学校作业还是那么多\n周末也照样排满了课\n"


def _kinds(text):
    return [(s.text, s.kind) for s in split_sentences(text)]


def test_a_run_of_clause_lines_is_read_as_sentences():
    kinds = _kinds("减负一年了，负担减了吗？\n" + POST)
    assert [k for _, k in kinds] == ["sentence"] * 7
    assert kinds[3] == ("家长的开支不降反增", "sentence")


def test_a_short_run_of_bare_lines_stays_headings():
    # five lines: a title block or a column of headings, not a post
    text = "补课班换个名字照样开\n学费反而一涨再涨\n家长的开支不降反增\n孩子的睡眠时间依旧不足\n学校作业还是那么多\n"
    assert [k for _, k in _kinds(text)] == ["heading"] * 5


def test_a_run_of_short_labels_stays_headings():
    # a column of short labels (a form's field names, a nav bar): fewer than half of them clause-long
    text = "首页\n新闻\n政务公开\n办事服务\n互动交流\n走进本县\n关于我们的网站说明\n"
    assert list_line_starts(text) == frozenset()
    assert [k for _, k in _kinds(text)] == ["heading"] * 7


def test_the_post_gives_its_shortcomings():
    summary = summarize_document("减负一年了，负担减了吗？\n\n" + POST.replace("\n", "\n\n"))
    challenges = [p.text for e in summary.essays for p in e.challenges]
    assert "家长的开支不降反增" in challenges
    assert "孩子的睡眠时间依旧不足" in challenges


def test_post_lines_stay_linear():
    assert_linear(lambda n: list_line_starts("孩子的睡眠时间依旧不足\n" * n), 2_000, "many clause lines")
    assert_linear(lambda n: list_line_starts("首页\n" * n), 2_000, "many short lines")


def _points(text):
    summary = summarize_document(text)
    return ([p.text for e in summary.essays for p in e.challenges],
            [p.text for e in summary.essays for p in e.recommendations])


def test_numbered_items_of_one_sentence_are_points_of_their_own():
    # a complaint's inline items after a lead that names no aspect (Part 66's 3480): one point each, the lead and the
    # item numbers no part of them, never one window across "；2、"
    challenges, _ = _points("请到东街菜市场门口检查一下：1、垃圾堆积如山，多次反映要求整治，但主管部门踢皮球；"
                            "2、自从换了清扫工后，根本不负责任，垃圾撒到街面上。")
    assert challenges == ["垃圾堆积如山，多次反映要求整治，但主管部门踢皮球", "自从换了清扫工后，根本不负责任，垃圾撒到街面上"]


def test_bracketed_item_numbers_split_too():
    challenges, _ = _points("请到村里看一看：（1）村道路灯严重不足，晚上出行不安全；（2）自来水管网老化，经常停水。")
    assert challenges == ["村道路灯严重不足，晚上出行不安全", "自来水管网老化，经常停水"]


def test_a_decimal_is_no_item_number():
    from summarizer.points import _PART_ITEM_LEAD
    assert _PART_ITEM_LEAD.match("2.5亿元") is None
    assert _PART_ITEM_LEAD.match("2、自从") is not None
    assert _PART_ITEM_LEAD.match("第三是大医院") is not None
