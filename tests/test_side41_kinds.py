"""Wrong-side points of the aspect corpus (side41), each on a text written for the test (none copies a corpus string).

1. A forbidding contrast (``治理…不能只是一阵风似的…，而是要多方协同…``: a negated modal of the ``contrast_forbid`` cue
   group rejects A, B keeps a modal) orders a course; it was read as a challenge because A names the conduct to avoid
   (``不能``). It is a contrastive measure (:func:`summarizer.aspects.contrastive_measure`) when B's modal opens an act,
   whatever its first word (``而是要多方发力``); not when B describes (``不能…，而是在…``), opens with a copula or a
   quoted figure (``而要“一把钥匙开一把锁”``). Its point keeps A (:func:`summarizer.aspects.contrast_course_start` is 0):
   the conduct forbidden goes with the order.
"""

from __future__ import annotations

from aspect_helpers import points
from costs import assert_linear
from summarizer import aspects as asp

# 1 ---------------------------------------------------------------------------------------------------------------

_FORBID = "治理停车乱象不能只是一阵风似的集中清理，而是要多方协同、持之以恒地加以规范"


def test_forbidding_contrast_is_a_measure():
    assert asp.contrastive_measure(_FORBID)
    assert asp.sentence_aspect(_FORBID) == asp.RECOMMENDATION
    assert asp.contrastive_measure("政府不应只管审批，而应加强事后监管")
    assert asp.contrastive_measure("政府不應只管審批，而應加強事後監管") is False  # cue words are simplified: the
    # pipeline reads a simplified view of Traditional text (summarizer.script.simplified_view)


def test_forbidding_contrast_keeps_the_forbidden_course():
    assert asp.contrast_course_start(_FORBID) == 0
    assert asp.contrast_course_start("城市化的思路不是扩大城市规模，而是顺应人们的选择") > 0


def test_forbidding_contrast_that_describes_or_quotes_is_no_measure():
    assert not asp.contrastive_measure("我们不能把它看作外来语，而是在其广泛用途之下，成为必须学习的语言")
    assert not asp.contrastive_measure("扶贫工作不能“眉毛胡子一把抓”，而要“一把钥匙开一把锁”")
    assert not asp.contrastive_measure("这些问题不能解决，而是越来越严重")


def test_forbidding_contrast_gives_a_recommendation_point():
    text = ("社区停车难题\n\n老旧小区停车位严重不足，车辆乱停乱放现象突出，消防通道经常被堵塞。\n\n" + _FORBID + "。\n")
    assert points(text) == (["老旧小区停车位严重不足，车辆乱停乱放现象突出，消防通道经常被堵塞"], [_FORBID])


def test_forbidding_contrast_is_linear():
    assert_linear(lambda n: asp.contrastive_measure.__wrapped__("不能" + "拖" * n + "，而是要" + "做" * n), 2000, "long contrast")
    assert_linear(lambda n: asp.contrastive_measure.__wrapped__("不能拖，" * n + "而是要做"), 500, "many clauses")
