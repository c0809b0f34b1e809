"""Wrong points left by the Part 28 documents (979-1054) of the aspect corpus, each kind on a text written for the
test (none copies a corpus string).

1. A generated explainer's labelled bullets under a topic subheading (``• 难点描述：…`` ⏎ ``• 应对措施：…``): the run-in
   label names the point's aspect as it does at a line's start (:func:`summarizer.aspects.run_in_label` now reads
   past a bullet before the label): the measure bullet under a challenges section is a recommendation, the problem
   bullet a challenge.
2. A highlights section or field (``一、本月工作亮点`` ⏎ ``• 亮点描述：…``) narrates what went well: neither aspect
   (``亮点`` appended to the ``other_section`` cue group).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from costs import assert_linear


# 1 ---------------------------------------------------------------------------------------------------------------

def test_run_in_label_after_a_bullet():
    assert asp.run_in_label("• 应对措施：增派巡查人员。") == (7, asp.RECOMMENDATION)
    assert asp.run_in_label("- 挑战描述：人手长期不足。") == (7, asp.CHALLENGE)
    assert asp.run_in_label("应对措施：增派巡查人员。") == (5, asp.RECOMMENDATION)


def test_a_bullet_alone_is_no_label():
    assert asp.run_in_label("• 增派巡查人员，加强夜间值守。") is None
    assert asp.run_in_label("•• 应对措施：增派巡查人员。") is None


_CHALLENGES = ("二、本月工作难点\n"
               "1.老旧小区停车难\n"
               "•难点描述：小区车位严重不足，居民夜间找不到停车位。\n"
               "•应对措施：协调周边单位错时开放停车场，缓解停车压力。\n"
               "2.垃圾分类落实难\n"
               "•难点描述：部分居民分类意识淡薄，混投现象较多。\n"
               "•应对措施：组织志愿者定点督导，开展入户宣传。\n")


def test_measure_bullets_under_a_challenges_section_are_recommendations():
    challenges, recommendations = points(_CHALLENGES)
    assert "协调周边单位错时开放停车场，缓解停车压力" in recommendations
    assert "组织志愿者定点督导，开展入户宣传" in recommendations
    assert not any("应对措施" in c or "错时开放" in c or "定点督导" in c for c in challenges)


def test_problem_bullets_stay_challenges():
    challenges, _ = points(_CHALLENGES)
    assert any("车位严重不足" in c for c in challenges)
    assert any("分类意识淡薄" in c for c in challenges)


# 2 ---------------------------------------------------------------------------------------------------------------

def test_highlight_fields_are_neither_aspect():
    text = ("一、本月工作亮点\n"
            "1.便民服务提质\n"
            "•亮点描述：推行一窗通办，压缩办事时限，群众办事更加便捷。\n"
            "2.平安建设见效\n"
            "•亮点描述：落实夜间巡逻制度，确保辖区治安平稳有序。\n"
            + _CHALLENGES)
    challenges, recommendations = points(text)
    assert not any("一窗通办" in p or "夜间巡逻" in p for p in challenges + recommendations)
    assert "协调周边单位错时开放停车场，缓解停车压力" in recommendations


# 3 ---------------------------------------------------------------------------------------------------------------
# A section reviewing a past year's work (一、2023年工作总结 ⏎ （一）…。一是…。二是…。) narrates achievements: neither aspect
# (``年工作总结``, ``工作回顾`` appended to the ``other_section`` cue group); the plan section after it still gives measures.

def test_year_work_summary_section_is_neither_aspect():
    text = ("一、2023年工作总结\n"
            "（一）聚焦民生，扎实办好实事。一是推进老旧小区改造，完成外墙翻新和管网更换。"
            "二是开展助老服务，组织志愿者上门探访独居老人。\n"
            "二、存在的问题\n"
            "社区服务设施仍然不足，专职人员流失较多。\n"
            "三、下一步工作计划\n"
            "一是加强社区队伍建设，完善人员激励机制。二是加快建设社区养老服务中心。\n")
    challenges, recommendations = points(text)
    assert not any("老旧小区" in p or "独居老人" in p for p in challenges + recommendations)
    assert any("服务设施仍然不足" in c for c in challenges)
    assert any("加强社区队伍建设" in r for r in recommendations)


def test_a_measure_naming_the_genre_is_no_summary_section():
    assert asp.heading_aspect("避免把述职报告写成单位工作总结") != asp.OTHER
    assert asp.heading_aspect("一、2023年工作总结") == asp.OTHER


# 4 ---------------------------------------------------------------------------------------------------------------
# An announced sanction on the parties at fault (对整改不力的X，还将实施问责; 发现…不力的情况，将对…下发整改通知): the faults
# are its target, the point is a measure (:func:`summarizer.aspects.announces_sanction`, ``sanction_verb`` cue group).

def test_announced_sanction_is_a_recommendation():
    assert points("对落实不力的乡镇，县政府还将实施问责。") == ([], ["对落实不力的乡镇，县政府还将实施问责"])
    assert points("检查中发现台账混乱、推进迟缓的情况，将对责任单位下发整改通知。") == (
        [], ["检查中发现台账混乱、推进迟缓的情况，将对责任单位下发整改通知"])


def test_announced_sanction_in_traditional_script():
    assert points("對整改不力的單位，將嚴肅追究相關人員責任。") == ([], ["對整改不力的單位，將嚴肅追究相關人員責任"])


def test_faults_without_an_announced_sanction_stay_challenges():
    assert asp.announces_sanction("部分乡镇落实不力，已对三家单位进行了约谈") is False
    assert asp.announces_sanction("部分乡镇落实不力，推进迟缓") is False
    assert points("部分乡镇落实不力，台账管理混乱。") == (["部分乡镇落实不力，台账管理混乱"], [])


# 5 ---------------------------------------------------------------------------------------------------------------
# A run of items after a sentence reporting work done (该问题已完成整改。一是…。二是…。) lists what was done: no measure
# (``points._item_of_done_run``); a run announced by a lead-in (整改措施如下：一是…) or after a plain sentence still gives
# measures.

def test_items_after_a_report_of_completion_are_no_measures():
    text = ("（一）部分乡镇垃圾清运不及时。\n"
            "该问题已完成整改。一是制定清运工作方案，明确责任分工，今年已下发《清运工作方案》。"
            "二是每月开展督查考核，纳入年度考评体系。\n")
    _, recommendations = points(text)
    assert not any("清运工作方案" in r or "督查考核" in r for r in recommendations)


def test_items_after_a_plain_sentence_still_propose():
    text = ("当前部分乡镇垃圾清运不及时，群众反映强烈。"
            "为此，下一步要抓好三项工作。一是加强清运队伍建设，配齐专职人员。二是每月开展督查考核，纳入年度考评体系。\n")
    _, recommendations = points(text)
    assert any("加强清运队伍建设" in r for r in recommendations)


def test_reply_letters_list_of_actions_taken_is_neither():
    text = ("王某某委员：\n"
            "你提出的关于加快老旧小区加装电梯的提案收悉。经研究办理，现答复如下：\n"
            "一是市住建局印发《加装电梯工作指引》，要求各区简化审批流程。\n"
            "二是各区召开加装电梯推进会，要求街道全力配合居民协商。\n"
            "感谢你对我市工作的关心和支持。\n")
    challenges, recommendations = points(text)
    assert not any("加装电梯工作指引" in p or "推进会" in p for p in challenges + recommendations)


def test_a_plain_lead_in_list_still_gives_measures():
    text = ("针对上述问题，提出以下建议：\n"
            "一是加快建设公共停车设施。\n"
            "二是加强路面巡查管理。\n")
    assert points(text)[1] == ["加快建设公共停车设施", "加强路面巡查管理"]


# 6 ---------------------------------------------------------------------------------------------------------------
# Lines made only of image elements (<image>data:image/png;base64,…</image>) are page markup: the ``image_markup``
# boilerplate rule drops them; a line that holds text besides an image element stays.

def test_image_markup_lines_are_removed():
    from summarizer.clean import clean
    text = ("<image>data:image/png;base64,iVBORw0KGgo=</image>\n"
            "<image>https://example.org/a.jpg</image> <image>https://example.org/b.jpg</image>\n"
            "村里农忙时节普遍缺少人手，雇工成本逐年上涨。\n")
    out = clean(text).text
    assert "<image>" not in out
    assert "村里农忙时节普遍缺少人手，雇工成本逐年上涨。" in out


def test_text_beside_an_image_element_stays():
    from summarizer.clean import clean
    text = "图为现场<image>https://example.org/a.jpg</image>\n村里农忙时节普遍缺少人手。\n"
    assert "图为现场" in clean(text).text


def test_image_markup_rule_is_linear():
    from summarizer.clean import clean
    assert_linear(lambda n: clean("<image>" + "a" * (16 * n) + "\n" + "<image>x</image>" * n + "<image>\n村里缺少人手。\n"),
                  1500)


# 7 ---------------------------------------------------------------------------------------------------------------
# A line that is only a list of place names (an SEO page's service area) is page furniture (``place_list`` rule); a
# sentence that names places keeps its line.

def test_place_name_list_lines_are_removed():
    from summarizer.clean import clean
    text = ("服务范围：\n"
            "南京市鼓楼区、苏州市吴中区、扬州市高邮市、内蒙古呼和浩特市清水河县、徐州市丰县\n"
            "县城停车位长期不足，老城区拥堵严重。\n")
    out = clean(text).text
    assert "鼓楼区" not in out and "清水河县" not in out
    assert "县城停车位长期不足，老城区拥堵严重。" in out


def test_a_sentence_naming_places_stays():
    from summarizer.clean import clean
    text = "南京市、苏州市、扬州市、徐州市的停车位都长期不足。\n南京市、苏州市、扬州市\n"
    out = clean(text).text
    assert "南京市、苏州市、扬州市、徐州市的停车位都长期不足。" in out
    assert out.count("扬州市") == 2  # (three names only: below the rule's four)
