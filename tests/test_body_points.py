"""Granularity inside a point's body (issue 8): list markers the structure stage must see inside a point's body,
and the points they give. Every essay here is written for the test (none is copied from a dev document)."""

import summarizer
from summarizer.structure import find_markers


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_a_quotation_opened_with_a_curly_quote_and_closed_with_a_straight_one_ends_there():
    # PDF conversion mixes “ and ": the quotation closes at the straight quote, and the enumeration after it counts
    text = ("还存在以下问题：一是经费来源单一，按照“谁主管谁负责\"的要求，经费全靠财政拨付；二是人员编制偏少；"
            "三是考核办法滞后。")
    shi = [(m.value, m.run >= 0) for m in find_markers(text) if m.family == "shi"]
    assert shi == [(1, True), (2, True), (3, True)]


def test_a_straight_quote_pair_still_hides_a_quoted_enumeration():
    text = '一是加强宣传。二是完善制度，落实"一是登记；二是公示"的做法。三是强化监督。'
    assert [m.value for m in find_markers(text) if m.family == "shi"] == [1, 2, 3]
    assert text[[m for m in find_markers(text) if m.family == "shi"][2].start:][:2] == "三是"


def test_problems_enumerated_after_a_mixed_quotation_are_points():
    text = ("一、存在的问题\n（一）经费保障不足\n调研发现，在经费方面还存在以下问题：一是缺乏稳定的经费来源，"
            "按照“属地管理\"的原则，经费主要靠乡镇自筹；二是经费使用效率偏低；三是资金拨付严重滞后。\n"
            "二、对策建议\n（一）建立稳定的经费保障机制\n")
    challenges, _ = _points(text)
    assert any(c.startswith("经费使用效率偏低") for c in challenges)
    assert any(c.startswith("资金拨付严重滞后") for c in challenges)
