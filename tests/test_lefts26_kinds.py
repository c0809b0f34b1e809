"""Leftover kinds of Parts 23-26 of the aspect corpus, each on a text written for the test (none copies a corpus
string).

1. A problem and the bare 应 of formal prose in one sentence (``…仍缺乏解决方案，政府应重视…，才能…``): a short actor
   and 应 before an imperative verb (:data:`summarizer.points._TAIL_ACTOR_BARE_YING`) open a measure tail
   (:func:`summarizer.points.measure_tail_clause`), so the clauses before it are a challenge and the tail a
   recommendation. 应 inside a word (供应, 回应, 应对), 应 before no act (理应知道如何…：在…必须…, the act past the colon
   is another clause's) and a lone scene-setting clause (``面对当前严峻的就业形势，我们应…``) open no tail.
"""

from __future__ import annotations

import time

from aspect_helpers import points
from summarizer import points as pts
from summarizer import summarize

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
    long_line = "政府应重视" + "晚婚晚育" * 25000  # one clause of 100,000 characters
    t0 = time.perf_counter()
    pts.measure_tail_clause(long_line)
    many = "问题突出，政府应加强管理。" * 10000
    summarize(many)
    assert time.perf_counter() - t0 < 30
