"""Helper fix59c's fixes (session fifty-one), on texts written here.

Bold around words that start with a counting word: ``农村**人才流失严重**，`` is one bold run closed in its clause, no
masked figure (a hidden number is a lone ``**`` before a classifier: ``举报**件，立案**件``), so its marks are removed
from the points while the offsets still point into the text as given.
"""
from __future__ import annotations

from costs import assert_linear
from summarizer import summarize
from summarizer.markup import _MD_EMPHASIS, _emphasis_marks


def _marks(text: str) -> list[int]:
    return [m.start() for m in _emphasis_marks(text, _MD_EMPHASIS.finditer(text))]


def test_bold_run_starting_with_a_classifier_is_emphasis():
    text = "# 山区教育调研\n\n目前山区学校**人员配备不足**，老教师居多，年轻教师留不住。\n\n建议加大**人才培养**投入，完善乡村教师补贴。\n"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges][0] == "目前山区学校人员配备不足，老教师居多，年轻教师留不住"
    assert [p.text for p in essay.recommendations] == ["建议加大人才培养投入，完善乡村教师补贴"]
    for point in essay.challenges + essay.recommendations:
        assert "*" not in point.text
        assert text[point.start:point.end].replace("*", "") == point.text  # offsets into the text as given


def test_masks_in_separate_clauses_stay():
    assert _marks("受理**件，立案**件") == []
    assert _marks("查处**起、处理**人") == []
    assert _marks("学校**人员不足**，") == [2, 8]
    assert _marks("会上**人表态，**要点**说明") == [8, 12]  # a lone mask, then a bold run


def test_emphasis_marks_are_linear():
    assert_linear(lambda n: _marks("学校**人员**，受理**件，" * n), 2000)
    assert_linear(lambda n: _marks("**人" * n), 2000)
