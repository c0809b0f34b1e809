"""Leftover kinds of Parts 23-26 of the aspect corpus, each on a text written for the test (none copies a corpus
string).

1. A problem and the bare 应 of formal prose in one sentence (``…仍缺乏解决方案，政府应重视…，才能…``): a short actor
   and 应 before an imperative verb (:data:`summarizer.points._TAIL_ACTOR_BARE_YING`) open a measure tail
   (:func:`summarizer.points.measure_tail_clause`), so the clauses before it are a challenge and the tail a
   recommendation. 应 inside a word (供应, 回应, 应对), 应 before no act (理应知道如何…：在…必须…, the act past the colon
   is another clause's) and a lone scene-setting clause (``面对当前严峻的就业形势，我们应…``) open no tail.
2. A perverse result (``…许多不公不但没有改善，反而…被进一步放大``; ``如果…，反而会恶化…问题``): a clause opened by
   反而/反倒 in a long sentence that names one deficiency is one more sign that it states a problem, as a second
   predicate of deficiency is (:func:`summarizer.aspects.perverse_outcome` in :func:`summarizer.aspects.prose_aspect`);
   after a condition the 反而 clause itself must name the deficiency. A turn to something better (``反而有更多时间``)
   and an averted harm (``反而不会…``) state no problem.
3. A state judged poor by its own predicate (``prose_challenge`` cue group, appended): poor with a degree (``卫生较差``),
   outdated (``政策过时``), a party absent from its role (``角色缺位``), growth slowed (``增长放缓``), pressure or a gap
   judged large (``压力大``, ``差距极大``). Not ``不致太差`` (太差/很差 left out) and not a prohibition (``改革不能倒退``:
   倒退 left out, a deficiency word would turn the prohibition into neither).
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts
from summarizer import summarize
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_BARE_YING = ("少子化问题困扰多年。新设的署只着重照顾儿童健康，对于生育率偏低的问题，仍缺乏解决方案，"
              "政府应重视晚婚、晚育等社会现象，才能对症下药。")


def test_a_problem_then_an_actor_and_bare_ying():
    assert points(_BARE_YING) == (["少子化问题困扰多年", "新设的署只着重照顾儿童健康，对于生育率偏低的问题，仍缺乏解决方案"],
                                  ["政府应重视晚婚、晚育等社会现象，才能对症下药"])
    essay = summarize(_BARE_YING).essays[0]
    for p in essay.challenges + essay.recommendations:
        assert _BARE_YING[p.start:p.end] == p.text  # offsets into the text as given


def test_traditional_script_reads_the_same():
    text = ("少子化問題困擾多年。新設的署只著重照顧兒童健康，對於生育率偏低的問題，仍缺乏解決方案，"
            "政府應重視晚婚、晚育等社會現象，才能對症下藥。")
    assert points(text)[1] == ["政府應重視晚婚、晚育等社會現象，才能對症下藥"]


def test_which_clauses_open_a_bare_ying_tail():
    assert pts.measure_tail_clause("政府应重视晚婚、晚育")
    assert pts.measure_tail_clause("当局也应检讨现行政策")
    assert not pts.measure_tail_clause("供应链长期断裂")
    assert not pts.measure_tail_clause("回应诉求太慢")
    assert not pts.measure_tail_clause("政府应对不力")
    assert not pts.measure_tail_clause("政府不应加强管制")  # a prohibition: read by the prohibition readers
    assert not pts.measure_tail_clause("政府理应知道如何规划：在五年内必须提供住房")  # the act past the colon


def test_no_tail_in_a_word_or_before_no_act():
    assert points("水电供应长期不稳定，供应链问题突出，回应迟缓，政府应对不力。") == (
        ["水电供应长期不稳定，供应链问题突出，回应迟缓，政府应对不力"], [])
    assert points("住房需求各有不同，所以从统计数据看，政府理应知道如何规划：在五年内必须提供多少住房。") == (
        [], ["住房需求各有不同，所以从统计数据看，政府理应知道如何规划：在五年内必须提供多少住房"])


def test_a_lone_facing_clause_is_the_measures_frame():
    assert points("物价上涨较快。面对当前严峻的就业形势，我们应积极采取措施，缓解毕业生的就业压力。") == (
        [], ["面对当前严峻的就业形势，我们应积极采取措施，缓解毕业生的就业压力"])


def test_bare_ying_reading_is_linear():
    # one clause of 100,000 characters at the full size; 10,000 short sentences through the whole pipeline
    assert_linear(lambda n: pts.measure_tail_clause("政府应重视" + "晚婚晚育" * n), 25000, "one long clause")
    # (from 300 sentences: between 150 and 300 the pipeline's cost steps up once, x2.4, then grows less than linearly)
    assert_linear(lambda n: summarize("问题突出，政府应加强管理。" * n), 300, "many sentences, summarized")


# 2 ---------------------------------------------------------------------------------------------------------------

_PERVERSE = "侨社原本以为这届新政府上台以后能够翻过旧日的政治篇章，结果却发现许多不公不但没有改善，反而因为当局的沉默被进一步放大"


def test_a_perverse_result_states_a_problem():
    assert points("侨社的处境。" + _PERVERSE + "。各界都在观望。") == ([_PERVERSE], [])
    assert asp.prose_aspect(_PERVERSE) == asp.CHALLENGE


def test_a_conditions_perverse_result():
    sentence = "如果把灌溉工程减少的渗漏损失当成节省下来的水量，并且用于继续扩大灌溉面积，反而会恶化地下水的超采问题"
    assert asp.prose_aspect(sentence) == asp.CHALLENGE
    assert asp.perverse_outcome(sentence, own_clause=True)


def test_no_perverse_result_when_better_or_averted():
    assert not asp.perverse_outcome("精简会议以后，基层干部反而有更多时间走进群众，办事效率大为提高")
    assert not asp.perverse_outcome("若当初采取温和手法疏导不满，反而不会有这么严重的冲突发生", own_clause=True)
    assert not asp.perverse_outcome("许多不公一直没有改善，当局却始终保持沉默")  # no 反而: the older readings decide
    assert asp.prose_aspect("若当初采取温和手法疏导民众的不满情绪，反而不会有这么严重的冲突发生") != asp.CHALLENGE


def test_perverse_reading_is_linear():
    assert_linear(lambda n: asp.perverse_outcome("不足，" + "反而" * n), 12500, "many turns")
    assert_linear(lambda n: asp.perverse_outcome("问题" * n + "，反而更糟"), 12500, "a long clause before the turn")


# 3 ---------------------------------------------------------------------------------------------------------------


def test_states_judged_poor_are_prose_challenges():
    for sentence in ("有的食堂卫生较差", "部分政策已经过时", "社区治理中居民角色缺位", "去年全市工业增长放缓",
                     "部分行业经营压力大", "城乡收入差距极大"):
        assert asp.prose_aspect(sentence) == asp.CHALLENGE, sentence


def test_poor_judgments_left_out():
    assert asp.prose_aspect("到今天确诊的数字不致太差") is None
    assert asp.prose_aspect("改革不能倒退，必须坚持下去") == asp.RECOMMENDATION  # a prohibition stays a measure
    assert asp.prose_aspect("各项工作成效日益明显") is None


def test_a_poor_state_in_an_essay():
    text = "食堂检查情况通报。本月检查了十所学校。有的食堂卫生较差，餐具消毒记录缺失。检查组已经通报各校。"
    assert points(text)[0] == ["有的食堂卫生较差，餐具消毒记录缺失"]
