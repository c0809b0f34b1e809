"""A leader's numbered demands (``郭福对各相关单位提出要求，一是要…；二是要…；三是要…``) are one recommendation per item:
提出(N点)要求 ends a lead-in as 强调 does (aspects._DEMAND_MADE), and an ordinal right after 要求 opens a list, no chain of
acts demanded of one addressee cut at every comma (points.addressed_demand_clauses; w68b, Part 68)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document

_ITEMS = ("一是要端正态度，把整改当作分内之事，逐条对照清单，把问题改到位；二是要举一反三，排查同类隐患，借助这次整改"
          "补齐制度短板；三是要加强协作配合，主动对接财政部门，共同推动整改按期完成。")


def _points(text):
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


def test_demand_made_is_a_lead_in_of_recommendations():
    assert asp.lead_in_aspect("会上，局长对各科室提出三点要求：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("会上，局长对各科室提出了以下工作要求：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("会上，局长对各相关单位提出要求，") == asp.RECOMMENDATION
    # a bare label of an exam's requirements is still no lead-in of demands
    assert asp.lead_in_aspect("要求：") != asp.RECOMMENDATION


def test_numbered_demands_are_not_cut_at_commas():
    s = "会上，局长对各相关单位提出要求，" + _ITEMS
    assert pts.addressed_demand_clauses(s) == []
    assert pts.addressed_demand_clauses("会议要求：第一，要加强学习，提高认识，落实责任，推动整改") == []
    # a demand on a named addressee is still read act by act
    chain = "巡察组要求，被巡察的3个村要认真落实主体责任，增强整改意识，提高整改实效，建立长效机制。"
    assert len(pts.addressed_demand_clauses(chain)) == 4


def test_each_numbered_demand_is_one_recommendation():
    for lead in ("会上，局长对各相关单位提出要求，", "会上，局长对各科室提出三点要求：", "会上，局长强调："):
        got = _points(lead + _ITEMS)
        assert got["challenges"] == []
        rec = got["recommendations"]
        assert len(rec) == 3
        assert "端正态度" in rec[0] and "改到位" in rec[0]
        assert "加强协作配合" in rec[2] and "按期完成" in rec[2]


def test_bare_demand_label_items_stay_whole():
    # 局长要求： (a bare 要求 after a title is left to the side reading) no longer cuts the items at their commas
    got = _points("会上，局长要求：" + _ITEMS)
    assert len(got["challenges"]) + len(got["recommendations"]) == 3


def test_linear():
    assert_linear(lambda n: pts.addressed_demand_clauses("局长要求，" + "一是要落实，" * n), 2_000)
    assert_linear(lambda n: asp.lead_in_aspect("提出" * n + "要求，"), 2_000)
