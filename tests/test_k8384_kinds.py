"""Kinds fixed by helper k8384 (Part 84's open kinds), on small texts of the tests' own.

* the only way named with 唯有/惟有 (as with 只有) before two measures and 才能 is a recommendation
  (:func:`summarizer.aspects.necessary_condition_measure`), also past a short lead that concludes and states no fault
  (``这些实践表明，唯有…``); never when the lead states the fault;
* a clause that opens with the only way and a remedy verb (``唯有打破部门壁垒``) states no shortcoming: the barrier
  is what the measure removes (``打破`` joins the ``remedy`` cue group; the only-way words may stand before a remedy
  verb, :data:`summarizer.aspects._PROSE_REMEDY_PREFIX`), so it is never cut out as a challenge.
"""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    d = summarize(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_weiyou_two_measures_is_the_only_way():
    assert asp.necessary_condition_measure("唯有整合各类服务资源，建立统一调度机制，才能让老人少跑腿。")
    assert asp.necessary_condition_measure("惟有健全评价体系，完善激励办法，才能留住乡村教师。")


def test_only_way_after_a_short_concluding_lead():
    assert asp.necessary_condition_measure("由此可见，唯有整合各类服务资源，建立统一调度机制，才能让老人少跑腿。")
    # a lead that states the fault is a complaint, read by the other paths
    assert not asp.necessary_condition_measure("经费严重不足，只有争取上级支持，多方筹措资金，才能维持运转。")
    # one action only: an essay's closing slogan, as before
    assert not asp.necessary_condition_measure("由此可见，唯有坚持改革，才能赢得未来。")


def test_breaking_a_barrier_states_no_shortcoming():
    assert not asp._prose_deficits("唯有打破行业壁垒")
    assert not asp._prose_deficits("只有打破信息孤岛")
    assert asp._prose_deficits("行业壁垒森严，信息孤岛林立")


def test_weiyou_clause_is_no_challenge_point():
    text = ("过去各部门各管一摊，群众办事要跑好几个窗口。\n"
            "这些经验说明，唯有打破行业壁垒，统一受理流程，才能让群众只进一扇门。\n")
    ch, _rec = _points(text)
    assert not any(p.startswith(("唯有", "打破")) for p in ch)
    ch, rec = _points("唯有打破行业壁垒，统一受理流程，才能让群众只进一扇门。\n")
    assert not ch and any("统一受理流程" in p for p in rec)


def test_only_way_reading_is_linear():
    assert_linear(lambda n: asp.necessary_condition_measure("由此可见" * n + "，唯有整合资源，建立机制，才能办好。"),
                  2_500, "a long lead before the only way")
    assert_linear(lambda n: asp.necessary_condition_measure("唯有" + "整合资源，" * n + "才能办好。"),
                  2_500, "many clauses of the condition")

