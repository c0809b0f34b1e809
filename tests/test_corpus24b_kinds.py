"""Failure kinds found by the blind Part 26 documents (913-923) of the aspect corpus (non-mainland and odd-format
shapes), each on a text written for the test (none copies a corpus string).

1. An authority's silence, evasion or undone act stated with a negated verb of answering, mentioning, giving or
   seeing begun (``对住户的诉求只字未提``, ``改革依然未曾正面回应…``, ``当局从未给出…回应``, ``计划承诺三年，至今仍未见动工``)
   and the set phrases of a plea nobody answers or a wait without end (``求救无门``, ``圆梦无期``) stated nothing: they
   are verdicts, one phrase enough in a sentence of any length (``prose_verdict`` and ``challenge_predicate`` cue
   groups, read by :func:`summarizer.aspects.states_verdict` and :func:`summarizer.aspects.challenge_strength`). A
   finding of nothing wrong (``至今未见异常``) and a condition (``如果当局…只字未提，…``) state no shortcoming.
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
