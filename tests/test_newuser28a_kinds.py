"""Fault kinds a new user's blind trial set (Part 33, ids 1350-1411) met, on inputs written for these tests.

The trial's brief was to report faults, not to fix them: each test states the right value and is marked
``xfail(strict=True)`` while the pipeline still gets it wrong, so the suite stays green and the mark must be removed
(the test then guards the fix) by whoever fixes the kind. See ``benchmarks/data/aspects/SOURCES.md``, Part 33.
"""

from __future__ import annotations

import pytest

import summarizer


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


_BODY = ("会议指出,当前全市养老服务仍存在床位结构不合理、护理人员流失严重等问题。"
         "会议要求,各区要加快建设社区嵌入式养老机构,加大护理人员培训力度。")


def test_share_widget_bullets_are_no_measures_and_do_not_swallow_the_story():
    """A news page's `  • 关注微信` / `  • 关注微博` widget bullets (1362) are page furniture: no measure, and the
    story after them keeps its problems (today the bullets become the only points and the story's problems vanish)."""
    text = "全市养老服务工作推进会召开\n来源:市民政局 2024-05-10\n  • 关注微信\n\n  • 关注微博\n\n" + _BODY
    chals, recs = _points(text)
    assert not any("关注微" in r for r in recs), recs
    assert any("床位结构不合理" in c for c in chals), chals


def test_without_the_widget_the_same_story_keeps_its_problems():
    """The control for the test above: the same page without the widget lines."""
    chals, _ = _points("全市养老服务工作推进会召开\n来源:市民政局 2024-05-10\n\n" + _BODY)
    assert any("床位结构不合理" in c for c in chals), chals


def test_a_meetings_demand_frame_keeps_its_measure():
    """`会议要求,各区要加快…` is the meeting's (the story's speaker's) demand, as `各区要加快…` alone already is."""
    _, recs = _points(_BODY)
    assert any("嵌入式养老机构" in r for r in recs), recs


@pytest.mark.xfail(strict=True, reason="Part 33 kind: an abstract's result sentence naming the weakest part")
def test_a_result_naming_the_weakest_link_is_a_challenge():
    """An abstract's 结果 that names what works worst (`…信息协同最差`, 1354) is a problem the author states."""
    chals, _ = _points("研究结果表明,社区卫生服务中心与医院之间的信息协同最差,人员协同次之。")
    assert any("信息协同最差" in c for c in chals), chals
