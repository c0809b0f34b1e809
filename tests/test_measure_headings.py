"""Measures that name the problems they act on, found on held-out web pages of rectification speeches, self-criticism
reports and journal abstracts (issue 8, benchmarks/data/aspects Part 5) and tested here on texts written for the
tests: a bracketed note after a heading (``对策建议（含案例）``), compounds built on a problem noun that name a tool of
the measures (``建立问题清单``, ``坚持问题导向``), a problem noun that a remedy verb acts on (``着力解决突出问题``), an
outline written inline (``三、…。（一）…（二）…``) and a turn to the measures that names the problem and then prescribes
(``为解决这种困境，我们应从A、B、C等方面综合施策``)."""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


@pytest.mark.parametrize("heading, aspect", [
    ("四、对策建议（含案例）", asp.RECOMMENDATION),  # the note (含案例) does not make the section a case narration
    ("三、存在的主要问题（附典型事例）", asp.CHALLENGE),
    ("二、主要做法（经验）", asp.OTHER),  # the words before the note decide
    ("（一）存在的问题", asp.CHALLENGE),  # a bracket that opens the heading is its numbering, read as before
    ("【对策建议】", asp.RECOMMENDATION),  # a bracket around the whole heading is the heading
    ("（案例）", asp.OTHER),
    ("工作汇报（含存在问题）", None),  # a note alone names no section
])
def test_a_bracketed_note_after_a_heading_does_not_name_its_section(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


@pytest.mark.parametrize("heading, aspect", [
    ("建立问题清单，确保任务落地", None),  # 问题清单 is the tool of the measure
    ("坚持问题导向", None),
    ("加强风险防控，守住安全底线", None),
    ("聚焦重点领域，着力解决突出问题", None),  # the problem is what the measure removes
    ("着力破解发展难题", None),
    ("存在的问题", asp.CHALLENGE),  # a problem section still is one
    ("风险防控能力不足", asp.CHALLENGE),  # 不足 is stated of the compound
    ("解决问题的对策", asp.RECOMMENDATION),
    ("三、主要矛盾", asp.CHALLENGE),
])
def test_a_measure_heading_that_holds_a_problem_noun_names_no_problem_section(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


def test_measure_items_whose_objects_are_problems_stay_measures():
    text = ("对策建议如下。（一）建立问题清单，明确整改时限。（二）聚焦民生领域，着力解决突出问题。"
            "（三）健全长效机制，巩固整改成果。")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["建立问题清单，明确整改时限", "聚焦民生领域，着力解决突出问题", "健全长效机制，巩固整改成果"]


def test_an_outline_written_inline_gives_its_sub_headings_as_points():
    text = ("下一步工作打算如下。一、加强组织领导，压实工作责任。二、完善制度机制，确保长效常治。"
            "（一）建立工作台账，确保任务落地。（二）畅通反映渠道，及时回应关切。三、强化督促检查，凝聚工作合力。")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["加强组织领导，压实工作责任", "完善制度机制，确保长效常治", "建立工作台账，确保任务落地",
                               "畅通反映渠道，及时回应关切", "强化督促检查，凝聚工作合力"]
    # sub-items after a body sentence of their own item elaborate it, as before: not an outline
    text = ("下一步工作打算如下。一、加强组织领导，压实工作责任。二、完善制度机制。各单位要结合实际制定细则，"
            "（一）明确分工，（二）按月通报。三、强化督促检查，凝聚工作合力。")
    _, recommendations = _points(text)
    assert "明确分工" not in recommendations


def test_a_turn_to_the_measures_that_names_the_problem_and_prescribes_is_a_measure():
    text = ("老旧小区停车难的问题越来越突出，车辆乱停乱放，消防通道被占。为解决这种困境，我们应从增加车位供给、"
            "推行错时共享、加强违停治理等方面综合施策。")
    challenges, recommendations = _points(text)
    assert recommendations == ["为解决这种困境，我们应从增加车位供给、推行错时共享、加强违停治理等方面综合施策"]
    assert challenges and all("为解决" not in c for c in challenges)


def test_the_new_helpers_are_linear_on_long_input():
    # a 100k-character heading without punctuation, and one of 10,000 tiny bracketed notes, come back unchanged in length
    line = "问" * 100_000
    assert asp._mask_annotations(line) == line
    notes = "对策（含）" * 10_000
    masked = asp._mask_annotations(notes)
    assert len(masked) == len(notes) and masked.startswith("对策（")
    assert asp.heading_aspect(line) is None
    assert asp.heading_aspect("加强" + notes) == asp.RECOMMENDATION  # 对策 outside the notes


@pytest.mark.parametrize("heading, aspect", [
    ("群众办事要反复提交材料", None),  # 材料 of governance text: the documents handed in
    ("镇党委领导班子民主生活会对照检查材料", None),
    ("给定材料", asp.OTHER),  # the exam material of a 申论 page still is neither
    ("【背景材料】", asp.OTHER),
])
def test_bare_material_names_no_exam_material_section(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


def test_a_wrapped_title_whose_tail_names_a_note_does_not_hide_the_problems():
    # a PDF's title broken across two lines: its tail (查材料（含案例）) stands alone and must not open a section of
    # neither over the whole report
    text = ("区委办公室领导班子年度民主生活会对照检\n查材料（含案例）\n"
            "根据区委统一部署，班子成员认真开展谈心谈话，广泛征求意见建议，认真撰写了对照检查材料。\n"
            "一、存在的主要问题\n（一）在理论学习方面\n理论武装不够深入，学用结合不紧。\n"
            "一是学习的系统性不强。满足于读文件、记笔记，对新思想新理论的研究不深不透。\n"
            "二是调查研究不够深入。到基层听取意见的次数偏少，解决实际问题的办法不多。")
    challenges, recommendations = _points(text)
    assert challenges == ["学习的系统性不强", "调查研究不够深入"]
    assert recommendations == []


def test_a_statement_of_significance_is_no_measure():
    text = ("坚持和完善村民议事制度，对于化解基层矛盾，提升乡村治理水平，具有十分重要的意义。"
            "目前一些村的议事会流于形式。村民参与议事的渠道不畅，意见难以反映上来。")
    challenges, recommendations = _points(text)
    assert recommendations == []
    assert "目前一些村的议事会流于形式" in challenges
    assert asp.states_neither("坚持和完善村民议事制度，对于化解基层矛盾，具有十分重要的意义")
    assert not asp.states_neither("要坚持和完善村民议事制度，充分发挥其作用")  # 发挥…作用 prescribes


def test_a_count_of_rectified_problems_is_an_achievement():
    text = ("一年来，整改工作取得了阶段性进展。一是制度机制逐步完善，修订管理办法5项。二是突出问题初步整改，"
            "针对反馈的40项问题，目前已有25项完成阶段性整改。但也要看到，整改工作还存在一些不足：一是思想认识不到位，"
            "整改主动性不足。二是部分问题尚未整改到位，反弹回潮的风险仍然存在。")
    challenges, _ = _points(text)
    assert "思想认识不到位，整改主动性不足" in challenges
    assert "部分问题尚未整改到位，反弹回潮的风险仍然存在" in challenges  # not yet rectified: a shortcoming
    assert not any("完成阶段性整改" in c or "初步整改" in c for c in challenges)


def test_the_sentence_after_an_announcement_of_problems_states_them():
    text = ("在肯定成绩的同时，我们也清醒地看到，街道工作中的困难和问题还不少。\n"
            "一是人口老龄化加快，养老服务需求增长。\n二是老旧小区改造任务重，资金缺口较大。\n"
            "我们还认识到，机关工作中存在不少缺点和不足。服务意识淡薄，一些工作落实不够，"
            "办事效率不高。我们要进一步改进作风。")
    challenges, _ = _points(text)
    assert challenges[:2] == ["人口老龄化加快，养老服务需求增长", "老旧小区改造任务重，资金缺口较大"]
    assert any(c.startswith("服务意识淡薄") for c in challenges)
    assert not any("存在不少缺点和不足" in c for c in challenges)  # the announcement itself names nothing
    # the same with the list run inline in one paragraph and the announcement in the next
    text = text.replace("还不少。\n", "还不少。").replace("增长。\n", "增长。").replace("较大。\n", "较大。\n\n")
    challenges, _ = _points(text)
    assert any(c.startswith("服务意识淡薄") for c in challenges)
