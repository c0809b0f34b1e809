"""A lead-in whose problem noun is the object of a verb of solving, followed by a modal (``化解这些矛盾，应当做到：``),
announces measures: the list after it is recommendations, never challenges (new-user trial, 2026-12-01: a
``第一，…第二，…`` list of measures after such a lead-in came out entirely as challenges)."""

import pytest

from summarizer import aspects as asp
from tests.aspect_helpers import points

ESSAY = (
    "社区养老服务的短板\n\n"
    "随着老龄化加深，社区养老需求快速增长。但不少社区的养老服务存在明显短板：护理人员数量不足；"
    "服务项目单一，多停留在送餐层面；场地设施陈旧。\n\n"
    "{lead}第一，扩充专业护理队伍，提高护理人员待遇；第二，丰富服务项目，引入康复和心理慰藉服务；"
    "第三，加快适老化改造，更新活动场地设施。\n"
)


@pytest.mark.parametrize("lead", ["化解这些矛盾，应当做到：", "破除上述困境，要抓好：", "解决这些问题，必须做到："])
def test_measures_after_a_solving_lead_in_are_recommendations(lead):
    challenges, recommendations = points(ESSAY.format(lead=lead))
    assert recommendations == ["扩充专业护理队伍，提高护理人员待遇", "丰富服务项目，引入康复和心理慰藉服务",
                               "加快适老化改造，更新活动场地设施"]
    assert challenges == ["护理人员数量不足", "服务项目单一，多停留在送餐层面", "场地设施陈旧"]


def test_lead_in_aspect_of_solving_and_of_announcing():
    assert asp.lead_in_aspect("化解这些矛盾，应当做到：") == asp.RECOMMENDATION
    # a lead-in that announces problems stays a challenge lead-in
    assert asp.lead_in_aspect("当前存在以下问题：") == asp.CHALLENGE
    # a problem noun with no verb of solving before it is still the problems
    assert asp.lead_in_aspect("这些难题主要表现在：") == asp.CHALLENGE
