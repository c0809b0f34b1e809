"""w71: directives that name the fault they remove are recommendations, not challenges (Part 72's 3837, 3827);
a wish addressed to an authority after a worry is the fix asked for (Part 71's 3754).

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


def test_wish_to_an_authority_after_a_worry_is_its_own_recommendation():
    # (the clause before states no shortfall by a cue word: the wish, addressed to an authority, is still the fix
    # asked for; before w71 the whole sentence was one recommendation, or, in a report, nothing; Part 71's 3754)
    text = "家長代表王某指,校車路線削減影響深遠,會影響學生準時上學,希望運輸署保留現有路線。\n"
    assert _points(text)["recommendations"] == ["希望運輸署保留現有路線"]
    assert _points("他說,這次比賽讓他收穫很多,希望明年再來參加。\n") == {"challenges": [], "recommendations": []}


def test_problems_named_first_then_a_bare_remedy_are_a_recommendation():
    # (the problems are the object of the closing 要…根治 clause, moved before it: Part 72's 3817)
    assert aspects.topicalized_remedy("这次事故所暴露的监管问题，以及制度的缺失，要切实根治。")
    assert aspects.topicalized_remedy("这些积弊，必须尽快解决好。")
    assert not aspects.topicalized_remedy("停车难等问题亟待解决。")  # a need: the shortfall stated
    assert not aspects.topicalized_remedy("这个问题，仍需要解决。")
    assert not aspects.topicalized_remedy("这些问题要解决。")  # one clause
    assert aspects.sentence_aspect("这次事故所暴露的监管问题，以及制度的缺失，要切实根治。") == "recommendation"
    got = _points("多份报章发表新年社评。社评表示，这次事故所暴露的监管问题，以及制度的缺失，要切实根治。\n")
    assert got["recommendations"] == ["这次事故所暴露的监管问题，以及制度的缺失，要切实根治"]
    assert got["challenges"] == []


def test_topicalized_remedy_reads_the_last_clause_only():
    assert_linear(lambda n: aspects.topicalized_remedy("问题" * n + "，要解决。"), 20_000, "a long first clause")


def test_disposal_window_ends_at_a_copula():
    # 把X改建成公寓或许是一个缓解…的好方法: the disposal is the subject of a judgement; 缓解 after 是 is not what 把's
    # object undergoes, so the clause does not open with a remedy (the point keeps its own end: tests/test_p27prec_kinds)
    from summarizer.aspects import opens_with_remedy
    assert opens_with_remedy.__wrapped__("把闲置的厂房改建成公寓或许是一个缓解住房紧张问题的好方法") is False
    assert opens_with_remedy.__wrapped__("把短板补齐") is True
    assert opens_with_remedy.__wrapped__("把风险在源头化解") is True
