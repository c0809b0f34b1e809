"""Parts 29-30 text that is neither a challenge nor a recommendation (p30prec; inputs written here).

1. A narrated discussion whose topic names no problem (``邀请…来探讨这个问题``, ``双方就机场建设、…等问题进行了深入交流``,
   ``部长们针对社会热点问题进行了回应``) is neither aspect (:func:`summarizer.points.narrates_discussion`: 针对 opens a
   topic, a verb of discussing may open it, 这个/这一/热点 refer, a 等-list of topics naming no shortcoming refers:
   :func:`summarizer.points._listed_topics_close`).
2. 问题 in the sense of *questions* (``部分问卷问题由队员讲解``, ``填写各项内容后提交问题``, ``问题得到…解答``) names no
   problem: a survey's or a help page's procedure (:func:`summarizer.points.means_questions`, read by
   :func:`summarizer.points.narrates_discussion`).
3. The document's own act of announcing after its purpose or a reply's frame (``为发挥警示作用，现对7个典型案例进行集中
   公开通报``, ``接到您反映的问题，…，现将结果反馈给您：``) is a lead-in, no point (:func:`summarizer.aspects.announces_own_act`,
   read by :func:`summarizer.aspects.states_neither`).
4. A lack denied (``其实不乏资源，也不是缺乏政策``, ``并不缺少资金``) states no shortcoming
   (:func:`summarizer.aspects._denied_problem_re`, read by :func:`summarizer.aspects.challenge_strength`); the lack
   after a turn (``不是缺乏政策，而是缺乏执行``) still does.
5. 建议 as a noun (``类案建议较少``, ``建议质量不高``, ``建议措施可操作性不强``, ``该建议仍未能…``) is no modal: the point
   states a shortcoming of proposals, a challenge (``modal_exclusion`` cue group, read by
   :func:`summarizer.aspects._mask_non_modals` and :func:`summarizer.aspects.recommends_outright`).
6. A work report's achievements told as steady change (``民生福祉持续改善``, ``管理不断完善``, ``各类短板逐步补齐``) are
   progress, neither aspect (:func:`summarizer.aspects.reports_progress`: ``progress_verb``, ``steady_adverb`` before
   ``betterment_verb``);
   a burden growing (``贫富差距不断扩大``) and a measure's aim (``推动…持续改善``) are not.
"""
from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts


# 1 ---------------------------------------------------------------------------------------------------------------

def test_discussions_of_topics_are_narration():
    assert pts.narrates_discussion("主办方邀请多位学者来探讨这个问题")
    assert pts.narrates_discussion("两家单位就物流园区建设、降低企业融资成本等问题进行了深入交流")
    assert pts.narrates_discussion("几位局长针对当前社会热点问题作了回应")
    assert pts.narrates_discussion("委员王某就相关问题作了发言")  # (the older reading, kept)


def test_discussions_of_named_problems_are_kept():
    # a listed item names a shortcoming (难, 拖欠, 不力): the list names problems
    assert not pts.narrates_discussion("双方就看病难、药费拖欠等问题进行了交流")
    assert not pts.narrates_discussion("会议围绕监管不力、执法缺位等问题开展讨论")
    # 针对 before a measure, no discussion
    assert not pts.narrates_discussion("针对这些问题，应加强监管")


def test_listed_topics_close_blanks_only_a_topic_list():
    t = "物流园区建设、降低企业融资成本等问题"
    assert pts._listed_topics_close(t) == "物流园区建设、降低企业融资成本" + "   "
    assert pts._listed_topics_close("看病难、看病贵等问题") == "看病难、看病贵等问题"


def test_narrated_discussion_gives_no_point_but_the_problem_stays():
    text = ("近日，市发改委与省交通厅举行座谈。双方就物流园区建设、降低企业融资成本等问题进行了深入交流。\n"
            "目前，我市物流企业融资难、融资贵的问题依然突出，园区配套设施严重不足。\n")
    challenges, recommendations = points(text)
    assert not any("深入交流" in p for p in challenges + recommendations)
    assert any("配套设施严重不足" in c for c in challenges)


# 2 ---------------------------------------------------------------------------------------------------------------

def test_questions_of_a_survey_or_a_help_page_are_no_problem():
    assert pts.means_questions("部分问卷问题由调查员为受访者逐条解释")
    assert pts.means_questions("留言：登录后进入留言页面，填写标题和正文后提交问题")
    assert pts.means_questions("有助于问题尽快得到部门解答")
    assert pts.narrates_discussion("部分问卷问题由调查员为受访者逐条解释")


def test_questions_sense_with_a_shortcoming_or_another_problem_is_kept():
    assert not pts.means_questions("群众提交的问题长期得不到解决")
    assert not pts.means_questions("问卷问题设计不合理，漏掉了收入问题")
    assert not pts.means_questions("农村留守老人问题突出")


def test_help_page_lines_give_no_point_but_the_complaint_does():
    text = ("网上留言办理平台使用说明\n"
            "提问：进入留言页面，根据提示填写各项内容后提交问题。\n"
            "评价：对于满意的解答，请点击满意选项。\n"
            "近期不少网友反映，部分部门回复留言拖延严重，答复内容敷衍了事。\n")
    challenges, recommendations = points(text)
    assert not any("提交问题" in p for p in challenges + recommendations)
    assert challenges == ["部分部门回复留言拖延严重，答复内容敷衍了事"]


# 3 ---------------------------------------------------------------------------------------------------------------

def test_a_notice_announcing_its_own_act_is_no_point():
    assert asp.announces_own_act("为强化警示教育，推动整改落实，现对第三批5起典型问题进行通报")
    assert asp.announces_own_act("收到您反映的问题后，我局立即组织人员核查，现将结果答复给您：经实地核实")
    assert asp.states_neither("为强化警示教育，推动整改落实，现对第三批5起典型问题进行通报")


def test_an_announcement_with_a_shortcoming_is_kept():
    assert not asp.announces_own_act("部分单位整改不到位，现对其进行通报")
    assert not asp.announces_own_act("接到您反映的问题，现答复如下：该路段路灯损坏严重")
    assert not asp.announces_own_act("现对典型案例进行通报，各单位要引以为戒")  # (a measure follows the act)


def test_notice_gives_its_cases_not_its_lead_in():
    text = ("为强化警示教育，推动整改落实，现对第三批5起典型问题进行通报。\n"
            "一、某县污水处理厂长期超标排放，监管部门履职不到位。\n"
            "二、某区垃圾填埋场渗滤液处理能力严重不足。\n")
    challenges, recommendations = points(text)
    assert not any("进行通报" in p for p in challenges + recommendations)
    assert any("渗滤液处理能力严重不足" in c for c in challenges)


# 4 ---------------------------------------------------------------------------------------------------------------

def test_a_lack_denied_states_no_shortcoming():
    assert asp.challenge_strength("本市其实不乏人才，也不是缺乏资金") == 0
    assert asp.challenge_strength("我们并不缺少政策") == 0
    assert asp.prose_aspect("本市其实不乏人才，也不是缺乏资金") != asp.CHALLENGE


def test_the_lack_after_the_denial_is_kept():
    assert asp.challenge_strength("政策不是缺乏，而是缺乏执行") >= 1
    assert asp.challenge_strength("基层缺乏专业人才") == 1


def test_denied_lack_gives_no_point_but_the_real_problem_does():
    text = ("本市其实不乏人才，也不是缺乏资金。\n"
            "真正的症结在于部门之间各自为政，信息共享机制严重缺失。\n")
    challenges, recommendations = points(text)
    assert not any("不乏" in c for c in challenges)
    assert any("信息共享机制严重缺失" in c for c in challenges)


# 5 ---------------------------------------------------------------------------------------------------------------

def test_proposal_noun_with_a_shortcoming_is_a_challenge():
    assert not asp.recommends_outright("类案建议较少")
    assert not asp.recommends_outright("建议质量普遍不高")
    assert asp.prose_aspect("建议措施针对性不强") == asp.CHALLENGE


def test_advice_opened_by_jianyi_stays_a_recommendation():
    assert asp.recommends_outright("建议加强对基层人员的培训")
    assert asp.prose_aspect("建议加强对基层人员的培训") == asp.RECOMMENDATION


def test_listed_proposal_shortcomings_are_challenges():
    text = "近年来人大代表提出的建议数量逐年增加，但存在类案建议较少、建议措施可操作性不强等问题。\n"
    challenges, recommendations = points(text)
    assert challenges == ["类案建议较少", "建议措施可操作性不强"]
    assert recommendations == []


# 6 ---------------------------------------------------------------------------------------------------------------

def test_steady_achievements_are_progress():
    assert asp.reports_progress("社会保障水平持续改善，基层治理体系不断完善")
    assert asp.reports_progress("公共服务短板逐步补齐")
    assert asp.states_neither("社会保障水平持续改善，基层治理体系不断完善")


def test_growing_burdens_and_aims_are_no_progress():
    assert not asp.reports_progress("城乡收入差距不断扩大")
    assert not asp.reports_progress("企业经营压力持续加大")
    assert not asp.reports_progress("推动营商环境持续改善")
    assert not asp.reports_progress("要使监管制度不断完善")
    assert not asp.reports_progress("生活成本持续提高")  # (a verb of growth after 持续: a burden may grow)


def test_achievement_line_gives_no_point_but_the_shortfall_does():
    text = ("过去一年，社会保障水平持续改善，基层治理体系不断完善。\n"
            "同时也要看到，部分乡镇卫生院医务人员严重不足，群众看病难问题依然突出。\n")
    challenges, recommendations = points(text)
    assert not any("持续改善" in c for c in challenges)
    assert any("医务人员严重不足" in c for c in challenges)
