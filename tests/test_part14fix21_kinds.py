"""Failure kinds of the Traditional Chinese (Taiwan / Hong Kong) documents of Parts 13 and 14 that corpus21 left open,
each on a text written for the test (none copies a corpus string).

1. A subheading inside running text with no blank lines around it (``…的真相——标准僵化，家庭负担沉重`` between two
   paragraphs) was joined to the paragraph below it as a hard-wrapped line (it holds a comma and is over 15
   characters): a short line that opens a logical line after a sentence end, before a paragraph line at least twice
   as long, stands alone (``clean._subheading_line`` in ``clean._join_lines``); and a bare subheading line that states
   a problem is a point as one that states a measure is (``points._measure_subheading``).
2. A numbered heading that labels a dimension and names, after its colon, a problem qualified by a quoted term
   (``1. 人力与薪资：照服员的「低薪化」困境``) was read as a label over the name of a part (as ``事实描述：…的现况与挑战``
   is) and gave no point: the quotation names which problem (``points._quoted_kind`` in ``points._labelled_part`` and
   :func:`summarizer.points.section_states_point`).
3. A concession inside a point whose words before it only announce the problems and name an example
   (``推行中却面临多项挑战，以送餐服务为例，虽然…，但A考虑不足``) kept the announcement as the point's start: the granted
   part states no shortcoming when each clause that names one only announces (``points._states_granted`` in
   ``points._past_concessions``).
4. A long reported sentence of findings strung with 还有 / 另外 (``某议员表示，…难题在于A，还有B与C衔接断裂，年轻父母压力
   山大，另外像D等问题也亟需解决``): a link said to be broken and a colloquial verdict of a burden beyond bearing stated
   nothing (``prose_challenge`` / ``prose_verdict`` / ``challenge_predicate`` gain ``衔接断裂`` …, ``压力山大`` …), and the
   clause of problems said to need solving was dropped as a benefit naming a remedy (解决): a remedy word inside the
   deficit phrase names none (``points._names_remedy`` in :func:`summarizer.points.reported_clauses`).
5. 需 after an adverb of degree or continuation (``更需仰赖…``, ``仍需加强…``: Taiwan and Hong Kong prose write the one
   character for 需要) was no modal, so the measure it prescribes was read as nothing: ``更需 仍需 还需 尚需`` join the
   ``modal`` group (not before 求: ``仍需求旺盛`` is the noun 需求, ``modal_exclusion``).
6. A news report's speaker dated the Taiwan way (``某某今（5）日表示，…``) or with a bare day (``某某5日表示``) was read as a
   share of a survey's respondents (a digit in the speaker) and the frame rejected: the date is no share
   (``aspects._SPEAKER_DATE`` in :func:`summarizer.aspects.news_person_frame`).
7. A prohibition of a way of handling or judging (``外国的经验不能照搬到本地``, ``这些警讯不能怪罪家长…，而是…忽视了…``,
   ``故不能单从老人谈老人问题``) was read as a challenge (不能 a deficiency predicate): a negated modal right before a
   verb of copying, applying, blaming or judging from one side (``prohibited_course`` cue group) prescribes; the
   clause is a recommendation and the 而是 clause, when it states a shortcoming, stays the challenge
   (:func:`summarizer.points.prohibited_course`, ``points._prohibited_course_points``).
8. A stored text cut inside the list a prescribing lead-in announces (``因此，主管部门应提出具体改善方案：一，改``) gave
   nothing: the cut item is no point (rule of 683), but the lead-in clause still prescribes and is the measure
   (``points._cut_list_lead_in``); a lead-in that prescribes nothing (``主要原因如下：``) gives none.
9. A chain of requirements over the point length with an actor and a modal in its first clause and again later
   (``督导组要求，各街道办事处要坚持A、B、C，加强D，坚定不移推进E，…，社区负责人要履行好F责任，确保…``) was cut to one
   window that lost its first and last measures: the run of :func:`summarizer.points.modal_comma_run` may open with an
   actor's modal clause and hold later ones (``points._actor_modal_clause``; ``duty_verb`` cue group 履行 …), a clause
   may open with an idiom of manner (``坚定不移``, ``manner_idiom``; ``points._past_manner_idiom``), a quotation with no
   comma inside splits nothing (``points._QUOTED_COMMA``), and the last clause of purpose (``确保…``) is the run's goal,
   no item (``points._RUN_PURPOSE``).
10. A practice news item's sentence that opens by naming the past faults it answers (``针对以往A、B，造成C，区里建立了…``)
    gave nothing (针对 opens a topic): the clauses after the frame that state a shortcoming, and one after them opened
    by a consequence, are challenges up to the practice clause (:func:`summarizer.points.past_fault_clauses`,
    ``points._past_fault_frame_points``); work judged imprecise (``不精准``, ``不准确``) is a deficiency predicate.
11. A meeting's narrated discussion whose topic states the problem with its verdicts (``会上，各单位就…工单责任不明确，
    屡屡出现互相推诿的情况开展了充分讨论``) gave nothing: each clause of the topic that states a shortcoming is a
    challenge (:func:`summarizer.points.discussed_problem_clauses`, ``points._discussed_problem_points``); a topic
    that only names problem nouns (``就相关问题进行了讨论``) gives none.
12. In a meeting's report, the sentence after the meeting's requirements that carries them on (``会议要求，…。同时，明确
    燃气管道的巡查单位，建立隐患处理长效机制。``) was read as a challenge (隐患 in the measure's object): it is the meeting's
    requirement too (``points._meeting_continued_measures``); outside a meeting report, or after a sentence that is
    not the meeting's, the rule does not apply.
13. A sentence that says where the problem lies and names only a topic (``更关键的问题在于托育的财政定位``; the next
    sentence states the problem) was a challenge point: the words after 在于 state no shortcoming
    (:func:`summarizer.points.names_problem_topic`); ``问题在于缺乏稳定的资金来源`` states one, and ``问题是…`` goes on with
    a clause and is read as before.
"""

from __future__ import annotations

import pytest

import summarizer
from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import clean as C
from summarizer import points as P

# 1 ---------------------------------------------------------------------------------------------------------------

_SUBHEAD = ("近年来，本市老年人口占比持续上升，照护需求快速增长。\n补助制度的真相——标准僵化，家庭负担沉重\n"
            "表面上，补助由中央统一规划；实际上，各县市承担了大部分建设成本，许多县市只能压缩其他支出来维持运作。")


def test_a_subheading_between_paragraphs_stands_alone_and_states_its_problem():
    essay = summarizer.summarize(_SUBHEAD).essays[0]
    got = [(p.text, p.start, p.end) for p in essay.challenges]
    assert ("补助制度的真相——标准僵化，家庭负担沉重", 27, 47) in got
    assert all(_SUBHEAD[a:b] == t for t, a, b in got)


def test_subheading_line_shape():
    prev, nxt = "照护需求快速增长。", "表面上，补助由中央统一规划；实际上，各县市承担了大部分建设成本，许多县市只能压缩其他支出。"
    assert C._subheading_line(prev, "补助制度的真相——标准僵化，家庭负担沉重", nxt)
    assert C._subheading_line("照護需求快速增長？", "補助制度的真相——標準僵化，家庭負擔沉重", nxt)
    # negative: after a line that ends no sentence, ending inside a phrase, with a colon, or before a short line
    assert not C._subheading_line("照护需求快速增长，", "补助制度的真相——标准僵化，家庭负担沉重", nxt)
    assert not C._subheading_line(prev, "补助制度的真相——标准僵化，家庭负担的", nxt)
    assert not C._subheading_line(prev, "补助制度：标准僵化，家庭负担沉重", nxt)
    assert not C._subheading_line(prev, "补助制度的真相——标准僵化，家庭负担沉重", "表面上，补助由中央统一规划。")


def test_a_short_line_before_a_short_paragraph_is_still_joined():
    # negative: the paragraph line after it is not twice as long: a wrapped line, joined as before
    text = "近年来，本市老年人口占比持续上升，照护需求快速增长。\n补助制度的真相——标准僵化，家庭负担沉重\n表面上，补助由中央统一规划。"
    assert points(text)[0] == ["本市老年人口占比持续上升，照护需求快速增长", "补助制度的真相——标准僵化，家庭负担沉重表面上，补助由中央统一规划"]


# 2 ---------------------------------------------------------------------------------------------------------------

_DIMENSIONS = ("近年来，社区照护需求快速增长，但制度设计仍有缺陷。\n1. 人力与薪资：照服员的「低薪化」困境\n"
               "照服员平均月薪偏低，流失率居高不下，许多机构长期缺人。\n2. 服务与品质：照护的“碎片化”问题\n"
               "各项服务分属不同单位，家属需要自行衔接，往返奔波。")


def test_a_dimension_label_over_a_quoted_problem_is_a_point():
    essay = summarizer.summarize(_DIMENSIONS).essays[0]
    got = [(p.text, p.start, p.end) for p in essay.challenges]
    assert ("人力与薪资：照服员的「低薪化」困境", 29, 46) in got
    assert ("服务与品质：照护的“碎片化”问题", 78, 94) in got
    assert all(_DIMENSIONS[a:b] == t for t, a, b in got)


def test_quoted_kind_and_labelled_part():
    assert P._quoted_kind("长照的「社福化」盲点") and P._quoted_kind("照护的“碎片化”问题")
    assert P.section_states_point("支付与财政：长照的「社福化」盲点")
    assert not P._labelled_part("支付与财政：长照的「社福化」盲点")
    # negative: a label over the name of a part stays a part's name
    assert not P._quoted_kind("社区照护的现况与挑战")
    assert P._labelled_part("事实描述：社区照护的现况与挑战")
    assert not P.section_states_point("事实描述：社区照护的现况与挑战")
    assert points("近年来，社区照护需求快速增长。\n1. 事实描述：社区照护的现况与挑战\n照服员平均月薪偏低，流失率居高不下，许多机构长期缺人。")[0] == [
        "照服员平均月薪偏低，流失率居高不下，许多机构长期缺人"]


# 3 ---------------------------------------------------------------------------------------------------------------

def test_a_concession_after_announced_challenges_and_an_example_starts_the_point_after_it():
    text = "新制度上路后，推行中却面临多项挑战，以送餐服务为例，虽然改按次数计价，但路程远近和餐食差异考虑不足，业者普遍不愿接偏远订单。"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.challenges] == [
        ("路程远近和餐食差异考虑不足，业者普遍不愿接偏远订单", 36, 61)]
    assert not P._states_granted("推行中却面临多项挑战，以送餐服务为例，虽然改按次数计价，但")


def test_a_concession_after_a_stated_shortcoming_keeps_the_whole_point():
    # negative: the words before the concession state a shortcoming of their own (补助严重不足): the point keeps them
    text = "新制度上路后，推行中问题频出，补助严重不足，以送餐服务为例，虽然改按次数计价，但路程远近和餐食差异考虑不足。"
    assert P._states_granted("推行中问题频出，补助严重不足，以送餐服务为例，虽然改按次数计价，但")
    assert points(text)[0] == ["新制度上路后，推行中问题频出，补助严重不足，以送餐服务为例，虽然改按次数计价，但路程远近和餐食差异考虑不足"]


# 4 ---------------------------------------------------------------------------------------------------------------

_REPORTED = "某议员昨日表示，托育政策的最大难题在于人手严重不足，还有补助流程与幼儿园衔接断裂，年轻父母压力山大，另外像收费透明度等问题也亟需解决。"


def test_a_reported_sentence_of_findings_gives_each_clause():
    essay = summarizer.summarize(_REPORTED).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.challenges] == [
        ("托育政策的最大难题在于人手严重不足", 8, 25), ("还有补助流程与幼儿园衔接断裂", 26, 40),
        ("年轻父母压力山大", 41, 49), ("另外像收费透明度等问题也亟需解决", 50, 66)]
    assert essay.recommendations == []


def test_remedy_inside_a_deficit_phrase_and_broken_links():
    assert not P._names_remedy("收费透明度等问题也亟需解决")
    # negative: a benefit that names the problem a measure removes still names a remedy
    assert P._names_remedy("有助解决合约太短的问题")
    # negative: a hypothetical consequence with bare 断裂 is no broken link (not a cue word by itself)
    assert points("某议员昨日表示，无薪假会让家庭经济断裂。") == ([], [])


# 5 ---------------------------------------------------------------------------------------------------------------

def test_xu_after_an_adverb_is_a_modal():
    text = "托育政策明年上路，预算创下新高。托育不是砸钱就没事，仍需加强人力规划。"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.recommendations] == [("托育不是砸钱就没事，仍需加强人力规划", 16, 34)]
    # negative: 需求 after the adverb is the noun, no prescription
    assert points("托育政策明年上路，预算创下新高。托育市场仍需求旺盛，价格仍然偏高。") == (["托育市场仍需求旺盛，价格仍然偏高"], [])


# 6 ---------------------------------------------------------------------------------------------------------------

def test_a_dated_speaker_is_a_news_frame():
    assert asp.news_person_frame("某议员今（5）日表示，长照要改。").group(0) == "某议员今（5）日表示，"
    assert asp.news_person_frame("某议员5日表示，长照要改。").group(0) == "某议员5日表示，"
    # negative: a share of respondents is still no speaker the report speaks for
    assert asp.news_person_frame("六成受访者表示，长照要改。") is None
    assert asp.news_person_frame("60%受访者表示，长照要改。") is None


# 7 ---------------------------------------------------------------------------------------------------------------

def test_a_prohibited_course_is_a_measure_and_its_er_shi_clause_the_problem():
    text = "近年来托育需求快速上升。这些警讯不能怪罪家长不懂政策，而是主管部门忽视了家长的真实感受。"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.challenges] == [("主管部门忽视了家长的真实感受", 29, 43)]
    assert [(p.text, p.start, p.end) for p in essay.recommendations] == [("这些警讯不能怪罪家长不懂政策", 12, 26)]
    # a forbidding contrast whose 而是 clause keeps a modal is one order, the course forbidden and the one urged
    # (summarizer.aspects.contrastive_measure; side41): the whole sentence is the recommendation
    assert points("近年来托育需求快速上升。外国的经验不能照搬到本地，而是要结合实际。") == ([], ["外国的经验不能照搬到本地，而是要结合实际"])


def test_an_inability_stays_a_problem():
    # negative: 不能 before a verb of bearing states an inability, no prohibition
    assert not P.prohibited_course("许多家庭不能负担高昂的托育费用")
    assert points("近年来托育需求快速上升。许多家庭不能负担高昂的托育费用。") == (["许多家庭不能负担高昂的托育费用"], [])
    assert P.prohibited_course("故不能单从老人谈老人问题") and P.prohibited_course("市场化的逻辑不应套用在托育服务上")


# 8 ---------------------------------------------------------------------------------------------------------------

def test_a_prescribing_lead_in_of_a_cut_list_is_the_measure():
    text = "托育政策推行多年，家长普遍反映申请手续繁琐。因此，主管部门应提出具体改善方案：一，改"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.recommendations] == [("主管部门应提出具体改善方案", 25, 38)]


def test_a_lead_in_of_a_whole_list_or_naming_causes_gives_no_lead_in_point():
    # negative: the list is whole (its items are the points), or the lead-in prescribes nothing
    assert points("托育政策推行多年，家长普遍反映申请手续繁琐。因此，主管部门应提出具体改善方案：一，改革申请流程；二，增加补助。")[1] == [
        "一，改革申请流程", "二，增加补助"]
    assert points("托育政策推行多年，家长普遍反映申请手续繁琐。主要原因如下：一，改")[1] == []


# 9 ---------------------------------------------------------------------------------------------------------------

_CHAIN = ("督导组要求，各街道办事处要坚持问题导向、目标导向、效果导向，加强基层环卫队伍建设，坚定不移推进垃圾分类工作，"
          "完善日常考核办法，切实把整改作为检验“工作作风”的标尺，社区负责人要履行好属地管理责任，确保整改取得实效。")


def test_a_chain_of_requirements_with_actors_gives_one_measure_per_clause():
    kind, spans = P.modal_comma_run(_CHAIN)
    assert kind == "recommendation"
    assert [_CHAIN[a:b] for a, b in spans] == [
        "各街道办事处要坚持问题导向、目标导向、效果导向", "加强基层环卫队伍建设", "坚定不移推进垃圾分类工作", "完善日常考核办法",
        "切实把整改作为检验“工作作风”的标尺", "社区负责人要履行好属地管理责任"]
    assert spans[0] == (6, 29)


def test_a_chain_with_a_narrated_clause_or_a_short_one_is_no_run():
    # negative: a clause of work done inside the chain, or a chain short enough to be one point
    narrated = _CHAIN.replace("完善日常考核办法", "去年共清运垃圾三万吨")
    assert P.modal_comma_run(narrated) == (None, [])
    assert P.modal_comma_run("督导组要求，各街道办事处要坚持问题导向，加强基层队伍建设，社区负责人要履行好属地管理责任。") == (None, [])
    assert not P._actor_modal_clause("检察机关拒不履行义务", 0, 10)


# 10 --------------------------------------------------------------------------------------------------------------

def test_past_faults_before_the_practice_that_answers_them_are_problems():
    text = "区里推出了新的工作法。针对以往各单位职责梳理不够清晰、职责界定模糊，造成工单派发不精准，区里建立了首接负责制。"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.challenges] == [
        ("各单位职责梳理不够清晰、职责界定模糊", 15, 33), ("造成工单派发不精准", 34, 43)]
    assert essay.recommendations == []


def test_a_present_topic_after_zhendui_is_no_past_fault():
    # negative: 针对 a present problem named as a topic; the practice clause ends the faults
    assert P.past_fault_clauses("针对群众反映强烈的停车难问题，区里新建了三个停车场。") == []
    assert points("区里推出了新的工作法。针对群众反映强烈的停车难问题，区里新建了三个停车场。") == ([], [])
    s = "针对过去审批环节过多，区里推行了一窗受理，办理时间明显缩短。"
    assert [s[a:b] for a, b in P.past_fault_clauses(s)] == ["审批环节过多"]


# 11 --------------------------------------------------------------------------------------------------------------

def test_a_discussed_topic_stated_with_its_verdicts_gives_its_problems():
    text = ("5月8日，街道办组织物业公司、供水公司召开了漏水投诉协调会。会上，各单位就老旧小区管道漏水的投诉工单责任不清，"
            "多次出现相互推诿的情况进行了深入讨论。")
    essay = summarizer.summarize(text).essays[0]
    got = [(p.text, p.start, p.end) for p in essay.challenges]
    assert ("老旧小区管道漏水的投诉工单责任不清", 37, 54) in got and ("多次出现相互推诿的情况", 55, 66) in got
    assert all(text[a:b] == t for t, a, b in got)


def test_a_discussion_of_named_topics_only_gives_no_problem():
    # negative: the topic names problem nouns only, or no discussion verb follows
    assert P.discussed_problem_clauses("会上，各单位就相关问题进行了讨论。") == []
    assert P.discussed_problem_clauses("会上，各单位就下半年重点工作进行了深入交流。") == []
    assert P.discussed_problem_clauses("各单位就管道漏水责任不清的问题提出了意见。") == []


# 12 --------------------------------------------------------------------------------------------------------------

def test_a_meetings_requirement_carried_on_by_tongshi_is_a_measure():
    text = "3月5日，区应急局召开了安全生产协调会。会议要求，各单位必须高度重视隐患排查工作。同时，明确燃气管道的巡查单位，建立隐患处理长效机制。"
    essay = summarizer.summarize(text).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.recommendations][-1] == ("明确燃气管道的巡查单位，建立隐患处理长效机制", 44, 66)
    assert essay.challenges == []


@pytest.mark.xfail(strict=True, reason=(
    "k137138 (lead54): a shortfall word that is the object of work on it (隐患处理) no longer makes the sentence a "
    "challenge, and the subjectless 同时-sentence after a narration of units' attitude is now read as a measure by the "
    "imperative-opening rule; by the gold rules it goes on narrating (neither). Known fault, recorded."))
def test_tongshi_after_no_meeting_requirement_is_read_as_before():
    # negative: no meeting reported, so the sentence after 同时 is read by the ordinary rules
    text = "近年来我区安全生产形势总体平稳。各单位高度重视隐患排查工作。同时，明确燃气管道的巡查单位，建立隐患处理长效机制。"
    before = points(text)
    assert "明确燃气管道的巡查单位，建立隐患处理长效机制" not in before[1]


# 13 --------------------------------------------------------------------------------------------------------------

def test_a_problem_said_to_lie_in_a_topic_is_no_point():
    assert P.names_problem_topic("更关键的问题在于托育的财政定位")
    text = "更关键的问题在于托育的财政定位。托育经费长期被列为福利支出，预算缺乏稳定来源。"
    assert points(text)[0] == ["托育经费长期被列为福利支出，预算缺乏稳定来源"]


def test_a_problem_said_to_lie_in_a_shortcoming_stays():
    # negative: the words after 在于 state the shortcoming; 问题是 goes on with a clause
    assert not P.names_problem_topic("问题在于缺乏稳定的资金来源")
    assert not P.names_problem_topic("问题在于执行不到位")
    assert not P.names_problem_topic("但问题是这样正好中了对方的圈套")
