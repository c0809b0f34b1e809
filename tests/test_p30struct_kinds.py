"""p30struct: Part 29/30 structure kinds (titles, summaries, masks) on small inputs written for the tests.

Kind A, a stored page's ``date`` field glued before the first paragraph with a month's date and no day
(``date 2021-05 城中…``): furniture, never part of the first summary sentence or point.
"""
from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean


def _clean(text: str) -> str:
    return clean(text).text


def test_month_date_field_is_removed():
    text = " date 2019-03 除交通擠塞外,本市另一個深層次問題,是青年人難以置業。\n政府應增加房屋供應。\n"
    essay = summarize(text).essays[0]
    assert not essay.summary.startswith("date")
    assert "date" not in _clean(text)
    for point in essay.challenges + essay.recommendations:
        assert "date" not in point.text
        assert text[point.start:point.end] == point.text


def test_month_date_field_negatives():
    # a date in prose, and a field followed by no Chinese text, stay as written
    prose = "本會於 date 2019-03 公布報告。\n"
    assert "2019-03" in _clean(prose)
    assert "date 2019-03" in _clean(" date 2019-03 abc\n")
