"""Kinds of Parts 157 and 158 fixed by helper k157158 (session fifty), each on a small text of the test's own (none is
copied from a corpus document).

* a report's problem labels run in with short bodies (``一是台账登记滞后。…未能…。``, under a numbered sub-heading that
  names the problem area): each body sentence that states the problem is a point beside its label (Part 158's 8981,
  Part 153's gold), while a label over a longer argued body stays alone (the seed's dev gold);
"""

from aspect_helpers import points as _points
from costs import assert_linear

from summarizer import points as pts
from summarizer.structure import parse


def test_report_labels_with_short_bodies_give_their_body_problems():
    text = ("一、村级公益设施管护存在的问题\n"
            "1.管护意识淡薄，责任主体模糊\n"
            "一是台账登记滞后。多数村对新建设施登记不及时，台账管理流于形式。\n"
            "二是日常巡查缺位。部分村巡查责任落实不到位，设施损坏后无人报修的现象时有发生。\n"
            "2.管护经费不足，来源渠道单一\n"
            "一是经费来源单一。村集体经济收入有限，管护资金主要依赖上级补助，缺乏稳定的投入渠道。\n"
            "二是补助标准偏低。现行补助标准多年未调整，管护资金缺口较大。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["管护意识淡薄，责任主体模糊", "台账登记滞后", "多数村对新建设施登记不及时，台账管理流于形式",
                          "日常巡查缺位", "部分村巡查责任落实不到位，设施损坏后无人报修的现象时有发生",
                          "管护经费不足，来源渠道单一", "经费来源单一",
                          "村集体经济收入有限，管护资金主要依赖上级补助，缺乏稳定的投入渠道", "补助标准偏低",
                          "现行补助标准多年未调整，管护资金缺口较大"]
    assert recommendations == []


def test_short_label_body_counts_the_sentences_after_the_label():
    text = "一是台账登记滞后。甲。乙。\n二是巡查缺位。甲。乙。丙。\n"
    first, second = parse(text).items
    assert pts.short_label_body(text, first, first.content_start + 6)
    assert not pts.short_label_body(text, second, second.content_start + 4)


def test_short_label_body_is_linear():
    assert_linear(lambda n: [pts.short_label_body(t, it, it.content_start + 4)
                             for t in ["一是经费不足。" + "好。" * n]
                             for it in parse(t).items], 2_000, "a label over many tiny sentences")
    assert_linear(lambda n: [pts.short_label_body(t, it, it.content_start + 4)
                             for t in ["一是经费不足。" + "治" * n]
                             for it in parse(t).items], 20_000, "a label over a long line without punctuation")
