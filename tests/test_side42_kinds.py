"""Wrong-side points of the aspect corpus (side42), each on a text written for the test (none copies a corpus string).

1. A handling verb whose object is the fault (``治理…污染问题``, ``及时处理…现象``, ``防控…风险``; ``handling_remedy`` cue
   group) opens a measure, as the remedy verbs do: the fault is what it removes
   (:func:`summarizer.aspects.handles_fault`). So does a remedy verb after a verb that takes it as object (``高度重视解决``,
   ``协调解决``: ``remedy_lead_verb``). Not when the verb is negated or modifies a noun whose shortcoming is stated
   (``处理不当``, ``处理垃圾的设备严重老化``), nor where it names a field (``环境治理仍存在短板``).
2. A phrase naming the trouble faced (``面对…，``: ``target_opener``) before a clause that prescribes names what the
   measure answers, no shortcoming (:func:`summarizer.aspects.targeted_measure`); not ``针对…，``, whose problem the
   corpus gold keeps as a challenge of its own.
3. A prohibition whose object is a fault (``绝不能安于现状``, ``切勿让…流于形式``, ``我们不能丢了…``) forbids the conduct:
   a recommendation (:func:`summarizer.aspects.forbids_conduct`); an inability (``老人不能享受…``, ``不能及时就医``) is
   not one.
A problem stated with a modal of need (``…亟待加强``, ``…仍需进一步完善``) stays a challenge: the corpus gold keeps 188
such points as challenges and 20 as recommendations.
"""

from __future__ import annotations

from costs import assert_linear
from summarizer import aspects as asp

C, R = asp.CHALLENGE, asp.RECOMMENDATION

# 1 ---------------------------------------------------------------------------------------------------------------


def test_handling_verb_with_a_fault_object_is_a_measure():
    assert asp.sentence_aspect("及时处理小区车辆乱停乱放现象") == R
    assert asp.sentence_aspect("治理河道垃圾污染问题") == R
    assert asp.sentence_aspect("防控地方债务风险") == R
    assert asp.handles_fault("处理楼道堆物现象", "处理")


def test_remedy_verb_after_a_lead_verb_is_a_measure():
    assert asp.sentence_aspect("高度重视解决偏远山区学生上学远的问题") == R
    assert asp.sentence_aspect("全力协调解决老旧小区停车难的问题") == R
    assert asp.sentence_aspect("深化整治会议过多的顽疾") != R  # (深化 is no lead verb: its object is as often a field)


def test_handling_verb_that_fails_or_names_a_field_states_a_problem():
    assert asp.sentence_aspect("处理垃圾的设备严重老化") == C
    assert asp.sentence_aspect("部分窗口处理投诉不及时") == C
    assert asp.sentence_aspect("环境治理仍存在短板") == C
    assert asp.sentence_aspect("治理能力不足") == C
    assert not asp.handles_fault("处理不当造成损失", "处理")
    assert asp.sentence_aspect("治理效能短板") == C  # (治理效能: a compound noun, remedy_as_noun)
    assert asp.sentence_aspect("治理校园周边摊贩乱象，却不是一件容易的事") != R  # the remedy judged hard


# 2 ---------------------------------------------------------------------------------------------------------------


def test_target_phrase_before_a_prescription_is_a_measure():
    assert asp.targeted_measure("面对护工短缺的挑战，要加大培训力度")
    assert asp.sentence_aspect("面对护工短缺的挑战，要加大培训力度") == R


def test_target_phrase_before_a_statement_is_no_measure():
    assert not asp.targeted_measure("面对这一问题，不少社区仍然束手无策")
    assert asp.sentence_aspect("面对激烈竞争，许多小店经营困难") == C
    assert not asp.targeted_measure("针对乡村医生人手不足，要加强定向培养")  # 针对 is no target opener: the gold keeps
    # the problem its phrase names as a challenge


# 3 ---------------------------------------------------------------------------------------------------------------


def test_prohibition_of_a_fault_is_a_measure():
    assert asp.forbids_conduct("切勿让垃圾分类流于形式")
    assert asp.sentence_aspect("切勿让垃圾分类流于形式") == R
    assert asp.sentence_aspect("决不能让居民的合理诉求石沉大海") == R
    assert asp.sentence_aspect("绝不能满足于现状，不思进取") == R
    assert asp.sentence_aspect("我们不能丢了勤俭节约的好风气") == R


def test_set_phrase_or_question_is_no_prohibition():
    assert not asp.forbids_conduct("不可否认，一些村庄攀比之风盛行")
    assert not asp.forbids_conduct("服务能不能再周到些")
    assert not asp.forbids_conduct("不要脸")


def test_inability_is_no_prohibition():
    assert not asp.forbids_conduct("独居老人不能享受上门医疗服务")
    assert asp.sentence_aspect("独居老人不能享受上门医疗服务") == C
    assert asp.sentence_aspect("偏远村民不能及时就医") == C
    assert asp.sentence_aspect("我们不能再等了，小区积水问题已经非常严重，居民意见很大") == C


def test_modal_of_need_after_a_problem_stays_a_challenge():
    assert asp.sentence_aspect("社区养老设施仍需进一步完善") != R
    assert asp.sentence_aspect("基层执法力量有待加强") != R


# linearity ---------------------------------------------------------------------------------------------------------


def test_side42_readers_are_linear():
    assert_linear(lambda n: asp.forbids_conduct("不能" + "拖" * n + "，不" + "做" * n), 2000, "long prohibition")
    assert_linear(lambda n: asp.forbids_conduct("切勿拖延，" + "不拖，" * n), 500, "many clauses")
    assert_linear(lambda n: asp.targeted_measure("面对问题，要" + "做" * n), 2000, "long target")
    assert_linear(lambda n: asp.handles_fault("处理" + "乱" * n + "现象", "处理"), 2000, "long object")
