"""w71: directives that name the fault they remove are recommendations, not challenges (Part 72's 3837, 3827).

A clause whose predicate after a copula is a remedy (``眼前最急切的工作，就是尽快补齐…的短板``), a disposal clause
whose 把-object a remedy verb removes (``把短板补齐``, ``把风险在源头化解``) and a modal clause that casts a fault off
(``又要摒弃形式主义``, ``杜绝…堆砌``: the ``remedy`` cue group) name the shortcoming as what the measure removes, so
neither :func:`aspects.challenge_strength` nor the prose reading counts it. Texts of the tests' own; linearity by
costs.assert_linear (CPU-time ratios, no clock bounds)."""

from __future__ import annotations

from costs import assert_linear

from summarizer import aspects
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_copula_remedy_opens_a_remedy():
    assert aspects.opens_with_remedy("就是尽快补齐社区养老服务的短板")
    assert aspects.opens_with_remedy("是化解矛盾、优化机制的过程")
    assert aspects.challenge_strength("当前最紧要的任务，就是尽快补齐社区养老服务的短板。") == 0


def test_copula_with_failed_remedy_states_the_problem():
    assert not aspects.opens_with_remedy("是解决不了资金来源")
    assert aspects.challenge_strength("最大的难题是解决不了资金来源，项目长期停滞不前。") >= 1


def test_disposal_clause_removes_its_object():
    assert aspects.opens_with_remedy("把短板补齐")
    assert aspects.opens_with_remedy("要把风险在源头化解")
    assert not aspects.opens_with_remedy("把问题解决了")  # a result reported
    assert not aspects.opens_with_remedy("把问题解决不好")
    assert aspects.sentence_aspect("灾后不应止于补救，而要把教训制度化，把短板补齐，把风险在源头化解。") == "recommendation"


def test_casting_off_a_fault_is_a_recommendation():
    assert aspects.opens_with_remedy("又要摒弃形式主义")
    assert aspects.opens_with_remedy("杜绝走过场式的检查")
    assert aspects.challenge_strength("汇报材料要力求简明,既要写实,又要摒弃形式主义,杜绝堆砌套话。") == 0
    got = _points("机关文风问题由来已久。\n写汇报材料要力求简明,既要实事求是,又要摒弃形式主义,不能堆砌套话。\n")
    assert not any("摒弃形式主义" in p for p in got["challenges"])  # (a challenge before w71)


def test_disposal_directive_lands_on_the_recommendation_side():
    got = _points("近年多宗火灾暴露楼宇管理漏洞。\n灾后不应止于同情与补救，而要把教训制度化，把短板补齐，把风险在源头化解。\n")
    assert got["challenges"] == ["近年多宗火灾暴露楼宇管理漏洞"]
    assert got["recommendations"] == ["灾后不应止于同情与补救，而要把教训制度化，把短板补齐，把风险在源头化解"]


def test_fault_removal_readings_stay_linear():
    assert_linear(lambda n: aspects.opens_with_remedy("把" + "短" * n + "补齐"), 20_000, "a long 把 object, no break")
    assert_linear(lambda n: aspects.challenge_strength("就是补齐短板，" * n), 500, "many copula remedy clauses")
