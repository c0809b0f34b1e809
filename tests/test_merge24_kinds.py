"""Faults two merged branches made together (found by the full suite after the fifteenth session's merges), each on a
text written for the test: a why-not question about a duty neglected, and a status section's turn to a lead-in."""

import summarizer
from summarizer import aspects as asp


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_why_not_question_about_a_neglected_duty_proposes_nothing():
    # verbs of answering to a duty (回应, 兑现, 正视, 负起) prescribe after a modal only: a why-not question with one
    # reproaches (weak19's rule), while a concrete act asked for stays a proposal
    assert not asp.asks_for_measure("业委会为什么不兑现当初的承诺？")
    assert not asp.asks_for_measure("街道为什么不正视群众反映的噪音问题？")
    assert asp.asks_for_measure("街道为什么不把闲置的空地改建成停车场？")


def test_duty_verb_after_a_modal_still_prescribes():
    assert asp.prose_aspect("物业公司应当及时回应业主的合理诉求。") == asp.RECOMMENDATION
    assert asp.prose_aspect("开发商必须兑现交房时的承诺。") == asp.RECOMMENDATION


def test_status_turn_to_a_lead_in_gives_only_the_listed_problems():
    text = ("推进社区食堂建设\n"
            "社区食堂建设的现状\n"
            "近几年，城区新建社区食堂四十余家，老年人就餐更加方便。"
            "然而，目前社区食堂的运营还有一些问题亟待解决。"
            "一是食堂经营普遍亏损。多数食堂依靠补贴维持。"
            "二是菜品种类单一。\n"
            "完善社区食堂的建议\n"
            "一是引入社会力量参与运营。二是丰富菜品供应。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["食堂经营普遍亏损", "菜品种类单一"]
    assert recommendations == ["引入社会力量参与运营", "丰富菜品供应"]


def test_status_turn_to_a_stated_problem_is_still_a_point():
    text = ("社区食堂建设的现状\n"
            "近几年，城区新建社区食堂四十余家，老年人就餐更加方便。"
            "然而，多数食堂的运营资金严重不足。\n")
    challenges, _ = _points(text)
    assert challenges == ["多数食堂的运营资金严重不足"]
