"""Kinds of faults of Parts 103-107 (safety reports, science papers, overseas commentary, health reports, speeches and
minutes) fixed by helper k4748, each on a small text written for the test (none copied from a corpus document).

* a reporting verb's complement 出 where the pair infers (``这反映出…``): no stray ``出`` at a point's start;
* a commendation decision's formula (``希望受到表彰的同志…``, ``号召…学习他们…的精神``): no point;
* work done told with an adverb of completion (``各区已经组织开展…``): no recommendation;
* 要 inside the connective ``要不然`` (otherwise): no modal, no recommendation;
* problems as the topic of a meeting's comment (``对存在的问题提出整改意见``): no challenge;
* a task assigned to a lead body (``由市交通局牵头，于年底前完成…``): a recommendation, unless narrated as done;
* a leader's count of points stressed (``强调三点：一是…``) announces his demands: the short heads are measures.
"""

from __future__ import annotations

import pytest

from costs import assert_linear
from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_inference_complement_chu_stays_with_its_verb():
    ch, rec = _points("这一结果反映出乡镇卫生院的药品储备依然不足。\n")
    assert any("药品储备依然不足" in p for p in ch)
    assert not any(p.startswith("出") for p in ch + rec)


def test_worry_verb_before_chu_frames_nothing():
    ch, rec = _points("有的家长担心出事后没人负责，建议学校尽快购买校方责任保险。\n")
    assert not any(p.startswith("出") or p.startswith("事后") for p in ch + rec)
    assert any("购买校方责任保险" in p for p in rec)


def test_commendation_formula_gives_no_point():
    ch, rec = _points("经研究，决定对王某等5名同志予以表彰。希望受到表彰的同志珍惜荣誉。号召全体教职工学习他们爱岗敬业的"
                      "精神，为学校发展再立新功。\n")
    assert not ch and not rec


def test_done_work_with_completion_adverb_is_no_recommendation():
    ch, rec = _points("通报指出，专项检查开展以来，各区已经组织开展两次消防演练。\n")
    assert not rec
    assert asp.narrates_activity("各区已经组织开展两次消防演练")
    assert not asp.narrates_activity("人口老龄化的步伐已经加速")  # a change of state, no object: no work done


def test_yaoburan_counterfactual_is_no_recommendation():
    ch, rec = _points("村里的自来水管道年久失修，经常停水。要不然，村民们也不会家家打井取水了。\n")
    assert not any("要不然" in p for p in rec)


def test_comment_on_problems_is_no_challenge():
    ch, rec = _points("座谈会上，主任逐一听取汇报，对存在的问题提出整改意见。\n")
    assert not ch
    assert asp.speaks_of_problems("对存在的问题提出整改意见")
    assert not asp.speaks_of_problems("应对存在的问题提出整改意见")  # a modal: prescribes


def test_assigned_task_is_a_measure():
    ch, rec = _points("由市交通局牵头，于年底前完成公交站台无障碍改造。\n")
    assert any("公交站台无障碍改造" in p for p in rec)
    assert points.assigned_task("由市交通局牵头，完成了公交站台改造。") == []
    assert points.assigned_task("由市交通局牵头的改造工程进展如何？") == []


def test_new_readers_stay_linear():
    assert_linear(lambda n: asp.narrates_activity("已经" * n), 5_000, "a run of completion adverbs")
    assert_linear(lambda n: asp.speaks_of_problems("对存在" * n + "问题"), 5_000, "对 with no comment after")
    assert_linear(lambda n: points.assigned_task("由" + "局" * n + "牵头"), 20_000, "a long assignee")
    assert_linear(lambda n: asp.lead_in_aspect("强调" * n + "三点："), 5_000, "a run of verbs of stressing")


def test_stressed_points_count_announces_demands():
    ch, rec = _points("局长在会上强调三点：一是思想上再重视。二是值守再严格。三是物资再充实。各站所要补足沙袋和救生衣。\n")
    assert any("思想上再重视" in p for p in rec)
    assert any("值守再严格" in p for p in rec)
    assert asp.lead_in_aspect("局长在会上强调三点：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("局长在会上强调了三点优势：") is None
