"""Failure kinds found by the blind Part 13 documents (712-722) of the aspect corpus, each on a text written for the
test.

1. The author's own findings in the first person (``我指出现时A不足，B困难，C不足，…，但D未能跟上。``, a legislator's
   page) were lost: the speaker frame ``我指出`` made the sentence a reported one, the reported words' stricter prose
   reading found one deficiency word in a long sentence and no aspect, and the sentence was dropped, where the same
   words without the frame are a challenge. A first-person frame whose words the reported reading finds no aspect in
   is the author's own prose (:func:`summarizer.aspects.news_aspect`), and ``我指出…`` is the author's stated view as
   ``我认为…`` is (``aspects._OWN_VIEW`` in :func:`summarizer.aspects.states_background`).
2. A column's sentence of verdicts that goes on to name what they include (``这种做法显示我们的国力不足，…没有妥善之法，
   此举的负面影响是十分深远的，其中包括了…``) was taken for a lead-in (its ``包括`` announces) and only opened a region:
   the sentence itself, which states its problems before the announcing word and does not end as a lead-in, was no
   point (:func:`summarizer.aspects.states_before_announcing` in :func:`summarizer.points._prose_points`).
3. A denied cause (``查实人并非老就会造成问题，…应被界定为…``) was a challenge: the negation stood before the verb of
   causing, not before the noun, and 造成问题 was read as stated (``aspects._denied_problem_re``: a negated claim, at
   most ``DENIED_CAUSE_CHARS`` characters, a verb of causing, the problem noun).
4. A Q&A answer's problem headings, each a short bare line over its paragraph, with the page's list dash left at the
   end of the paragraph before (``…加剧供需矛盾。 -⏎派单机制粗放低效⏎过度依赖…``): cleaning joined the dash line, the
   heading and the next paragraph into one (``clean._STRAY_LIST_DASH`` in :func:`summarizer.clean._join_lines` now
   ends the line at its sentence end), and the bare heading lines, each a run of its own, were never voted on as a
   list: a series of at least three short bare headings over bodies, under no section, most of whose headings state
   a problem (or a measure), is a list of such points (``_heading_line_series`` in :func:`summarizer.aspects.analyze`);
   a series whose headings name sections (特点 / 困境 / 路径) is not.
5. A survey report's situation section (``二、…基本情况``) turns from its figures to shortfalls (``…，但仍有个别案件因
   处理不当或沟通不畅导致群众不满``): the section is neither aspect and its sentences were not read; a turn there to a
   clause that states a shortcoming and prescribes nothing is a challenge (:func:`summarizer.points._status_shortfalls`;
   not inside an item of a dated period, nor where another path already took the sentence).
6. A 范文 site's preface that wishes the reader inspiration (``導語:…愿這些內容能夠啟發您的創作靈感,引領您探索更多的
   創作可能。``) was read as a measure: it is the site's filler, removed as ``小编…供大家参考`` is
   (``clean._SITE_FILLER_CUE``, both scripts).
7. An editorial's priorities written inline as ``一是…。二是…。三是…。`` right after the sentence that prescribes them
   (``…于是，香港的主要政策便应以此为首要重心。``) were no aspect: the lead names no aspect and announces nothing, and
   the items are noun phrases with no modal. A run of 一是… items after a whole sentence whose last clause prescribes
   with a strong modal, none of whose items states a shortcoming, lists what the sentence prescribes
   (``_prescribing_lead`` in :func:`summarizer.aspects.analyze`; not a table's rows, a letter's numbered proposals, or
   a topic divided inside one sentence, ``应分成两大部分，一是…``).
8. A gap or a burden judged large (``劳动人口缺口大``, ``对本港财政负担大``) stated no deficiency in prose: those
   predicates join the ``prose_challenge`` cue group, as ``过重`` is in it.
"""

from __future__ import annotations

from aspect_helpers import points, roles
from summarizer.clean import clean
from summarizer import aspects as asp

_FINDINGS = "现时乡镇卫生院医生数量不足，人手招聘困难，护士不足，有病人转到外地就医，但药品配送未能跟上。"


def test_first_person_findings_are_the_authors_own_challenge():
    # without the frame the sentence is a challenge; with 我指出 it stays one
    assert points(_FINDINGS) == ([_FINDINGS.rstrip("。")], [])
    assert points("我指出" + _FINDINGS) == (["我指出" + _FINDINGS.rstrip("。")], [])
    assert asp.news_aspect("我指出" + _FINDINGS) == (False, None)
    assert not asp.states_background("我指出" + _FINDINGS)


def test_first_person_frame_with_a_clear_aspect_still_starts_after_the_frame():
    # the reported reading finds the aspect: the point is the words after 我指出 (as before)
    assert asp.news_aspect("我指出，现时乡镇卫生院医生数量不足，住院病床短缺，药品配送滞后。") == (True, asp.CHALLENGE)
    assert points("我指出，现时乡镇卫生院医生数量不足，住院病床短缺，药品配送滞后。") == (
        ["现时乡镇卫生院医生数量不足，住院病床短缺，药品配送滞后"], [])
    # a reporter's speaker is no author: 李议员指出… keeps its reported reading
    assert asp.news_aspect("李议员指出" + _FINDINGS)[0] is True


_VERDICTS = "这种安排显示社区的服务能力不足,部门之间缺乏协调,其影响十分深远,其中包括了独居老人就医困难。"


def test_verdicts_before_an_inline_announcement_are_a_point():
    assert asp.opener_aspect(_VERDICTS) == asp.CHALLENGE  # (its 包括 announces: the sentence opens a region)
    assert asp.states_before_announcing(_VERDICTS)
    assert points("乡镇养老服务的困境。" + _VERDICTS) == (
        ["乡镇养老服务的困境", _VERDICTS.rstrip("。")], [])


def test_a_bare_lead_in_or_praise_before_the_announcement_is_no_statement():
    assert not asp.states_before_announcing("目前存在的问题包括：")
    assert not asp.states_before_announcing("这些措施的成效十分明显,其中包括了就医更方便。")


def test_a_denied_cause_states_no_problem():
    assert asp.challenge_strength("人口增长会造成问题") == 1
    assert asp.challenge_strength("人口增长并非必然会造成问题") == 0
    assert asp.challenge_strength("这并不一定会带来问题") == 0
    assert points("其实移民并非多了就会造成问题,移民政策应被视为长远的人口策略。") == ([], [])
    # a cause stated, not denied, stays a challenge
    assert asp.challenge_strength("移民多了就会造成问题") == 1


_DASHED = ("社区养老服务虽然起步较早,但仍有不少问题。\n-\n服务供给不足\n许多社区只有一间活动室,老人排队等候的时间很长,"
           "日间照料名额常常满额。 -\n人员队伍薄弱\n护理员流动频繁,多数没有接受过专业训练,服务质量难以保证。 -\n"
           "资金来源单一\n运营经费主要依靠财政补贴,社会资本参与很少,项目难以持续。")


def test_a_stray_list_dash_after_a_sentence_end_ends_the_line():
    text = clean(_DASHED).text
    assert "。-\n人员队伍薄弱\n护理员流动频繁" in text
    assert "。-\n资金来源单一\n运营经费" in text
    # a dash after no sentence end, and a wrapped line, join as before
    assert clean("服务站的问题包括人手不足，经费也很紧张 -\n场地长期不够用。").text == (
        "服务站的问题包括人手不足，经费也很紧张-场地长期不够用。")
    assert clean("服务站的问题包括人手不足，经费也很紧张，场地\n长期不够用，老人排队时间很长。").text == (
        "服务站的问题包括人手不足，经费也很紧张，场地长期不够用，老人排队时间很长。")


def test_a_series_of_bare_problem_headings_is_a_list_of_points():
    assert roles(clean(_DASHED).text) == [("服务供给不足", asp.CHALLENGE, "point"),
                                          ("人员队伍薄弱", asp.CHALLENGE, "point"),
                                          ("资金来源单一", asp.CHALLENGE, "point")]
    assert points(_DASHED) == (["服务供给不足", "人员队伍薄弱", "资金来源单一"], [])


def test_bare_section_headings_are_no_series_of_points():
    text = ("社区养老的现状\n目前全市共有一百多个社区养老服务站,覆盖了大部分街道。\n"
            "社区养老面临的困境\n许多服务站人员不足,经费短缺,设施简陋,老人满意度不高。\n"
            "社区养老的破解路径\n政府应加大财政投入,培养专业护理人员,引入社会资本参与运营。")
    assert all(role != "point" for _h, _a, role in roles(text))


_STATUS = ("社区食堂调研报告\n    一、引言\n    为了解社区食堂的现状,我们开展了调研。\n    二、社区食堂基本情况\n"
           "    (一)运营规模\n    全区社区食堂数量稳步增长,覆盖了大部分街道,但老城区的食堂网点依然不足。\n    (二)服务评价\n"
           "    满意度调查:通过回访,多数老人对饭菜质量表示满意,但仍有个别食堂因沟通不畅导致老人不满。\n"
           "    三、存在的问题\n    (一)运营经费不足\n    多数食堂依靠补贴维持。")


def test_a_turn_to_a_shortfall_in_a_situation_section_is_a_challenge():
    assert points(_STATUS) == (["全区社区食堂数量稳步增长,覆盖了大部分街道,但老城区的食堂网点依然不足",
                                "仍有个别食堂因沟通不畅导致老人不满", "运营经费不足"], [])


def test_a_situation_sentence_with_no_turn_to_a_shortfall_is_no_point():
    text = _STATUS.replace("但仍有个别食堂因沟通不畅导致老人不满", "个别食堂还增设了送餐服务")
    assert points(text) == (["全区社区食堂数量稳步增长,覆盖了大部分街道,但老城区的食堂网点依然不足", "运营经费不足"], [])


def test_a_fanwen_sites_wish_of_inspiration_is_site_filler():
    assert clean("导语:本站汇集了九篇优秀范文,愿这些内容能够启发您的创作灵感,引领您探索更多可能。\n一、存在的问题\n"
                 "1、部分教师工作计划不明确。").text == "一、存在的问题\n1、部分教师工作计划不明确。"
    assert clean("導語:本站匯集了九篇優秀范文,願這些內容能夠啟發您的創作靈感。\n一、存在的問題").text == "一、存在的問題"
    # inspiration in the essay's own words stays
    assert clean("艺术家谈到创作的过程,他说灵感来自生活。").text == "艺术家谈到创作的过程,他说灵感来自生活。"


_PRIORITIES = ("儿童是城市的未来。若城市能照顾好儿童,很多家庭的负担也会随之减轻,于是,城市的公共政策便应以儿童为优先。"
               "一是儿童在公共空间方面的优先规划。二是儿童在公立医院的优先诊治。三是家庭的托育津贴。")


def test_inline_priorities_after_a_prescribing_sentence_are_measures():
    assert points(_PRIORITIES) == ([], ["儿童在公共空间方面的优先规划", "儿童在公立医院的优先诊治", "家庭的托育津贴"])
    # without the modal the sentence prescribes nothing and the items stay unread
    assert points(_PRIORITIES.replace("便应以儿童为优先", "便以儿童为优先")) == ([], [])


def test_a_topic_divided_inside_one_sentence_is_no_prescribing_lead():
    assert points("城市的儿童政策应分成两大部分，一是公共空间的规划，二是公立医院的诊治。") == ([], [])


def test_a_gap_or_burden_judged_large_is_a_deficiency():
    assert asp.prose_aspect("当地护理人员的缺口很大。") == asp.CHALLENGE
    assert asp.prose_aspect("这些年轻家庭的经济负担沉重。") == asp.CHALLENGE
    assert asp.prose_aspect("社区将为长者补足人手缺口。") is None  # (the noun alone, a gap closed: none)
