"""Failure kinds Part 12 of the aspect corpus (701-711) left open, each on a text written for the test.

1. A body that turns from achievements to a run of shortfalls (``布局合理，设施齐全，但A达不到要求，B少，C小，没有D``)
   gave one window that began with the achievements and stopped at a point's length: the clauses after the turn are
   challenges, one point each (:func:`summarizer.points.turned_shortfalls`, cue groups ``shortfall_adjective_end``,
   ``lack_opening``, ``unmet_standard``, ``turn_frame``, ``turn_run_end``, ``turn_condition_consequence``); a
   standard not met (``达不到要求``) is a predicate, not a label ending in 要求 (:func:`summarizer.aspects.
   states_no_problem`).
2. A label over narration of work done (``成立工作小组：我院成立了…``) was a measure: its verb reads as an imperative
   only without its body (:func:`summarizer.aspects.labels_work_done`).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P

_REPORT = ("卫生院服务能力自查报告\n为了落实《执业医师法》,切实改善服务条件,根据县卫健委《关于开展基层医疗机构达标评估工作的"
           "实施意见》,开展了认真的自查评估。\n成立自查工作领导小组:我院成立了以院长为组长,各科室主任为成员的领导小组。首先认真"
           "学习县卫健委关于开展基层医疗机构达标评估工作的实施意见,逐项对照打分,就自查情况汇报如下:\n1、门诊和病房。我院布局合理,"
           "标识清楚,消毒设施齐全,但病床数量达不到要求,候诊椅少,药房面积小,没有独立的隔离病房。")


def test_a_turn_from_achievements_to_shortfalls_gives_one_point_per_clause():
    s = "我院食堂宽敞明亮，餐具消毒到位，但宿舍床位数量达不到标准，洗浴间少，晾晒场地小，没有独立的自习室。"
    assert [s[a:b] for a, b in P.turned_shortfalls(s)] == [
        "宿舍床位数量达不到标准", "洗浴间少", "晾晒场地小", "没有独立的自习室"]
    assert points("自查报告\n一、基本情况\n1、食堂和宿舍。" + s) == (
        ["宿舍床位数量达不到标准", "洗浴间少", "晾晒场地小", "没有独立的自习室"], [])


def test_the_frame_after_the_turn_is_read_past():
    assert points("社区工作总结\n今年社区养老服务取得了一定成效，但仍存在服务人员不足，活动场地紧张，设施老化。") == (
        ["服务人员不足", "活动场地紧张", "设施老化"], [])


def test_a_turn_to_an_announcement_an_example_or_conditions_is_no_run():
    # a bare noun announces (its example and consequence follow), no findings run
    assert P.turned_shortfalls("服务取得了一定成效，但存在短板，如人员流动频繁，导致服务断档。") == []
    # 没有A，没有B，…就难以…: the clauses after the turn are conditions of the consequence
    assert P.turned_shortfalls("单纯给钱给物，虽然能解一时之困，但没有致富的本领，没有创业的信心，村民就难以真正脱贫。") == []
    # problems before the turn: not achievements turning to shortfalls
    assert P.turned_shortfalls("资金紧张，人手不足，但场地少，设备旧。") == []
    # one shortfall after the turn is a concession's tail
    assert P.turned_shortfalls("环境优美，交通便利，但停车位少。") == []
    # a change for the better is no shortfall
    assert P.turned_shortfalls("成效明显，但城乡差距缩小，投诉减少。") == []


def test_bare_shortfall_clauses():
    assert P._shortfall_clause("操作间面积小")
    assert P._shortfall_clause("无专用实验室")
    assert P._shortfall_clause("生均用房均达不到要求")
    assert not P._shortfall_clause("无论如何")
    assert not P._shortfall_clause("差距缩小")
    assert not P._shortfall_clause("要扩大操场面积")  # a modal prescribes


def test_an_unmet_standard_is_a_predicate_not_a_label():
    assert not asp.states_no_problem("病床数量达不到要求")
    assert asp.states_no_problem("考核与激励")


def test_a_label_over_work_done_is_no_measure():
    assert asp.labels_work_done("成立自查工作领导小组:我院成立了以院长为组长的领导小组")
    assert not asp.labels_work_done("成立自查工作领导小组：要成立以院长为组长的领导小组")
    assert not asp.labels_work_done("成立了以院长为组长的领导小组")  # no label
    assert points(_REPORT) == (["病床数量达不到要求", "候诊椅少", "药房面积小", "没有独立的隔离病房"], [])
