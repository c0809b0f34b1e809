"""prose19: measures in free prose that no cue word marks (issue 8), each on a text written for the test.

1. Measures named as the only way to an outcome (``只有深化改革，扩大开放，才能激发活力``; ``只有解放思想，转变观念，
   我们才有希望赶上``): the sentence opens with 只有, a prose opener that made it neither aspect, and holds no modal.
   The condition is the measure when a later clause holds 才 near its start and the condition lays out two clauses or
   more, opens with an imperative verb, past adverbs (``imperative`` or ``condition_imperative`` cue groups), and
   states no shortcoming; one action before 才 (``只有夯实基层治理，才能…``) mostly closes an essay as its slogan
   (:func:`summarizer.aspects.necessary_condition_measure`, read first by :func:`summarizer.aspects.prose_aspect`).
2. A rhetorical question that reproaches a fault it states (``翻修花了大量经费，工期却一拖再拖，这又是为何？``): every
   question was neither aspect in prose. Its last clause holds a rhetorical question word (为何, 为什么, 难道 …) and
   the clauses before it state a shortcoming or a verdict, with no question word of their own
   (:func:`summarizer.aspects.rhetorical_complaint`, read by :func:`summarizer.aspects.prose_aspect`).
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from costs import assert_linear


def test_a_measure_named_as_the_only_way_is_a_measure():
    assert asp.necessary_condition_measure("只有深化改革，扩大开放，才能激发市场活力。")
    assert asp.necessary_condition_measure("只有不断地解放思想，转变观念，我们才有希望赶上先进地区。")
    assert asp.necessary_condition_measure("因此，只有摒弃旧观念，放下包袱，才能走出困境。")  # (past a leading connective)
    assert asp.prose_aspect("只有深化改革，扩大开放，才能激发市场活力。") == asp.RECOMMENDATION


def test_an_only_clause_that_names_no_action_or_no_outcome_is_no_measure():
    # one action before 才: an essay's closing slogan
    assert not asp.necessary_condition_measure("只有深化改革，才能激发市场活力。")
    assert asp.prose_aspect("总之，只有留住人才，才能办好教育。") is None
    # a subject and a state, no action: a condition of fact
    assert not asp.necessary_condition_measure("只有少数村庄达到了标准，通过了验收，才获得了奖励。")
    assert asp.prose_aspect("只有少数村庄达到了标准，通过了验收，才获得了奖励。") is None
    # no 才 clause: 只有 means "only"
    assert not asp.necessary_condition_measure("只有深化改革这一条路可走。")
    assert not asp.necessary_condition_measure("只有他知道答案，别人都不清楚。")
    # 才 far into the later clause is no "only then"
    assert not asp.necessary_condition_measure("只有深化改革，扩大开放，这个地区的经济和社会治理水平才能提高。")
    # not opening the sentence
    assert not asp.necessary_condition_measure("我们认为深化改革，扩大开放，才能激发市场活力。")
    # a condition that states a shortcoming is none of the author's measures
    assert not asp.necessary_condition_measure("只有打破常规，管理混乱，才能激发活力。")


def test_the_only_way_is_a_point_beside_the_essays_other_measures():
    # (an essay whose measures another sentence already states: prose adds only what prose_aspect reads as one)
    text = ("本镇的集体经济多年徘徊不前，群众收入增长缓慢。政府应加大对村集体的扶持力度。"
            "只有解放思想，转变观念，我们才有希望赶上先进地区。")
    assert points(text) == (["本镇的集体经济多年徘徊不前，群众收入增长缓慢"],
                            ["政府应加大对村集体的扶持力度", "只有解放思想，转变观念，我们才有希望赶上先进地区"])
    text = ("本镇的集体经济多年徘徊不前，群众收入增长缓慢。政府应加大对村集体的扶持力度。"
            "只有少数村庄达到了标准，通过了验收，才获得了奖励。")
    assert points(text)[1] == ["政府应加大对村集体的扶持力度"]


def test_a_long_line_is_read_in_linear_time():
    assert_linear(lambda n: asp.necessary_condition_measure("只有深化改革，" + "啊" * n + "，才能激发活力"), 100_000,
                  "a long condition")
    assert_linear(lambda n: asp.necessary_condition_measure("只有" + "，" * n), 50_000, "commas")


def test_a_rhetorical_question_about_a_stated_fault_is_a_problem():
    s = "学校的体育设施严重不足，学生只能在走廊上活动，这难道合理吗？"
    assert asp.rhetorical_complaint(s)
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert asp.prose_aspect("翻修工程花了大量经费，工期却一拖再拖，这又是为何？") == asp.CHALLENGE  # (a verdict)
    text = "社区的健身器材年久失修，居民意见很大。街道应尽快更换器材。翻修工程花了大量经费，工期却一拖再拖，这又是为何？"
    assert points(text)[0] == ["翻修工程花了大量经费，工期却一拖再拖，这又是为何"]


def test_a_question_that_states_no_fault_or_asks_about_it_is_no_problem():
    # the fault lies inside what is asked
    assert not asp.rhetorical_complaint("为什么资金不足的问题一再出现，我们又该如何应对？")
    # no rhetorical word: a plain question
    assert not asp.rhetorical_complaint("资金不足，这是真的吗？")
    # no fault stated before the question
    assert not asp.rhetorical_complaint("大家都去了现场，这是为什么？")
    assert asp.prose_aspect("大家都去了现场，这是为什么？") is None
    # one clause only: no statement before the question
    assert not asp.rhetorical_complaint("为什么资金不足？")
    text = "社区的健身器材年久失修，居民意见很大。街道应尽快更换器材。大家都去了现场，这是为什么？"
    assert points(text)[0] == []
