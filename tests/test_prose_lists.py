"""Lists told in running prose (issue 8: interviews, op-eds, commentary): a lead-in that ends in a dash, causes
announced by a verb of causing and a counted factor noun, and an enumeration summed up after it (``A、B、C……都是…
建议``). Every text here was written for this test."""

import pytest

from summarizer import aspects as asp
from summarizer.chars import ends_as_lead_in, is_heading_line
from summarizer.points import summed_enumeration

from aspect_helpers import points


@pytest.mark.parametrize("text, expected", [
    ("导致农村学校生源流失有三大因素——", True),
    ("原因主要有两个—", True),
    ("存在以下问题：", True),
    ("城市更新——以老城区为例", False),
    ("加强队伍建设", False),
])
def test_a_dash_ends_a_lead_in_as_a_colon_does(text, expected):
    assert ends_as_lead_in(text) is expected
    if expected:
        assert not is_heading_line(text)  # it introduces what follows: no heading


def test_causes_announced_by_a_verb_of_causing_and_counted_factors():
    assert asp.lead_in_aspect("导致农村学校生源流失有三大因素——") == asp.CHALLENGE
    assert asp.lead_in_aspect("造成这一局面的原因有两大：") == asp.CHALLENGE
    # the factors of any outcome (影响…的因素) are no causes of a problem
    assert asp.lead_in_aspect("影响学生选择学校的因素包括以下几个方面：") != asp.CHALLENGE


ESSAY_DASH = """乡村教育观察

记者走访了三个乡镇的中心学校，听取了校长和家长的意见。

导致农村学校生源流失有三大因素——

一是县城学校的吸引力越来越大。家长更愿意把孩子送进城。

二是乡村教师队伍老化，年轻教师留不住。不少学校只剩下几位老教师。

三是寄宿条件跟不上。学生宿舍多年没有翻修。

记者了解到，当地正在研究下一步的办法。
"""


def test_a_list_after_a_dash_lead_in_gives_one_challenge_per_item():
    challenges, _ = points(ESSAY_DASH)
    assert challenges == ["县城学校的吸引力越来越大", "乡村教师队伍老化，年轻教师留不住", "寄宿条件跟不上"]


def test_a_dash_lead_in_opens_no_prose_region_after_its_list():
    challenges, recommendations = points(ESSAY_DASH)
    assert not any("下一步" in c for c in challenges + recommendations)


@pytest.mark.parametrize("sentence, aspect, items", [
    ("放宽落户限制、增加公办学位、建设保障性住房……都是专家们提出过的具体建议。", asp.RECOMMENDATION,
     ["放宽落户限制", "增加公办学位", "建设保障性住房"]),
    ("师资力量薄弱、经费投入不足、课程设置滞后等都是当前农村学校面临的突出问题。", asp.CHALLENGE,
     ["师资力量薄弱", "经费投入不足", "课程设置滞后"]),
    ("缺乏专业人员、场地严重不足、资金来源单一均为社区养老的短板。", asp.CHALLENGE,
     ["缺乏专业人员", "场地严重不足", "资金来源单一"]),
])
def test_an_enumeration_summed_up_as_problems_or_measures_gives_its_items(sentence, aspect, items):
    got, spans = summed_enumeration(sentence, 0, len(sentence), 60)
    assert got == aspect
    assert [sentence[a:b] for a, b in spans] == items


@pytest.mark.parametrize("sentence", [
    "苹果、香蕉、橘子都是常见的水果。",  # no aspect noun sums it up
    "加强监管、完善制度、提高待遇都是建议中没有的内容。",  # the aspect noun does not end the predicate
    "加强监管、完善制度都是建议。",  # two items only
    "北京、上海、广州都是面临人口压力的问题城市。",  # the items state no problem
    "老师、家长、学生都是这些建议的受益者。",  # the items propose nothing
])
def test_enumerations_that_are_no_list_of_points(sentence):
    assert summed_enumeration(sentence, 0, len(sentence), 60) == (None, [])


def test_summed_measures_across_an_ellipsis_in_an_essay():
    text = ("城市人口观察\n\n记者采访了两位研究人口问题的学者。\n\n"
            "放宽落户限制、增加公办学位、建设保障性住房……都是两位学者提出过的具体建议。"
            "他们认为城市应当为新市民留出空间。\n")
    _, recommendations = points(text)
    assert recommendations[:3] == ["放宽落户限制", "增加公办学位", "建设保障性住房"]


def test_summed_enumeration_is_linear_on_long_inputs():
    text = "、".join(["加强监管"] * 3000) + "都是建议。"
    aspect, items = summed_enumeration(text, 0, len(text), 60)
    assert aspect == asp.RECOMMENDATION and len(items) == 3000
    for flat in ("字" * 100_000, "…" * 100_000, "、" * 100_000):
        assert summed_enumeration(flat, 0, len(flat), 60) == (None, [])


@pytest.mark.parametrize("sentence", [
    "然而，推出有效方案来解决旧区的住屋问题仍是刻不容缓的待办事项。",
    "加快推进医疗改革势在必行。",
    "「扩大公办托育供给」已经迫在眉睫。",
])
def test_an_action_judged_urgent_is_a_measure(sentence):
    assert asp.urgent_measure(sentence)
    assert asp.prose_aspect(sentence) == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence", [
    "师资短缺的问题迫在眉睫。",  # urgency said of a problem
    "解决人口问题已经迫在眉睫了。",  # said of removing a problem: no measure named
    "问题已经十分紧迫。",
])
def test_urgency_said_of_a_problem_names_no_measure(sentence):
    assert not asp.urgent_measure(sentence)


@pytest.mark.parametrize("sentence", [
    "要在疫后重建旧城的经济，确实谈何容易。",
    "要消除旧体制留下的影响并非一日之功。",
])
def test_a_task_judged_hard_is_no_measure(sentence):
    assert asp.states_no_measure(sentence)


def test_a_task_judged_hard_turns_to_no_measures():
    assert asp.opener_aspect("要解决目前旧城区的问题确实是一个不可能的任务，当年的情况完全不同。") is None
    assert asp.opener_aspect("要解决这些问题，必须多方协同发力。") == asp.RECOMMENDATION


def test_a_proposal_lead_in_that_carries_work_forward_announces_measures():
    assert asp.announces_tasks("从下面四个层面推动相关工作：")
    assert asp.lead_in_aspect("从以下三个方面推进社区工作——") == asp.RECOMMENDATION
    # narration of work carried out, with no colon, announces nothing
    assert not asp.announces_tasks("研究所派研究员到县里开展扶贫工作，以下简称工作队。")


def test_ordinals_with_a_copula_inside_an_answer_are_an_inline_list():
    text = ("医疗创新访谈\n\n记者：您怎么看医疗器械创新？\n\n张教授：就器械创新而言，我们跟发达国家相比，最大的问题在于两个方面，"
            "第一是我们的创新意识尚缺乏，第二是相关的法律法规不健全。这些都需要时间。\n\n记者：那么怎么办？\n\n"
            "张教授：我认为应当加强专利保护，完善评价体系。\n")
    challenges, _ = points(text)
    assert challenges == ["我们的创新意识尚缺乏", "相关的法律法规不健全"]


def test_a_single_ordinal_with_a_copula_is_no_list():
    from summarizer.structure import parse
    st = parse("安全第一是我们一贯的原则，大家都要遵守。\n")
    assert [it.family for it in st.items if it.family == "di"] == []
