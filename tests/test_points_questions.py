"""A list of questions (issue 8, kinds 4 and 7): 问题 also means *questions*. A run of items that ask for information
states no problem and proposes nothing; an item that asks whether a measure can be taken (可否/能否/是否可以…？)
proposes it. Every essay here is written for the test (none is copied from a dev document)."""

from aspect_helpers import points as _points


QUESTIONS = ("关于社区养老的五个问题\n"
             "社区养老服务近年发展很快，以下是我作为居民想请教的几个问题。\n"
             "一、服务覆盖\n（1）本区日间照料中心的入住率是多少？（2）助餐点每天服务多少老人？"
             "（3）明年新建站点的计划如何？\n"
             "二、服务资金\n（1）运营补贴能否按季度及时拨付？（2）可否设立社区养老公益基金，吸纳社会捐赠？"
             "（3）是否可以把闲置校舍改建为养老驿站？\n")


def test_information_questions_are_not_challenges_and_proposal_questions_are_recommendations():
    chals, recs = _points(QUESTIONS)
    # neither the questions nor the headings over them (服务覆盖, 服务资金: topics of questions) are challenges
    assert chals == []
    assert [r[:8] for r in recs] == ["运营补贴能否按季", "可否设立社区养老", "是否可以把闲置校"]


def test_a_list_that_states_problems_is_untouched_and_a_titled_question_keeps_its_heading():
    stated = ("一、存在的问题\n（1）日间照料中心入住率偏低，床位大量闲置。（2）助餐点覆盖不足，偏远小区老人吃饭难。\n"
              "二、对策建议\n（1）加大运营补贴。（2）扩大助餐点覆盖。\n")
    chals, recs = _points(stated)
    assert [c[:6] for c in chals] == ["日间照料中心", "助餐点覆盖不"]
    assert [r[:6] for r in recs] == ["加大运营补贴", "扩大助餐点覆"]
    # a heading asked as a question over a body that answers it is a heading like any other
    titled = ("一、存在的问题\n（一）为何助餐点越办越冷清？\n助餐点菜品单一，价格偏高，老人不愿来。\n"
              "（二）为何志愿者留不住？\n志愿服务缺少激励，志愿者流失严重。\n二、对策建议\n（一）丰富助餐菜品\n按老人口味调整菜单。\n")
    chals, _ = _points(titled)
    assert len(chals) == 2 and chals[0].startswith("为何助餐点越办越冷清") and chals[1].startswith("为何志愿者留不住")
