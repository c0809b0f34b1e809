"""Kinds of Parts 157 and 158 fixed by helper k157158 (session fifty), each on a small text of the test's own (none is
copied from a corpus document).

* a report's problem labels run in with short bodies (``一是台账登记滞后。…未能…。``, under a numbered sub-heading that
  names the problem area): each body sentence that states the problem is a point beside its label (Part 158's 8981,
  Part 153's gold), while a label over a longer argued body stays alone (the seed's dev gold);
* a bare measure head's body sentence that names its means first (``通过村广播、宣传栏等方式普及…，提高…``) is a measure
  of its own beside the head (Part 157's 8920), as an imperative body sentence is;
* a news report's relayed ask, ``…代表…提交《…的建议》，建议A，并B；C；D。``, gives one measure per ``；``-part, not one point
  cut at the length cap (Part 157's 8924 and 8944).
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


def test_a_means_first_body_sentence_is_a_measure_beside_its_head():
    text = ("垃圾分类推进缓慢,原因在于村民意识淡薄;设施配套不足。\n对于推进垃圾分类,笔者有几点建议。\n"
            "首先,应加强宣传引导。通过村广播、宣传栏、微信群等方式普及分类知识,提高村民参与意识。\n"
            "其次,应完善设施配套。可以通过统一采购、以奖代补等方式增设分类投放点,加强清运车辆配备。\n"
            "第三,应健全考核机制。\n")
    _, recommendations = _points(text)
    assert recommendations == ["应加强宣传引导", "通过村广播、宣传栏、微信群等方式普及分类知识,提高村民参与意识",
                               "应完善设施配套", "可以通过统一采购、以奖代补等方式增设分类投放点,加强清运车辆配备",
                               "应健全考核机制"]
    # (a finding after 通过 is no measure: 通过检查发现 names no means noun)
    assert not pts._opens_measure_clause("通过检查发现,部分村台账不全。")
    assert pts._opens_measure_clause("通过以奖代补等方式增设投放点。")


def test_means_frame_is_linear():
    assert_linear(lambda n: pts._opens_measure_clause("通过" + "治" * n + "等方式加强管理。"), 20_000,
                  "a means frame over a long run without punctuation")
    assert_linear(lambda n: pts._measure_run("通过广播等方式宣传，" * n), 2_000, "many short means clauses")


def test_a_relayed_ask_of_semicolon_parts_gives_each_part():
    text = ("去年市政协会议期间,王明等委员针对我市山区道路狭窄、校车安全隐患多的实际,提交《关于加强农村校车管理的提案》,"
            "建议统筹安排校车购置补助资金,并建立按月拨付制度;明确山区校车线路审批的牵头部门及办理时限;"
            "推行校车驾驶员定期培训,提高驾驶员应急处置能力。\n")
    _, recommendations = _points(text)
    assert recommendations == ["统筹安排校车购置补助资金,并建立按月拨付制度", "明确山区校车线路审批的牵头部门及办理时限",
                               "推行校车驾驶员定期培训,提高驾驶员应急处置能力"]
    assert pts._reported_ask_start("提交《关于…的建议》,建议统筹安排资金") == len("提交《关于…的建议》,建议")
    assert pts._reported_ask_start("他们的建议得到采纳") == -1


def test_reported_ask_start_is_linear():
    assert_linear(lambda n: pts.semicolon_measures("委员提交提案," + "建议" * n + ";明确时限;推行培训。"), 5_000,
                  "a first part of many proposal words")
    assert_linear(lambda n: pts._reported_ask_start("治" * n + ",建议加强"), 20_000, "a long frame without commas")
