"""Recommendations missed by Parts 29-30 (1055-1221) of the aspect corpus (helper p30rec), each kind on a text written
for the test (none copies a corpus string).

1. A speech's wish addressed to its audience: the listeners named right after 希望 (``我希望同学们…``, ``学校希望老师和
   同学们…``, ``我衷心希望每一位同学…``) are asked to act, a recommendation
   (:func:`summarizer.aspects.audience_wish`, read by ``aspects._appeal``; the window of a long sentence opens at the
   wish, :func:`summarizer.points.cue_window`); a courtesy (``希望大家一如既往地支持…``) or a wish that names the listeners
   only after a verb (``希望能给大家带来帮助``) asks for no measure.
2. 一定要 opens a clause as a modal does (``在安全方面，一定要听从…``: the ``modal`` cue group), not inside 一定要求 or after
   不 (``不一定要…``: not necessarily).
3. Verbs of taking on a duty after a modal (``学校必须牢记…``, ``必须严加监管``, ``须汲取教训``: the ``modal_keep_action``
   cue group, read only after a modal) make the modal prescribe an action (:func:`summarizer.aspects.prose_aspect`);
   the same verbs in narration or as a modifier (``他一直牢记着…``, ``严加看管的仓库…``) prescribe nothing.
"""

from __future__ import annotations


import summarizer
from summarizer import aspects as asp
from costs import assert_linear


# 1 ---------------------------------------------------------------------------------------------------------------

_SPEECH = ("开学典礼讲话\n\n"
           "老师们、同学们：\n\n"
           "过去一学期，学校在各方面都取得了新的进步。"
           "我希望同学们珍惜时光，刻苦学习。"
           "新学期里，学校希望老师和同学们养成按时作息的好习惯，积极锻炼身体，认真完成每一项作业，主动参加社会实践，"
           "从而形成良好的校风。\n\n"
           "谢谢大家。\n")


def test_audience_wish_is_a_recommendation():
    essay = summarizer.summarize(_SPEECH).essays[0]
    assert [(p.text, p.start, p.end) for p in essay.recommendations] == [
        ("我希望同学们珍惜时光，刻苦学习", 39, 54),
        ("学校希望老师和同学们养成按时作息的好习惯，积极锻炼身体，认真完成每一项作业，主动参加社会实践", 60, 106)]
    assert essay.challenges == []


def test_audience_wish_reading():
    for s in ("我希望同学们珍惜时光。", "我衷心希望每一位老师都能够关爱学生。", "学校希望老师和同学们养成好习惯。",
              "新学期里，希望同学们、老师们继往开来。", "我们期盼同学们珍惜时光。"):
        assert asp.audience_wish(s), s
        assert asp._appeal(s), s
        assert asp.prose_aspect(s) == asp.RECOMMENDATION, s


def test_courtesy_or_unaddressed_wish_is_no_recommendation():
    for s in ("希望能给大家带来帮助。", "以下范文仅供参考，希望对大家有所帮助。", "也希望各位代表一如既往地支持我们的工作。",
              "希望同学们喜欢这次活动。", "他们希望同学们参加比赛吗？", "报告希望同学们珍惜时光。"):
        assert not asp.audience_wish(s), s
    essay = summarizer.summarize("致辞\n\n各位来宾：\n\n今天的活动圆满结束。希望各位代表一如既往地支持学校的工作。"
                                 "以下内容仅供参考，希望能给大家带来帮助。\n").essays[0]
    assert essay.recommendations == []


def test_audience_wish_is_linear():
    assert_linear(lambda n: asp.audience_wish("希望同学们" * n), 5000, "many wishes")
    assert_linear(lambda n: asp.audience_wish("，" * n), 25000, "commas")


# 2 ---------------------------------------------------------------------------------------------------------------

def test_yiding_yao_opens_a_modal_clause():
    assert asp.modal_strength("一定要加强安全教育") == 1
    assert asp.sentence_aspect("在安全方面，一定要遵守学校的规定，听从老师的指挥。") == asp.RECOMMENDATION
    for s in ("这不一定要政府出钱", "一定要求较高", "对学历有一定要求"):
        assert asp.modal_strength(s) == 0, s


# 3 ---------------------------------------------------------------------------------------------------------------

def test_duty_verbs_after_a_modal():
    for s in ("学校必须牢记育人的根本任务，把精力集中到教学上。", "食品安全必须严加监管。", "政府须汲取教训，避免重蹈覆辙。",
              "当局应正视市民的诉求。"):
        assert asp._modal_actions(s), s
        assert asp.prose_aspect(s) == asp.RECOMMENDATION, s
    for s in ("他一直牢记着母亲的话。", "牢记使命的人最可爱。", "严加看管的仓库还是失窃了。"):
        assert asp.prose_aspect(s) is None, s
