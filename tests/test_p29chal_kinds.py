"""Problems missed by the Part 29 documents (1055-1168) of the aspect corpus (helper p29chal), each kind on a text
written for the test (none copies a corpus string).

1. None at all of what was owed: a negated verb before 任何 (``老旧小区未安装任何充电设施``, ``居民多次反映却没有得到
   任何答复``) states a problem (:func:`summarizer.aspects._none_at_all_re`, read by ``_prose_deficits``); an absence
   that is no loss (``检查中未发现任何问题``, ``没有造成任何人员伤亡``, ``未收取任何费用``) states none.
"""

from __future__ import annotations

import summarizer
from aspect_helpers import points
from summarizer import aspects as asp
from costs import assert_linear


# 1 ---------------------------------------------------------------------------------------------------------------

_NONE_AT_ALL = ("社区充电设施调查\n\n"
                "近年来，电动自行车数量快速增长。记者走访发现，辖区内的老旧小区未安装任何充电设施。"
                "居民多次向街道反映，至今没有得到任何答复。\n\n"
                "街道表示，将尽快协调解决。\n")


def test_none_at_all_of_what_was_owed_is_a_problem():
    essay = summarizer.summarize(_NONE_AT_ALL).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.challenges] == [
        ("辖区内的老旧小区未安装任何充电设施", 33, 50), ("居民多次向街道反映，至今没有得到任何答复", 51, 71)]


def test_none_at_all_reading():
    for s in ("老旧小区未安装任何充电设施", "商家停业前并未发布任何通知", "物业没有提供任何收费明细",
              "業主多次反映，並沒有得到任何回覆"):
        assert "任何" in asp._prose_deficits(s), s
        assert asp._may_find_deficit(s), s
    m = asp._none_at_all_re().search("居民反映后从未收到任何答复")
    assert m is not None and m.group() == "从未收到任何"


def test_absence_that_is_no_loss_is_no_problem():
    for s in ("本次检查中未发现任何问题", "这次事故没有造成任何人员伤亡", "活动期间未收取任何费用",
              "居民的生活没有受到任何影响", "未来任何时候都要坚持安全第一"):
        assert "任何" not in asp._prose_deficits(s), s
    challenges, _ = points("社区消防工作情况\n\n本月街道对全区商场开展了消防检查，检查中未发现任何问题。"
                           "但是，部分老旧小区消防通道堵塞严重，灭火器长期缺乏维护。\n\n"
                           "下一步，街道要加强日常巡查，督促物业及时清理消防通道。\n")
    assert challenges == ["部分老旧小区消防通道堵塞严重，灭火器长期缺乏维护"]


def test_none_at_all_is_linear():
    assert_linear(lambda n: asp._none_at_all_re().search("未" * n), 100_000, "one negation repeated")
    assert_linear(lambda n: asp._none_at_all_re().search("未提供" * (3 * n) + "任" * n), 10_000, "negated verbs")
