"""Failure kinds found by the blind Part 26 documents (913-923) of the aspect corpus (non-mainland and odd-format
shapes), each on a text written for the test (none copies a corpus string).

1. An authority's silence, evasion or undone act stated with a negated verb of answering, mentioning, giving or
   seeing begun (``对住户的诉求只字未提``, ``改革依然未曾正面回应…``, ``当局从未给出…回应``, ``计划承诺三年，至今仍未见动工``)
   and the set phrases of a plea nobody answers or a wait without end (``求救无门``, ``圆梦无期``) stated nothing: they
   are verdicts, one phrase enough in a sentence of any length (``prose_verdict`` and ``challenge_predicate`` cue
   groups, read by :func:`summarizer.aspects.states_verdict` and :func:`summarizer.aspects.challenge_strength`). A
   finding of nothing wrong (``至今未见异常``) and a condition (``如果当局…只字未提，…``) state no shortcoming.
2. A prohibition of neglect (``我们绝对不能忽视舆论的影响力``, ``政府不可漠视民意``) was read as a challenge: the neglect
   verb (忽视, 漠视: ``neglect_verb`` cue group) after 不能/不可/切勿 names no neglect that happened, the sentence prescribes
   heeding (:func:`summarizer.aspects.forbids_neglect` in :func:`summarizer.aspects.sentence_aspect` and
   :func:`summarizer.aspects.prose_aspect`). ``问题不容忽视``, ``不可忽视的问题``, ``不能忽视的是，…仍存在短板`` and a
   sentence that states a fault besides (``政府漠视民意，我们不能忽视``) are not read so.
3. A run-on sentence (a hearing chair's opening of hundreds of characters joined by commas only) gave one window over
   its problems: each comma clause of it that states a problem (read alone) and prescribes nothing is a challenge, when
   there are at least four such clauses and at most one clause in four states one
   (:func:`summarizer.points.run_on_problem_clauses` in ``points._run_on_problem_points``). A shorter sentence, a denser
   run, and lines glued into one sentence (a number marker ``2、`` inside) are not read so.
4. A plea or a modal to heed a problem (``请赖总统正视这个危机``, ``政府应正视这个危机``) was read as a challenge by the
   problem noun it names: the problem is what the plea asks to be faced, the sentence prescribes
   (:func:`summarizer.aspects.pleads_heeding`, ``heed_plea_verb`` cue group). ``需要重视的是，…存在短板`` (的 after the
   verb: it introduces a problem) and a neglect stated (``政府长期不重视…问题``) stay challenges.
5. A council's question record (a Q&A session's transcript: ``某某议员：…`` asks, ``行政长官：…`` answers) gave the
   official's answer as points: when a member (``council_member_title``: 议员, 委员) and an official
   (``answering_official_title``: 行政长官, 院长, 部长 …) both speak in line-initial labelled turns, the official's turns are
   the government's reply, neither aspect (:func:`summarizer.points.council_answer_turns`, ``points._council_answers``).
   A record of officials only gives none, and the member's question keeps its points.
6. A release's doubts listed under a lead-in of problems (``我们的质疑是：`` ⏎ ``「社区照护」是什么？是多建几间中心？``) gave the
   short questions as challenges: a question of at most 20 characters that states no shortcoming and is no rhetorical
   complaint asks what a measure means (:func:`summarizer.points.bare_question_point`); the statements around it keep
   their points.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts
from costs import assert_linear


# 1 ---------------------------------------------------------------------------------------------------------------

def test_silence_and_evasion_are_verdicts():
    assert points("新方案推出两年,对住户的诉求只字未提。") == (["新方案推出两年,对住户的诉求只字未提"], [])
    assert points("当局对居民的投诉从未给出任何回应。") == (["当局对居民的投诉从未给出任何回应"], [])
    assert points("这套改革依然未曾正面回应租户的核心诉求。") == (["这套改革依然未曾正面回应租户的核心诉求"], [])


def test_undone_plan_and_unanswered_plea_are_verdicts():
    assert points("公屋计划承诺了三年,至今仍未见动工。") == (["公屋计划承诺了三年,至今仍未见动工"], [])
    assert points("不少学生在校园欺凌中求救无门。") == (["不少学生在校园欺凌中求救无门"], [])
    assert points("轮候家庭上楼圆梦无期。") == (["轮候家庭上楼圆梦无期"], [])


def test_traditional_script_is_read_in_the_simplified_view():
    assert points("新方案推出兩年,對住戶的訴求隻字未提。") == (["新方案推出兩年,對住戶的訴求隻字未提"], [])


def test_no_finding_and_a_condition_state_no_verdict():
    assert points("经过三轮检测,至今未见异常。") == ([], [])
    assert points("如果当局对诉求只字未提,市民会更不满。") == ([], [])
    assert not asp.states_verdict("经过三轮检测,至今未见异常")


def test_verdict_reading_is_linear():
    long = lambda n: "当局对诉求只字未提," + "居民继续等待," * n  # noqa: E731
    assert_linear(lambda n: asp.states_verdict(long(n)), 3500, "states_verdict")
    assert_linear(lambda n: asp.challenge_strength(long(n)), 3500, "challenge_strength")


# 2 ---------------------------------------------------------------------------------------------------------------

def test_forbidden_neglect_is_a_measure():
    assert points("在网络时代,我们绝对不能忽视舆论的影响力。") == ([], ["在网络时代,我们绝对不能忽视舆论的影响力"])
    assert points("政府不可漠视民意。") == ([], ["政府不可漠视民意"])
    assert asp.forbids_neglect("各部门切勿再轻视安全生产")


def test_unignorable_problems_and_stated_neglect_stay_challenges():
    assert points("老龄化带来的问题不容忽视。") == (["老龄化带来的问题不容忽视"], [])
    assert points("但不能忽视的是,农村养老仍存在短板。")[0] == ["不能忽视的是,农村养老仍存在短板"]
    assert points("不少部门忽视了群众的诉求。") == (["不少部门忽视了群众的诉求"], [])
    assert not asp.forbids_neglect("这是一个不可忽视的问题")
    assert not asp.forbids_neglect("政府漠视民意,我们不能忽视")


def test_forbidden_neglect_reading_is_linear():
    assert_linear(lambda n: asp.forbids_neglect("我们不能忽视," + "居民继续等待," * n), 3500)


# 3 ---------------------------------------------------------------------------------------------------------------

_RUN_ON = ("首先我想向各位委员以及关心这件事的市民说明召开这次座谈会的缘由,从去年推行新规以来,摊贩的生计都非常困难,"
           "同样也因为规定相当混乱而叫苦连天,作为主管的市场处对标准的把关有待改进,去年八月开始市场处发出新的通告,"
           "要求摊贩除了遵守通告以外,还要遵循街道的其他安排,一般摊贩要弄清楚应该遵守的规定非常困难,"
           "今年三月更宣布夜市改到新址营业,摊贩只好搬到偏远的空地,街道办主任在会上说摊贩可以先行试点,"
           "但还等不及试点开始,区里就说因为人手不足,仍要求摊贩暂停营业,上个月街道又开了两次协调会,"
           "会上各方谈了很久,最后决定下个月再谈,这只是各部门之间各行其是的例子之一,也应该")


def test_run_on_sentence_gives_one_point_per_problem_clause():
    ch, rec = points(_RUN_ON)
    assert ch[:4] == ["摊贩的生计都非常困难", "同样也因为规定相当混乱而叫苦连天", "作为主管的市场处对标准的把关有待改进",
                      "一般摊贩要弄清楚应该遵守的规定非常困难"]
    assert rec == []
    spans = pts.run_on_problem_clauses(_RUN_ON)
    assert _RUN_ON[spans[0][0]:spans[0][1]] == "摊贩的生计都非常困难"


def test_short_sentences_and_glued_lines_are_not_run_ons():
    short = "从去年推行新规以来,摊贩的生计都非常困难,同样也因为规定相当混乱而叫苦连天,市场处的把关有待改进,一般摊贩要弄清楚规定非常困难。"
    assert pts.run_on_problem_clauses(short) == []
    assert pts.run_on_problem_clauses(_RUN_ON.replace("今年三月", "2、今年三月")) == []
    assert pts.run_on_problem_clauses(_RUN_ON.replace(",", "\n", 1)) == []


def test_run_on_reading_is_linear():
    assert_linear(lambda n: pts.run_on_problem_clauses("摊贩的生计都非常困难," * n), 2500)


# 4 ---------------------------------------------------------------------------------------------------------------

def test_plea_to_heed_a_problem_is_a_measure():
    assert points("请市长正视这个危机。") == ([], ["请市长正视这个危机"])
    assert points("政府应正视这个危机。") == ([], ["政府应正视这个危机"])
    assert points("請市長正視這個危機。") == ([], ["請市長正視這個危機"])
    assert asp.pleads_heeding("呼吁政府重视留守儿童问题")


def test_heeding_that_introduces_or_states_a_problem_is_no_plea():
    assert points("需要重视的是,农村养老存在短板。") == (["需要重视的是,农村养老存在短板"], [])
    assert points("政府长期不重视留守儿童问题。") == (["政府长期不重视留守儿童问题"], [])
    assert not asp.pleads_heeding("需要重视的是,农村养老存在短板")


def test_heeding_plea_reading_is_linear():
    assert_linear(lambda n: asp.pleads_heeding("请政府正视" + "危机" * n), 50000)


# 5 ---------------------------------------------------------------------------------------------------------------

_RECORD = ("某某议员：主席，本港护理行业人手严重不足，越来越少年轻人入行，安老院舍长期缺人。请问政府会否放宽输入护理员？\n"
           "局长：主席，多谢议员的提问。目前护理行业人手确实不足，政府会加强培训，并且增加资助名额。\n")


def test_an_officials_answer_in_a_council_record_gives_no_points():
    turns = pts.council_answer_turns(_RECORD)
    assert len(turns) == 1 and _RECORD[turns[0][0]:].startswith("局长：")
    ch, rec = points(_RECORD)
    assert all("政府会加强培训" not in p and "人手确实不足" not in p for p in ch + rec)
    assert any("人手严重不足" in p for p in ch)


def test_a_record_of_officials_only_is_no_council_exchange():
    briefing = "局长：主席，护理行业人手不足，政府会加强培训。\n署长：我们会增加资助名额。\n"
    assert pts.council_answer_turns(briefing) == []


def test_council_turns_are_linear():
    assert_linear(lambda n: pts.council_answer_turns("某某议员：人手不足。\n局长：会加强培训。\n" * n), 1250)


# 6 ---------------------------------------------------------------------------------------------------------------

_DOUBTS = ("我们的质疑是:\n"
           "一、 政府说要改革长照,却不敢碰最核心的人力问题\n"
           "「社区照护」是什么?是多建几间中心?多办几场活动?\n"
           "「照服员培训」是什么?是多发几张证书?\n"
           "但我们要问的是:\n"
           "照服员长期低薪,流失严重。保障在哪里?\n")


def test_short_questions_under_doubts_are_no_points():
    ch, rec = points(_DOUBTS)
    assert not any(p.endswith("是什么") for p in ch)
    assert any("流失严重" in p for p in ch)


def test_bare_question_reading():
    t = "「社区照护」是什么?是多建几间中心?"
    assert pts.bare_question_point(t, 0, t.index("?"))
    q = "照服员的人手为何严重不足?"
    assert not pts.bare_question_point(q, 0, q.index("?"))  # (a problem asked about: 不足 states it)



def test_a_question_heading_over_its_answer_is_no_bare_question():
    t = "（一）为何助餐点越办越冷清？\n助餐点菜品单一，价格偏高，老人不愿来。\n"
    assert not pts.bare_question_point(t, 3, t.index("？"))
