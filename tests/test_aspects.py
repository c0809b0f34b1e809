"""Aspect analysis: which sections and items are challenges, which recommendations."""

import pytest

from summarizer import aspects as asp
from summarizer.structure import parse


@pytest.mark.parametrize("heading, aspect", [
    ("存在的问题", asp.CHALLENGE),
    ("基层社区治理在疫情防控中存在的问题及原因分析", asp.CHALLENGE),
    ("“月考”中暴露出来的问题与缺陷不可小觑", asp.CHALLENGE),
    ("应对社会治理短板的对策及建议", asp.RECOMMENDATION),
    ("提升基层应急管理能力的对策分析", asp.RECOMMENDATION),
    ("凤城市基层社区疫情防控的主要做法", asp.OTHER),
    ("农村地区疫情防控主要措施", asp.OTHER),
    ("城市内涝的治理措施", asp.RECOMMENDATION),
    ("加强党建引领,发挥党员先锋模范作用", None),
    # the head noun names a shortcoming of the measures: 限制, 局限, 不到位 … are challenge nouns too
    ("现行帮扶措施的各种限制", asp.CHALLENGE),
    ("应急预案的局限性", asp.CHALLENGE),
    ("减负措施落实不到位", asp.CHALLENGE),
    ("疫情期间的限制措施", asp.RECOMMENDATION),
])
def test_section_heading_names_its_aspect_by_its_last_cue_noun(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


def test_a_title_naming_both_aspects_names_none():
    assert asp.heading_aspect("新冠肺炎疫情对基层社会治理的挑战及对策建议", title=True) is None


@pytest.mark.parametrize("heading, vote", [
    ("加强党建引领，发挥党员先锋模范作用", asp.RECOMMENDATION),
    ("以严格的激励约束机制，倒逼党员干部践行初心", asp.RECOMMENDATION),
    ("进一步健全完善基层公共危机管理制度", asp.RECOMMENDATION),
    ("医疗物资储备不足", asp.CHALLENGE),
    ("基层公务员的素质参差不齐", asp.CHALLENGE),
    ("零星疫情防控是对基层日常治理能力的一次测试", None),
])
def test_item_heading_votes(heading, vote):
    assert asp.item_vote(heading) == vote


def _roles(text):
    st = parse(text)
    roles = asp.analyze(st)
    return [(st.heading(it), role.aspect, role.role) for it, role in zip(st.items, roles)]  # roles: parallel to items


def test_items_of_a_named_section_are_points_of_its_aspect():
    text = "一、存在的问题\n（一）待遇偏低。\n（二）负担较重。\n二、对策建议\n（一）提高待遇。"
    assert _roles(text) == [
        ("存在的问题", asp.CHALLENGE, "section"), ("待遇偏低", asp.CHALLENGE, "point"), ("负担较重", asp.CHALLENGE, "point"),
        ("对策建议", asp.RECOMMENDATION, "section"), ("提高待遇", asp.RECOMMENDATION, "point"),
    ]


def test_lead_in_sentence_names_the_aspect_of_the_list_after_it():
    text = "它暴露了存在如下问题：一是物资储备不足。二是宣传缺位。对此，建议如下：一是补足短板。二是提升素养。"
    assert [(h, a) for h, a, _ in _roles(text)] == [
        ("物资储备不足。", asp.CHALLENGE), ("宣传缺位。", asp.CHALLENGE),
        ("补足短板。", asp.RECOMMENDATION), ("提升素养。", asp.RECOMMENDATION),
    ]


def test_what_was_done_is_neither_aspect_even_when_items_look_imperative():
    text = "一、主要做法\n一是完善组织机构，确保责任落实。二是加强宣传教育。\n二、存在的问题\n一是排查方式落后。二是人手不足。"
    roles = _roles(text)
    assert [a for _, a, _ in roles[:3]] == [asp.OTHER] * 3
    assert [a for _, a, _ in roles[3:]] == [asp.CHALLENGE] * 3


def test_first_then_finally_alone_marks_no_points():
    text = "首先，要加强领导。其次，要完善制度。最后，要强化考核。"
    assert all(a is None for _, a, _ in _roles(text))


@pytest.mark.parametrize("sentence, aspect", [
    ("基层社区在疫情防控工作中的突出问题新型冠状病毒在早期迅速传播。", asp.CHALLENGE),
    ("从中可以看出还存在着以下突出问题。", asp.CHALLENGE),
    ("加强基层社区治理的措施建议疫情爆发以来，防疫工作层层深化。", asp.RECOMMENDATION),
    ("针对此类问题所提出的解决途径，有以下几个方面的改进建议。", asp.RECOMMENDATION),
    ("针对城市社区治理问题，总书记提出了指示。", None),
])
def test_region_openers(sentence, aspect):
    assert asp.opener_aspect(sentence) == aspect


def test_a_reviewers_comment_and_the_exam_question_are_neither_aspect():
    from summarizer.aspects import is_commentary
    assert is_commentary("全文以论为主，以策为辅，当属策论文")
    assert is_commentary("文章结构完整，层次分明，论据充分")
    assert is_commentary("请参考给定材料，结合自己对城市内涝问题的思考，自选角度，自拟题目，写一篇议论文")
    assert not is_commentary("文化基础设施落后，现有设施也没有发挥应有的作用")
    assert not is_commentary("要加大投入，完善农村文化基础设施")


def test_an_exam_question_inside_a_model_essay_page_gives_no_point():
    import summarizer
    text = ("城市内涝的治理之道\n"
            "请参考给定材料，结合自己对城市内涝问题的思考，自选角度，自拟题目，写一篇文章。要求观点明确，总字数1000～1200字。\n"
            "近年来，一些城市逢雨必涝，排水设施建设滞后，应急管理能力不足。"
            "为此，应当加快排水管网改造，完善城市应急预案。\n")
    essay = summarizer.summarize(text).essays[0]
    texts = [p.text for p in essay.challenges + essay.recommendations]
    assert texts and not any("给定材料" in t or "自拟题目" in t for t in texts)


@pytest.mark.parametrize("sentence, aspect", [
    # a shortcoming named as what the measure removes (弥补…不足, 缓解…短缺) is not a shortcoming the sentence states
    ("建议设立社区调解室，及时化解邻里纠纷；同时招募退休法官担任调解员，弥补专业力量不足。", asp.RECOMMENDATION),
    ("应当加快建设充电桩，缓解新能源车主充电难、排队久的短缺问题。", asp.RECOMMENDATION),
    # 减轻 (lighten) a burden removes it as 减少/降低 do (ux33: 精简台账报表，切实减轻基层负担 was read as a challenge)
    ("精简会议文件，切实减轻乡镇干部的迎检负担。", asp.RECOMMENDATION),
    ("减轻小微企业税费负担。", asp.RECOMMENDATION),
    # the same shortcoming stated on its own is a challenge
    ("社区调解室专业力量不足，调解员多为兼职。", asp.CHALLENGE),
    ("小微企业税费负担过重，一直未能减轻。", asp.CHALLENGE),
])
def test_a_remedied_shortcoming_is_not_a_stated_one(sentence, aspect):
    assert asp.sentence_aspect(sentence) == aspect


def test_a_one_sentence_measures_paragraph_that_lightens_a_burden_is_a_recommendation():
    """``二、对策建议 ⏎ A；B；减轻…负担。``: the paragraph's one sentence of bare imperatives is the section's measure
    (ux33: its last part, 减轻…负担, made the sentence read as a challenge and the section gave no point)."""
    import summarizer

    text = ("乡镇治理调研\n调研发现，乡镇干部人手不足，专业人才缺乏。\n二、对策建议\n"
            "配齐乡镇干部队伍，引进专业人才；统筹督查检查考核，切实减轻乡镇干部负担。\n")
    essay = summarizer.summarize(text, aspect_model=False).essays[0]
    recs = [p.text for p in essay.recommendations]
    assert recs and recs[0].startswith("配齐乡镇干部队伍") and "减轻乡镇干部负担" in recs[-1]
    assert not any("减轻" in p.text for p in essay.challenges)


def test_a_document_that_opens_with_a_section_heading_has_no_title_and_keeps_the_sections_points():
    """``主要问题 ⏎ 1.… ⏎ 解决建议 ⏎ 1.…`` (no title line): the first line is the problems section, not the title
    (new-user trial: the title was 存在的问题 and the challenges were empty); a first line that is a title stays one."""
    import summarizer

    text = "主要问题\n1. 夜市摊位占道经营\n2. 油烟噪声扰民\n解决建议\n1. 划定固定经营区域\n2. 配备油烟净化设备\n"
    essay = summarizer.summarize(text).essays[0]
    assert essay.title is None
    assert [p.text for p in essay.challenges] == ["夜市摊位占道经营", "油烟噪声扰民"]
    assert [p.text for p in essay.recommendations] == ["划定固定经营区域", "配备油烟净化设备"]
    titled = summarizer.summarize("夜市治理调研报告\n" + text).essays[0]
    assert titled.title == "夜市治理调研报告" and len(titled.challenges) == 2 and len(titled.recommendations) == 2
