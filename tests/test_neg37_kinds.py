"""neg37: problems an essay sorts for treatment or denies finding state none (issue 8, negatives).

A government's reply or a speech that promises how problems will be handled (``对有条件解决的问题，将…予以解决``)
and an inspection news report's all-clear (``经检查，未发现安全隐患问题``) name problems without stating any: no
challenge. A problem stated in the same shape without an announced treatment stays one. Small inputs written for
these tests.
"""

from __future__ import annotations

from costs import assert_linear

import summarizer
from summarizer import aspects


def _challenges(text: str) -> list[str]:
    doc = summarizer.summarize(text, max_points=30, max_point_chars=60, aspect_model=False)
    return [p.text for e in doc.essays for p in e.challenges]


def test_problems_sorted_for_treatment_state_none():
    assert aspects.challenge_strength("对有条件解决的问题，将集中力量尽快予以解决") == 0
    assert aspects.challenge_strength("对于暂时难以解决的问题，也将拟订计划，逐步予以解决") == 0
    assert aspects.challenge_strength("对排查出的问题，要立即开展整改") == 0


def test_problem_stated_as_topic_without_treatment_stays():
    assert aspects.challenge_strength("对进度缓慢的问题，有关单位至今没有说明原因") > 0
    assert aspects.challenge_strength("农村养老服务设施不足的问题") > 0


def test_finding_denied_states_no_problem():
    assert aspects.challenge_strength("经检查，未发现安全隐患问题") == 0
    assert aspects.challenge_strength("均未查出问题") == 0
    assert aspects.challenge_strength("检查发现安全隐患问题3处") > 0


def test_reply_of_promises_gives_no_challenge():
    text = ("本月，区政府召开座谈会，听取居民代表意见。\n"
            "区长表示，对居民反映的问题，将认真研究，逐项落实。对有条件解决的问题，将集中力量尽快予以解决；"
            "对暂时难以解决的问题，也将拟订计划，逐步予以解决。\n"
            "会后，工作人员对燃气设施开展了检查。经检查，未发现安全隐患问题。\n")
    assert _challenges(text) == []


def test_treated_topic_is_linear():
    assert_linear(lambda n: aspects.challenge_strength("对" * n + "问题，将"), 2_000, "a run of 对")
    assert_linear(lambda n: aspects.challenge_strength("未发现" * n + "问题"), 2_000, "a run of 未发现")
    assert_linear(lambda n: aspects.narrates_inspection("检查中" * n + "查看了"), 2_000, "a run of 检查中")


def test_seeking_truth_from_facts_names_no_cause():
    # 实事求是 holds 是 as no copula: 讲明原因 names no cause (the promise's manner, no problem stated)
    assert not aspects._states_cause("对确实解决不了的问题，也要实事求是地向大家讲明原因")
    assert aspects._states_cause("审批环节过多，也是造成企业负担重的原因")
    assert aspects.prose_aspect("对有条件解决的问题，将集中力量予以解决；对确实解决不了的问题，"
                                "也要实事求是地向大家讲明原因，取得理解和信任。") is None


def test_checks_narrated_after_the_inspection_time_state_no_problem():
    # an inspection news report: what was checked (是否… items) after 检查中 and a manner adverb is its object
    assert aspects.narrates_inspection("检查中重点查看了燃气管道、消防器材是否配备到位、是否定期开展安全检查等")
    assert not aspects.narrates_inspection("检查中发现部分酒店消防通道堵塞")
    assert not aspects.narrates_inspection("检查中重点查看了消防通道，发现多处堵塞")
