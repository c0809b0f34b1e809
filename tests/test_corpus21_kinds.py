"""Failure kinds found by the blind Part 14 documents (723-733) of the aspect corpus, each on a text written for the
test (none copies a corpus string).

1. A reported plan that names its strategies in place (``…，策略包括A、B，还有C，希望…。``) was read as a lead-in whose
   region of measures ran over the next paragraphs, so a critic's verdicts there were lost: 包括 whose ``、`` items
   follow it in a clause the sentence goes on past, after its own cue noun, announces nothing ahead
   (:func:`summarizer.aspects.names_items_in_place` in :func:`summarizer.aspects.opener_aspect`).
2. In the report of a meeting (``…召开了…协调会。会上，…``) what the meeting found and required (``会议指出，…``,
   ``会议要求，各单位要…``) was read as a directive the author quotes and dropped: in such a report it is the content
   (:func:`summarizer.aspects.reports_meeting`, :func:`summarizer.aspects.meeting_said_end`; the point starts past the
   frame, ``points._meeting_words``). A directive quoted in an essay that reports no meeting stays reported.
3. A problem noun as the object of the handling that names a mechanism (``建立问题处理长效机制``) was read as a stated
   problem: 处理 / 办理 / 调处 join the ``work_compound_verb`` cue group (``问题处理不当`` still states one).
4. A policy's reception below hopes (``民间反应却不如预期，甚至在基层引发反感``) and a service judged not good
   (``家庭的使用体验并不好``) stated no problem in prose: the ``prose_challenge`` / ``challenge_predicate`` groups gain
   such verdicts.
5. A challenge named as the setting of an aim (``在…挑战之下，打造…``) and ageing named as a goal (``健康老化``) were
   read as stated problems (``aspects._CIRCUMSTANCE_RE`` in :func:`summarizer.aspects.challenge_strength`;
   ``challenge_exclusion``).
7. In a meeting's report an attendee's pledge (``…负责人一致表示，将深化认识，…制定整改方案，…``) gave each of its
   clauses as a measure: it is the meeting's 表态, narrated (``points._meeting_pledges``); outside a meeting report the
   rule does not apply.
8. Praise before the findings (``…坚持服务大局，强化履职尽责，认真落实主体责任。但对照…，还存在…问题：``): the verbs of
   what was done well read as imperatives, the sentence as measures; a sentence with no modal word followed by a turn
   to the problems gives no measure (``points._praise_before_turn``, :func:`summarizer.aspects.holds_modal_word`).
9. Arrangements blurred, hollowed or turned from their purpose (``权责边界模糊化``, ``责任虚化``, ``属地管理异化``,
   ``问题空转``) stated no problem: predicates of the ``challenge_predicate`` / ``prose_challenge`` groups.
10. A label over the name of a part (``事实描述:长照政策的现况与挑战``) was read as a heading stating a challenge
    (``points._labelled_part`` in :func:`summarizer.points.section_states_point` and
    :func:`summarizer.points.own_heading_aspect`); a challenge named as what a response answers (``政府针对人口老化
    挑战的一项重要回应``) states none (``aspects._CIRCUMSTANCE_RE``).
11. A count of work done whose outcome is a problem solved (``截至目前，热线共交办工单179件，其中25件难题…迎刃而解``)
    was moved from the challenges to the measures as "a measure whose outcome names the problem" and cut to the count:
    a moved point that states neither aspect or no measure is dropped (``points._neither_and_flips``).
12. A photo caption, a short line ending with its bracketed credit (``某某（圖）認為…問題。（圖／某某攝影組）``), gave its
    words as a point: it is news furniture (``news_credit`` in ``clean._NEWS_FURNITURE``).
13. Problems named and said to need solving urgently (``…等问题也亟需解决``) were read as a measure (亟需 a modal): as
    ``亟待解决`` they state problems (``modal_exclusion``, ``prose_challenge``, ``challenge_predicate``).
6. A self-review's lines that each open with a short verdict over a body (``学习的主动性不够。平时自学较少，…``) gave
   the bodies' clauses as points beside or instead of the verdicts: at least two such lines are run-in problem items,
   the verdict is the point and its body is not (:func:`summarizer.points.short_verdict_head`,
   ``points._short_verdict_head_points``); an interview's ``某某：…`` turn is no verdict head.
"""

from __future__ import annotations


import summarizer
from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_PLAN = "明年新方案上路，策略包括增强个案管理、出院后的照顾衔接，还有整合连续性的服务，希望让各方更顺利接轨。"


def test_baokuo_naming_its_items_in_place_opens_no_region():
    assert asp.lead_in_aspect(_PLAN, announce=False) is not None  # the word still reads as a lead-in by itself
    assert asp.names_items_in_place(_PLAN)
    assert asp.opener_aspect(_PLAN) is None


def test_baokuo_before_a_colon_or_at_the_sentence_end_still_announces():
    # negative: 包括： announces the list after it; items that end the sentence are no sentence gone on past them
    assert not asp.names_items_in_place("存在的主要问题包括：")
    assert asp.opener_aspect("存在的主要问题包括：") == asp.CHALLENGE
    assert not asp.names_items_in_place("主要策略包括增强个案管理、出院后的照顾衔接。")
    # nor when no cue noun is the subject of 包括 (the aspect comes from elsewhere in the sentence)
    assert not asp.names_items_in_place("体系主要包括政策供给、要素供给，须重点解决“怎么做”的问题。")


# 2 ---------------------------------------------------------------------------------------------------------------

_MEETING = ("3月5日，区应急局召开安全生产工作会议。会上，各单位汇报了近期隐患排查工作情况。"
            "会议指出，部分单位隐患排查不彻底，整改不及时。会议要求，各单位要加强隐患排查，建立长效机制。")


def test_a_meeting_reports_own_findings_and_requirements_are_points():
    essay = summarizer.summarize(_MEETING).essays[0]
    got = [(p.text, p.start, p.end) for p in essay.challenges], [(p.text, p.start, p.end) for p in essay.recommendations]
    assert got == ([("部分单位隐患排查不彻底，整改不及时", 45, 62)], [("各单位要加强隐患排查，建立长效机制", 68, 85)])
    assert all(_MEETING[a:b] == t for t, a, b in got[0] + got[1])


def test_meeting_report_detection_and_frame():
    assert asp.reports_meeting(["3月26日，区审批局组织科工局、供电公司、移动公司、联通公司、电信公司召开了热线工单协调会。"])
    assert asp.reports_meeting(["巡察组在反馈会上传达了讲话精神。"])
    assert not asp.reports_meeting(["要召开专题会议研究解决。", "近年来我市环境持续改善。"])
    assert asp.meeting_said_end("会议要求，各单位要加强排查。") == 5
    assert asp.meeting_said_end("全国会议强调，要加强排查。") == 0  # another meeting, quoted: not the report's own


def test_a_directive_quoted_outside_a_meeting_report_stays_reported():
    # negative: no meeting narrated, so 会议强调，要… is a quoted directive, no measure of the author
    text = "近年来，我市农村人居环境持续改善。会议强调，要加强隐患排查，建立长效机制。但部分村庄垃圾清运不及时，污水处理设施运行不到位。"
    assert points(text) == (["部分村庄垃圾清运不及时，污水处理设施运行不到位"], [])


# 3 ---------------------------------------------------------------------------------------------------------------

def test_handling_compound_names_no_problem():
    assert asp.challenge_strength("建立问题处理长效机制。") == 0
    assert asp.challenge_strength("完善群众诉求办理机制。") == 0
    assert points("明确投诉工单的责任单位，建立问题处理长效机制。") == ([], ["明确投诉工单的责任单位，建立问题处理长效机制"])
    # negative: handled badly is a problem
    assert asp.challenge_strength("部分单位问题处理不当。") >= 1


# 4 ---------------------------------------------------------------------------------------------------------------

def test_a_negated_good_verdict_is_a_problem():
    assert points("长照推行多年，家庭的使用体验并不好，申请手续繁琐。") == (["长照推行多年，家庭的使用体验并不好，申请手续繁琐"], [])
    # negative: 并不坏 is no complaint
    assert points("长照推行多年，家庭的使用体验并不坏。") == ([], [])


def test_reception_below_hopes_is_a_problem():
    assert points("政策推行多年，民间反应却不如预期，甚至在基层引发反感。") == (
        ["政策推行多年，民间反应却不如预期，甚至在基层引发反感"], [])
    # negative: beyond expectations is no problem
    assert points("政策推行多年，民间反应远超预期，基层普遍欢迎。") == ([], [])


# 5 ---------------------------------------------------------------------------------------------------------------

def test_a_challenge_as_setting_and_ageing_as_goal_state_no_problem():
    assert asp.challenge_strength("政府希望在超高龄社会的挑战之下，务实地打造三大目标。") == 0
    assert asp.challenge_strength("打造健康老化、在地安老两大目标。") == 0
    # negative: a challenge faced, and ageing as a trend, are stated
    assert asp.challenge_strength("我们正面临超高龄社会的严峻挑战。") >= 1
    assert asp.challenge_strength("人口老化日益加剧。") >= 1


# 6 ---------------------------------------------------------------------------------------------------------------

_REVIEW = ("学习的主动性不够。平时自学较少，满足于完成任务，从而使得效果不明显。\n"
           "业务能力不强，缺乏钻研精神。遇到新问题拍脑袋，凭经验办事。")


def test_lines_opening_with_short_verdicts_are_run_in_problem_items():
    assert points(_REVIEW) == (["学习的主动性不够", "业务能力不强，缺乏钻研精神"], [])
    assert P.short_verdict_head("一方面，学习的自觉性不强。") == (4, 12)


def test_a_single_verdict_line_or_a_speakers_turn_is_no_run():
    # negative: one such line is no run of items (its body's clause stays a point); an interview's 某某：… is a turn
    assert points("学习的主动性不够。平时自学较少，满足于完成任务，从而使得效果不明显。") == (
        ["学习的主动性不够", "平时自学较少，满足于完成任务，从而使得效果不明显"], [])
    assert P.short_verdict_head("专家：这完全是一个误区。") is None
    assert P.short_verdict_head("主要表现在：") is None


def test_marked_list_items_are_no_verdict_heads():
    # negative: 一是补足…短板。 opens a list item (a measure); the structure reads it, the verdict rule does not
    assert points("一是补足服务领域短板。卫生部门要尽早建立物资储备仓库。\n二是补齐人才队伍短板。要加快引进急需紧缺人才。") == (
        [], ["补足服务领域短板", "补齐人才队伍短板"])


# 7, 8 ------------------------------------------------------------------------------------------------------------

_FEEDBACK = ("5月8日，县委巡察组召开巡察情况反馈会。反馈指出，该局坚持服务大局，强化履职尽责，认真落实主体责任。"
             "但对照上级要求，还存在一些突出问题：议事决策不规范，干部作风不扎实。反馈要求，该局要认真抓好整改，建立长效机制。"
             "该局负责人表示，将深化认识，认真制定整改方案，压实领导责任。")


def test_feedback_meeting_pledges_and_praise_give_no_measures():
    assert points(_FEEDBACK) == (["对照上级要求，还存在一些突出问题：议事决策不规范，干部作风不扎实"],
                                 ["该局要认真抓好整改，建立长效机制"])


def test_a_bureaus_announced_plan_outside_a_meeting_report_stays_measures():
    # negative: no meeting narrated, so a bureau's 表示，将… (its plan, the news's content) keeps its measures
    assert points("近年来，本市垃圾分类成效明显，但仍有部分小区分类投放不规范。市环卫局负责人表示，将加强督导检查，"
                  "完善分类设施，建立长效机制。")[1] == ["加强督导检查", "完善分类设施", "建立长效机制"]


def test_praise_before_turn_alone_and_a_prescribing_sentence_kept():
    assert points("近年来，该镇坚持服务大局，强化履职尽责，认真落实主体责任。但对照群众期盼，仍存在一些短板：公共服务不均衡，"
                  "基础设施薄弱。")[1] == []
    # negative: a sentence with a modal before the turn prescribes, and stays a measure
    assert asp.holds_modal_word("该镇要坚持服务大局，强化履职尽责。")
    assert not asp.holds_modal_word("该镇坚持服务大局，强化履职尽责，重要的是落实。")


# 9, 10 -----------------------------------------------------------------------------------------------------------

def test_blurred_and_alienated_arrangements_are_problems():
    assert points("1. 权责边界模糊化\n属地管理被滥用，基层无执法权。\n2. 考核机制导向偏差\n满意率绑架基层干部。")[0] == [
        "权责边界模糊化", "属地管理被滥用，基层无执法权", "考核机制导向偏差"]
    assert asp.challenge_strength("基层责任虚化") >= 1
    # negative: a fuzzy method named as a tool is still read by its own words only
    assert asp.challenge_strength("采用层次分析法评估服务质量") == 0


def test_label_over_a_part_name_and_an_answered_challenge_state_nothing():
    assert P._labelled_part("事实描述:长照政策的现况与挑战")
    assert not P.section_states_point("事实描述:长照政策的现况与挑战")
    assert P.own_heading_aspect("事实描述:长照政策的现况与挑战") is None
    # negative: a label over a statement keeps it
    assert not P._labelled_part("原因探究：制度设计存在缺陷")
    assert P.own_heading_aspect("原因探究：制度设计存在缺陷") == asp.CHALLENGE
    assert points("近年来推行的新政策，无疑是政府针对人口老化挑战的一项重要回应，然而服务资源分配不均，补助明显不足。") == (
        ["服务资源分配不均", "补助明显不足"], [])


def test_a_count_of_work_done_with_a_solved_outcome_is_no_measure():
    assert points("截至目前，热线共交办工单179件，其中25件跨领域难题在多部门协同下迎刃而解。") == ([], [])
    # negative: a measure whose outcome names the problem still moves to the measures
    assert points("借鉴外地的先进做法，为我所用，是化解矛盾、解决问题的捷径。") == (
        [], ["借鉴外地的先进做法，为我所用，是化解矛盾、解决问题的捷径"])


def test_a_photo_caption_line_gives_no_point():
    text = "某某（圖）認為新制度仍要解決財源不穩的問題。（圖／某某攝影組）\n\n某某直指，新制度的核心困境在於人力嚴重不足，給付標準長期凍結。"
    assert points(text) == (["新制度的核心困境在於人力嚴重不足，給付標準長期凍結"], [])
    # negative: a bracketed credit inside a sentence that goes on is no caption line
    assert points("新制度推行以来，给付标准长期冻结（图／资料），人力严重不足。")[0] != []


def test_problems_that_need_solving_urgently_are_challenges():
    assert points("新制度推行以来，机构品质与可近性等问题也亟需解决。") == (
        ["新制度推行以来，机构品质与可近性等问题也亟需解决"], [])
    # negative: the author's own urgent need to solve a problem, the modal before the verb, stays a measure
    assert asp.prose_aspect("我们亟需解决养老服务问题。") == asp.RECOMMENDATION


# linear cost -----------------------------------------------------------------------------------------------------

def test_new_patterns_are_linear_on_long_and_many_inputs():
    from summarizer.clean import clean

    long_line = lambda n: "包括" + "甲、" * n + "乙，还有丙。"  # noqa: E731
    assert_linear(lambda n: asp.names_items_in_place(long_line(n)), 12_500, "names_items_in_place")
    assert_linear(lambda n: asp.reports_meeting([long_line(n), "会议要求，要加强。\n" * (n // 5)]), 12_500,
                  "reports_meeting")
    assert_linear(lambda n: asp.meeting_said_end(long_line(n)), 12_500, "meeting_said_end")
    assert_linear(lambda n: asp.challenge_strength("在" + "挑战" * n + "之下"), 12_500, "challenge_strength")
    assert_linear(lambda n: P.short_verdict_head("一方面，" + "不足" * n), 12_500, "short_verdict_head")
    assert_linear(lambda n: P._PLEDGE_FRAME.match("甲" * n + "表示，将"), 25_000, "_PLEDGE_FRAME")
    assert_linear(lambda n: P._TURN_TO_PROBLEMS.match("但" + "甲" * n), 25_000, "_TURN_TO_PROBLEMS")
    assert_linear(lambda n: clean("（图" * n + "\n" + "甲（图／乙）\n" * (n // 3)), 3_000, "clean: figure marks")
