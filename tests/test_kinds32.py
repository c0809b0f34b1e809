"""Recall kinds left from Parts 46-48 (kinds32), on small texts of the tests' own."""

from __future__ import annotations

from costs import assert_linear

from summarizer import points as P
from tests.aspect_helpers import points as _points


def test_abstract_list_of_ways_gives_each_measure():
    """An abstract names its measures as one list put forward with 提出 and closed by a way noun (``…等优化途径``):
    each item is a recommendation, the problems before stay challenges."""
    chals, recs = _points("社区养老服务研究\n摘要:本文分析了社区养老服务中存在的护理人员不足、服务内容单一等问题,"
                          "并提出了引入专业社工机构、扩大政府购买服务范围、建设智慧养老信息平台等优化途径。\n")
    assert any("护理人员不足" in c for c in chals), chals
    assert sum(1 for r in recs if "专业社工机构" in r or "政府购买服务" in r or "智慧养老" in r) == 3, recs
    assert not any("专业社工机构" in r and "智慧养老" in r for r in recs), recs


def test_proposed_list_named_measures_needs_one_stating_item():
    """:func:`summarizer.points.proposed_enumeration`: a list named measures right after its 等 (``等建议``) is read
    with one item that states a measure (``设立…``) and none that states a problem; a list of topics (``等方面的建议``)
    still needs most of its items to state measures, and a list that names problems is not read as measures."""
    t = "课题组提出了设立助学专项基金、共建实训基地、聘请行业导师等建议。"
    aspect, items = P.proposed_enumeration(t, 0, len(t))
    assert aspect == "recommendation" and [t[a:b] for a, b in items] == ["设立助学专项基金", "共建实训基地", "聘请行业导师"]
    t = "课题组提出了设立助学专项基金、公共交通票价、医疗卫生服务等方面的建议。"
    assert P.proposed_enumeration(t, 0, len(t)) == (None, [])
    t = "课题组提出了设立助学专项基金、实训基地严重不足、导师数量缺乏等建议。"
    assert P.proposed_enumeration(t, 0, len(t)) == (None, [])
    t = "课题组提出了融资渠道、就业途径、社会保障等途径。"
    assert P.proposed_enumeration(t, 0, len(t)) == (None, [])


def test_proposed_list_is_linear():
    """A long list after 提出 and a long run without a closing noun stay linear."""
    assert_linear(lambda n: (lambda t: P.proposed_enumeration(t, 0, len(t)))("提出了" + "设立专项基金、" * n + "等途径。"),
                  300, "a long proposed list")
    assert_linear(lambda n: (lambda t: P.proposed_enumeration(t, 0, len(t)))("提出" * n + "等"), 500, "many 提出")


def test_counted_list_gives_every_item():
    """A list closed by a count and its noun (``面临着A、B与C三个方面的困境``) gives one challenge per item: the count
    says the last ``、`` item holds two, joined by 与/和; the count and noun are in no item."""
    chals, _ = _points("乡村书屋运行调研\n摘要:调研发现,乡村书屋面临着图书更新太慢、开放时间太短和管理人员缺位三个方面的困境。\n")
    assert sorted(chals) == sorted(["图书更新太慢", "开放时间太短", "管理人员缺位"]), chals


def test_counted_tail_and_split():
    """:func:`summarizer.points.counted_tail` reads the count that ends a list's last item; :func:`summarizer.points.
    split_counted_last` splits the last item at its one conjunction only when the count names one item more, and
    leaves a list whose count matches (or that has no count) as it is."""
    t = "经费紧张、人员不足与设备老化三大难题"
    assert P.counted_tail(t, 5, len(t)) == (3, t.index("三"), "难题")
    assert P.counted_tail("设备老化", 0, 4) is None
    items = P.enumeration_spans(t, 0, len(t))
    assert [t[a:b] for a, b in items] == ["经费紧张", "人员不足", "设备老化"]
    t = "经费紧张、人员和设备不足两个方面"  # (the count matches the 、 items: 人员和设备不足 is one item)
    assert [t[a:b] for a, b in P.enumeration_spans(t, 0, len(t))] == ["经费紧张", "人员和设备不足"]
    t = "经费紧张、人员不足、设备老化"
    assert [t[a:b] for a, b in P.enumeration_spans(t, 0, len(t))] == ["经费紧张", "人员不足", "设备老化"]
    assert_linear(lambda n: P.enumeration_spans(*(lambda s: (s, 0, len(s)))("甲乙、" * n + "和" * n + "三个方面")),
                  300, "a long counted list")


def test_several_members_demands_in_one_sentence():
    """A council report gives several members' turns in one sentence, each a speaker and a demand verb
    (``王议员要求…，李议员促请…，张议员则建议…``; or one turn per ``；``, the demand in a later clause: ``李某以某路为例，
    要求…``): each demand is one recommendation, not one point of the whole sentence."""
    _, recs = _points("议会新闻\n市议会昨日质询，王议员要求交通局增设学校路口号志，李议员促请市府延长夜间公车营运时间，"
                      "张议员则建议增加机车停车格。\n")
    assert any(r.startswith("要求交通局增设学校路口号志") for r in recs), recs
    assert any("延长夜间公车营运时间" in r and "号志" not in r for r in recs), recs
    assert any("增加机车停车格" in r and "公车" not in r for r in recs), recs
    _, recs = _points("议会新闻\n县议会总质询进入第二天；上午质询部分，周某某要求卫生局延长夜间门诊时间；吴某某以环岛公路为例，"
                      "要求工务处加强路面巡查；郑某某则为渔民请命，也呼吁要加快渔港疏浚。\n")
    assert any(r.startswith("要求卫生局延长夜间门诊时间") for r in recs), recs
    assert any(r.startswith("要求工务处加强路面巡查") for r in recs), recs
    assert any("加快渔港疏浚" in r and "路面" not in r for r in recs), recs


def test_speakers_demands_reads_turns_only():
    """:func:`summarizer.points.speakers_demands`: a verb inside a noun (``代表建议的质量``), a list's ordinal before the
    verb (``一是希望…``) and one speaker's single demand give no turns; a question gives none; linear in a long
    sentence of turns and in a long clause with no mark."""
    s = "王议员要求交通局增设号志，李议员促请市府延长公车营运时间。"
    assert [s[a:b] for a, b in P.speakers_demands(s)] == ["要求交通局增设号志", "市府延长公车营运时间"]
    assert P.speakers_demands("王议员要求交通局增设号志，并加强路口执法。") == []
    assert P.speakers_demands("附议代表建议的质量不高，一是希望中央支持，二是希望加快建设。") == []
    assert P.speakers_demands("王议员要求交通局增设号志，李议员促请市府延长公车营运时间？") == []
    assert_linear(lambda n: P.speakers_demands("王议员要求交通局增设号志，" * n + "。"), 200, "many turns")
    assert_linear(lambda n: P.speakers_demands("王议员要求" + "增" * n + "。"), 2000, "a long clause")


def test_checked_items_of_a_self_inspection_are_no_measures():
    """A self-inspection report's items of what was checked open with a verb and 了 (``检查了…，确保…``): work done,
    whatever purpose clause follows (:func:`summarizer.aspects.tells_action_done`); a clause with a modal still
    prescribes, and 为了/了解 open no done work."""
    from summarizer import aspects as asp
    assert asp.tells_action_done("用电安全：排查了宿舍私拉电线情况，确保用电规范。")
    assert asp.tells_action_done("组织了两次疏散演练")
    assert not asp.tells_action_done("组织了两次疏散演练，今后要每学期开展一次")
    assert not asp.tells_action_done("为了确保用电规范，排查宿舍私拉电线情况")
    assert not asp.tells_action_done("了解学生用电需求")
    chals, recs = _points("学校安全自查报告\n一、检查内容\n1. 用电安全：排查了宿舍私拉电线情况，确保用电规范。\n"
                          "2. 交通安全：查看了校门口护栏和标线，确保学生出入安全。\n二、存在问题\n1. 个别宿舍插座老化。\n")
    assert not any("确保" in r for r in recs), recs
    assert any("插座老化" in c for c in chals), chals


def test_levels_list_after_cong_gives_each_measure():
    """An abstract names its measures as the levels it proposes from (``从A、B和C三个层面提出对策和建议``): the count
    names three items, so the last ``、`` item splits at 和, and each is one recommendation; two items, or a list that
    names problems, give none."""
    t = "本文从完善村级财务公开、加大对村级合作社的扶持和强化对村干部的日常监督三个层面提出对策建议。"
    aspect, items = P.proposed_enumeration(t, 0, len(t))
    assert aspect == "recommendation"
    assert [t[a:b] for a, b in items] == ["完善村级财务公开", "加大对村级合作社的扶持", "强化对村干部的日常监督"]
    t = "本文从完善村级财务公开和加大对村级合作社的扶持两个层面提出对策建议。"
    assert P.proposed_enumeration(t, 0, len(t)) == (None, [])
    assert_linear(lambda n: (lambda s: P.proposed_enumeration(s, 0, len(s)))("从" + "完善财务、" * n + "三个层面提出对策。"),
                  300, "a long levels list")


def test_keyword_line_above_an_abstract_is_no_heading_of_its_measures():
    """A paper's keyword line that stands above its abstract (``关键词：…困境对策`` then ``摘要：…。一要…；二要…；三要…。``)
    is no heading of the abstract's points: the measures after the abstract's first sentence stay; a keyword list
    under the label (no sentence between) still gives no point."""
    head = "乡村书屋运营探析\n\n关键词：乡村书屋困境对策\n\n"
    body = ("摘要：乡村书屋面临着图书陈旧、开放时间短等困境。乡村书屋要以积极的作为走出困境。一要更新馆藏图书，"
            "扩大电子阅读服务；二要延长开放时间，安排专人值守；三要培育阅读骨干，组织读书活动。\n")
    _, recs = _points(head + body)
    assert sum(1 for r in recs if "更新馆藏图书" in r or "延长开放时间" in r or "培育阅读骨干" in r) == 3, recs
    _, recs = _points("乡村书屋运营探析\n\n关键词：\n加强阅读推广；完善管理制度；强化经费保障\n")
    assert recs == [], recs
