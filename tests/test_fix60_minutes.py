"""Meeting minutes' decisions (check60): a label line of decided items (``议定事项：``) and an inline decision sentence
(``会议议定：A要…；B要…``) give recommendations only, one per decided item; texts written for these tests."""

from __future__ import annotations

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document

LABELLED = """街道党工委会议纪要

3月4日，街道党工委书记主持召开会议，研究背街小巷停车治理工作。会议认为，部分小巷车辆乱停乱放，消防通道堵塞，居民出行不便。

议定事项：
（一）由街道城管科牵头，4月15日前完成辖区停车泊位摸底。
（二）各社区要组织志愿者劝导文明停车，每周通报一次。
（三）街道财政所要在4月底前拨付停车改造经费50万元。

出席：街道班子成员
"""

INLINE = """区政府专题会议纪要

5月9日，副区长主持召开专题会议，研究农贸市场和公厕改造工作。纪要如下。

一、关于农贸市场改造工作
会议指出，部分农贸市场排水设施陈旧，地面湿滑，商户反映强烈。会议议定：区商务局要立即组织对市场设施进行全面检查，对老化破损的排水沟限期更换；各市场管理方要配齐保洁人员，确保市场整洁。

二、关于公厕改造工作
会议指出，老城区公厕数量不足，部分公厕卫生状况差。会议议定：区城管局要在国庆节前完成十座公厕改造，并建立日常巡查制度。
"""


def _points(text: str, key: str) -> list[str]:
    essay = summarize_document(text).essays[0]
    return [p.text for p in getattr(essay, key)]


def _spans(text: str, key: str) -> list[tuple[int, int]]:
    essay = summarize_document(text).essays[0]
    return [(p.start, p.end) for p in getattr(essay, key)]


def test_label_line_of_decided_items():
    assert asp.meeting_decision_lead("议定事项：")
    assert asp.meeting_decision_lead("二、会议议定事项")
    assert asp.meeting_decision_lead("决定事项如下：")
    assert not asp.meeting_decision_lead("存在问题：")
    assert not asp.meeting_decision_lead("议定事项的落实情况良好，各项工作推进顺利：")


def test_every_item_under_the_label_is_a_measure():
    recs = _points(LABELLED, "recommendations")
    assert "由街道城管科牵头，4月15日前完成辖区停车泊位摸底" in recs
    assert "各社区要组织志愿者劝导文明停车，每周通报一次" in recs
    assert "街道财政所要在4月底前拨付停车改造经费50万元" in recs
    assert not any("拨付" in c or "牵头" in c for c in _points(LABELLED, "challenges"))


def test_decision_opening():
    assert asp.meeting_decision_opening("会议议定：区商务局要立即组织检查") == 5
    assert asp.meeting_decision_opening("经研究决定，由区民政局牵头") == 6
    assert asp.meeting_decision_opening("会议指出，部分市场设施陈旧") == 0
    assert asp.meeting_decision_opening("会议决定的事项已全部落实") == 0


def test_inline_decisions_are_recommendations_only():
    recs = _points(INLINE, "recommendations")
    assert "区商务局要立即组织对市场设施进行全面检查，对老化破损的排水沟限期更换" in recs
    assert "各市场管理方要配齐保洁人员，确保市场整洁" in recs
    assert "区城管局要在国庆节前完成十座公厕改造，并建立日常巡查制度" in recs
    chals = _points(INLINE, "challenges")
    assert not any("会议议定" in c or "限期更换" in c for c in chals)
    recs_at = _spans(INLINE, "recommendations")
    for a, b in _spans(INLINE, "challenges"):
        assert not any(x < b and a < y for x, y in recs_at)


def test_decision_points_stay_linear():
    assert_linear(lambda n: summarize_document("会议议定：" + "甲" * n + "。"), 20_000, "a decision of one long clause")
    assert_linear(lambda n: summarize_document("会议议定：要做好；要抓实。" * n), 400, "many decision sentences")
