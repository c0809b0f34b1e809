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
"""

from __future__ import annotations

import time

from aspect_helpers import points
from summarizer import aspects as asp


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
    long = "当局对诉求只字未提," + "居民继续等待," * 14000
    t = time.perf_counter()
    asp.states_verdict(long)
    asp.challenge_strength(long)
    assert time.perf_counter() - t < 2.0


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
    long = "我们不能忽视," + "居民继续等待," * 14000
    t = time.perf_counter()
    asp.forbids_neglect(long)
    assert time.perf_counter() - t < 2.0
