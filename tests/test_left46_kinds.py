"""Kinds of Parts 85-90 left open (helper left46), written as small texts of the tests' own: measure bullets and a
measure heading whose imperative verb's object holds the bare noun 问题 (建立问题跟踪台账, 强化问题发现与上报)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    s = summarize(text)
    return ([p.text for e in s.essays for p in e.challenges], [p.text for e in s.essays for p in e.recommendations])


def test_imperative_verb_over_bare_problem_noun_works_on_it():
    for clause in ("建立问题跟踪台账", "确保问题按时办结", "强化问题发现与上报", "完善隐患排查机制"):
        assert asp.works_on_problem(clause), clause


def test_problem_stated_or_named_is_no_work_on_it():
    # the noun ends the clause or is followed by 的, a verb of existence, a shortfall predicate, a narrated 了
    for clause in ("聚焦问题", "发展问题突出", "研究背景与问题的提出", "推进过程中存在问题", "实现这一目标充满挑战",
                   "落实问题整改不到位", "处理了问题线索", "引进、稳定人才困难", "回收物乱丢问题"):
        assert not asp.works_on_problem(clause), clause


def test_measure_bullets_under_a_problem_handling_heading_are_recommendations():
    text = ("## 改进物业服务的做法\n### 1. 强化问题受理与反馈\n- 建立问题受理台账,确保问题限期办结;\n"
            "- 对住户反映的问题逐条登记,明确跟进人员。\n### 2. 加强人员培训\n- 每月组织一次服务礼仪培训。\n")
    ch, rec = _points(text)
    assert not any("问题受理台账" in p or "逐条登记" in p for p in ch), ch
    assert any("问题受理台账" in p for p in rec), rec
    assert asp.heading_aspect("1. 强化问题受理与反馈") != asp.CHALLENGE


def test_works_on_problem_is_linear():
    assert_linear(lambda n: asp.works_on_problem("建立问题" + "台" * n), 25_000, "a long clause without punctuation")
    assert_linear(lambda n: [asp.works_on_problem(c) for c in ["确保问题办结"] * n], 2_500, "many tiny clauses")
