"""The lead's fixes of the seventeenth session, on inputs written here.

Masked figures: a report that hides its numbers writes ``受理举报**件，立案**件``; the two masks are no markdown
emphasis (removing them as one bold pair changed the text to ``举报件，立案件``: newuser25's trial). Emphasis around
words, and a closing ``**`` after a numeral (``**三**个``), is still removed.
"""
from __future__ import annotations

from summarizer import summarize
from summarizer.markup import _MD_EMPHASIS, _emphasis_marks

REPORT = ("关于整改情况的通报\n\n今年以来，共受理群众举报**件，立案**件，涉及资金**万元，"
          "但部分单位整改不到位，问题反弹回潮。要加强督查，对整改不力的严肃问责。\n")


def test_masked_figures_stay_in_the_summary_and_points():
    essay = summarize(REPORT).essays[0]
    assert "共受理群众举报**件，立案**件，涉及资金**万元" in essay.summary
    for point in essay.challenges + essay.recommendations:
        assert REPORT[point.start:point.end] == point.text  # offsets into the text as given
    assert [p.text for p in essay.challenges] == ["部分单位整改不到位", "问题反弹回潮"]


def test_emphasis_is_still_removed_around_words_and_numerals():
    text = "## 标题\n\n我们要**坚持问题导向**，抓住**三**个方面，占比**30%**。**一是**加强领导。\n"
    assert summarize(text).essays[0].summary == "我们要坚持问题导向，抓住三个方面，占比30%。一是加强领导。"


def test_which_stars_are_emphasis():
    text = "举报**件，立案**人，**要点**，**三**个，共**%"
    found = [m.start() for m in _emphasis_marks(text, _MD_EMPHASIS.finditer(text))]
    assert found == [12, 16, 19, 22]


def test_a_long_run_of_masks_is_one_pass():
    text = "举报**件，" * 50000  # 300,000 characters: each "**" is looked at once (bounded look-arounds)
    assert _emphasis_marks(text, _MD_EMPHASIS.finditer(text)) == []
    bold = "**要点**" * 50000
    assert len(_emphasis_marks(bold, _MD_EMPHASIS.finditer(bold))) == 100000
