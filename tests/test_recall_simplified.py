"""Recall on Simplified-Chinese documents (issue 8), kind by kind, on texts written for the tests: problems announced
by a sentence that faces up to them with no quantifier (``我们也清醒看到面临的问题和挑战。``), then stated one short
sentence each in the next paragraph, as work reports do."""

import pytest

from summarizer import aspects as asp
from tests.aspect_helpers import points, roles


@pytest.mark.parametrize("sentence, announces", [
    ("在肯定成绩的同时，我们也清醒看到面临的问题和挑战。", True),
    ("我们要正视发展中存在的困难", True),
    ("同时也要看到存在的问题与不足", True),
    ("我们也清醒看到面临的机遇和挑战", False),  # a chance is named too: no announcement of problems alone
    ("我们要看到解决的问题", False),  # a verb of solving, no verb of existence
    ("我们看到存在的问题很快得到解决了", False),  # the clause goes on past the noun
    ("正视问题", False),  # no verb of existence made a modifier
])
def test_an_acknowledged_problem_noun_announces_problems(sentence, announces):
    assert asp.announces_problems(sentence) is announces


def test_the_paragraph_after_an_acknowledgement_states_the_problems():
    text = ("本县今年经济运行总体平稳，在肯定成绩的同时，我们也清醒看到面临的问题和挑战。\n"
            "招商引资面临压力。部分乡镇财政困难。有的单位服务意识不强、办事效率不高。"
            "我们要坚定信心，迎难而上。\n"
            "下一步，要加快产业转型升级，着力优化营商环境。")
    challenges, recommendations = points(text)
    for point in ("招商引资面临压力", "部分乡镇财政困难", "有的单位服务意识不强、办事效率不高"):
        assert point in challenges
    assert not any("坚定信心" in c for c in challenges)  # the turn to resolve ends the problems
    assert not any("加快产业转型升级" in c for c in challenges)  # the paragraph after them is none of them


def test_sentences_after_an_announcement_about_the_text_itself_are_no_problems():
    text = ("摘要：社区养老服务发展迅速，但在实施中存在若干问题。本文对社区养老的概念、存在的问题和可采取的措施进行综述。\n"
            "一、存在的问题\n（一）服务人员数量不足。\n（二）资金投入十分有限。\n"
            "二、对策建议\n（一）加强人才队伍建设。\n（二）加大财政资金投入。")
    assert points(text) == (["服务人员数量不足", "资金投入十分有限"], ["加强人才队伍建设", "加大财政资金投入"])



def test_a_sentence_that_plans_to_study_problems_and_measures_ends_the_announced_problems():
    text = ("疫情期间，不少社区的表现暴露出基层治理的一系列问题。"
            "分析总结疫情给社区治理带来的挑战，研究其对策，是提升治理能力的必然要求。\n"
            "一、存在的问题\n（一）社区人手严重不足。\n（二）物资储备十分有限。\n"
            "二、对策建议\n（一）充实社区工作力量。\n（二）健全应急物资储备。")
    challenges, _ = points(text)
    assert not any("研究其对策" in c for c in challenges)
    assert "社区人手严重不足" in challenges


def test_the_rest_of_a_long_sentence_of_problems_gives_more_problems():
    # a paper's sentence strings problems with commas past the longest point: the rest is read too
    text = ("从调研情况看，当前社区养老服务供给总量不足，专业护理人员严重缺乏，服务设施简陋、功能单一，部分街道的日间照料"
            "中心长期闲置，服务内容与老年人的实际需求脱节，政府购买服务的资金保障机制不健全，社会力量参与的积极性不高。")
    challenges, _ = points(text)
    assert challenges == ["当前社区养老服务供给总量不足，专业护理人员严重缺乏，服务设施简陋、功能单一，部分街道的日间照料中心长期闲置",
                          "服务内容与老年人的实际需求脱节，政府购买服务的资金保障机制不健全，社会力量参与的积极性不高"]


@pytest.mark.parametrize("rest", [
    "进而导致服务内容与老年人的实际需求严重脱节，老人们普遍反映服务太少、收费太贵、质量不高。",  # a consequence
    "老人们普遍反映“服务内容与实际需求严重脱节，收费太贵”（受访者：A3）。",  # someone's quoted words
])
def test_the_rest_of_a_sentence_that_states_a_consequence_or_quotes_gives_no_problem(rest):
    text = ("从调研情况看，当前社区养老服务供给总量不足，专业护理人员严重缺乏，服务设施简陋、功能单一，部分街道的日间照料"
            "中心长期闲置，" + rest)
    challenges, _ = points(text)
    assert challenges == ["当前社区养老服务供给总量不足，专业护理人员严重缺乏，服务设施简陋、功能单一，部分街道的日间照料中心长期闲置"]


def test_a_run_of_items_that_prescribe_after_their_subject_lists_measures():
    # no section heading, no lead-in: items whose subject is followed by 必须/应当/宜 and an action vote recommendation
    text = ("老旧小区改造有了新思路。\n①改造方案必须充分征求居民意见；\n②施工单位应当合理安排工期，减少扰民；\n"
            "③物业管理宜同步引入专业力量。")
    assert [(aspect, role) for _, aspect, role in roles(text)] == [(asp.RECOMMENDATION, "point")] * 3
    assert points(text) == ([], ["改造方案必须充分征求居民意见", "施工单位应当合理安排工期，减少扰民",
                                 "物业管理宜同步引入专业力量"])


@pytest.mark.parametrize("heading, vote", [
    ("乡镇政府必须加强统筹", asp.RECOMMENDATION),
    ("第一建议", None),  # a label that ends with its noun names a proposal
    ("管理人员必须持证上岗的规定执行不到位", None),  # states a shortcoming
    ("必须加强统筹", None),  # no subject: item_vote reads imperative openings
])
def test_an_item_heading_with_a_subject_and_a_strong_modal_votes_a_measure(heading, vote):
    assert asp._modal_vote(heading) == vote


def test_a_long_measure_item_that_fronts_its_object_with_dui_keeps_its_first_clause():
    text = ("关于违法建设治理，提出以下建议：一是对城乡结合部的违法建设加大整治力度，严格控制各类临时建筑的审批数量和使用"
            "期限，坚决杜绝各村在基本农田和一般耕地上新增违法建筑的现象发生。二是健全违法建设的日常巡查机制。")
    _, recommendations = points(text)
    assert recommendations == ["对城乡结合部的违法建设加大整治力度，严格控制各类临时建筑的审批数量和使用期限",
                               "健全违法建设的日常巡查机制"]


@pytest.mark.parametrize("clause, measure", [
    ("对城乡结合部的违法建设加大整治力度，", True),
    ("对农村集体土地转为国有土地加强规范", True),
    ("对企业发展产生了影响，", False),  # no verb of a measure
    ("对此，", False),
    ("对群众的意见加强了解后才知道，", False),  # the clause goes on past the verb phrase
])
def test_a_clause_with_its_object_fronted_by_dui_states_a_measure(clause, measure):
    from summarizer.points import _measure_clause
    assert _measure_clause(clause) is measure


@pytest.mark.parametrize("line, heading", [
    ("人才培养：加强业务培训，鼓励人才回流，提高服务能力.", False),  # a sentence typed with the ASCII period
    ("人才培养：加强业务培训，鼓励人才回流，提高服务能力", True),
    ("第三章 结论 v2.", True),  # the period follows no Chinese character
    ("1.", True),
])
def test_a_line_that_ends_with_an_ascii_period_after_chinese_is_no_heading(line, heading):
    from summarizer.chars import is_heading_line
    assert is_heading_line(line) is heading


def test_labelled_lines_that_end_with_an_ascii_period_stay_in_their_section():
    # a heading-like line ended by "." would open a top-level heading and cut the measures section short
    text = ("一、存在的问题\n1、服务能力不足：基层人员少，专业水平低。\n2、经费保障不力：经费来源单一，投入不稳定。\n"
            "二、对策建议\n1、强化队伍：充实基层力量\n人才培养：加强业务培训，鼓励人才回流，提高服务能力.\n"
            "资金保障：设立专项资金，保障日常运转，拓宽筹资渠道.\n考核激励：完善考核办法，奖励先进典型，激发干事热情.\n"
            "三、结语\n基层治理任重道远，需要久久为功。")
    _, recommendations = points(text)
    assert recommendations == ["强化队伍：充实基层力量", "人才培养", "资金保障", "考核激励"]


def test_a_sentence_that_turns_to_a_shortcoming_in_a_problems_section_is_a_problem():
    text = ("一、存在的问题\n近年来，全市社区养老服务网络不断完善，服务覆盖面持续扩大。然而，专业护理人员严重缺乏，服务质量"
            "参差不齐。\n部分街道的照料中心利用率不高，设施长期闲置。\n二、对策建议\n加强专业人才培养。")
    challenges, _ = points(text)
    assert "专业护理人员严重缺乏，服务质量参差不齐" in challenges


def test_a_turn_to_a_hypothetical_shortcoming_is_no_problem():
    text = ("一、存在的问题\n近年来，全市社区养老服务网络不断完善。但如果资金投入不足，服务质量就难以保障。\n"
            "部分街道的照料中心利用率不高，设施长期闲置。\n二、对策建议\n加强专业人才培养。")
    challenges, _ = points(text)
    assert not any("资金投入不足" in c for c in challenges)


def test_a_long_measure_item_that_opens_with_its_subject_and_a_modal_keeps_its_first_clause():
    text = ("针对电信诈骗，提出以下建议：一是加快完善相关法律法规。二是各商业银行要主动承担风险防控责任，构建健全的内部控制"
            "制度，加强对一线员工的职业道德教育和日常行为管理，严防客户个人信息从银行内部泄露出去。")
    _, recommendations = points(text)
    assert recommendations == ["加快完善相关法律法规",
                               "各商业银行要主动承担风险防控责任，构建健全的内部控制制度，加强对一线员工的职业道德教育和日常行为管理"]


@pytest.mark.parametrize("clause, actor", [
    ("各商业银行要主动承担风险防控责任", True),
    ("居民应主动做到戒烟限酒", True),
    ("要主动承担风险防控责任", False),  # opens with the modal: no actor
    ("政策供给方面", False),  # no modal
    ("加强内部控制", False),  # an imperative opening
])
def test_an_actor_before_any_modal(clause, actor):
    assert asp._actor_modal_any(clause) is actor


_TURNING = ("今年以来全县农业生产总体平稳，但农产品销售渠道依然不畅，冷链物流等配套设施建设明显滞后，龙头企业带动能力普遍"
            "不强，农民持续增收的基础还不够稳固，各乡镇要进一步加强产销对接，拓宽线上销售渠道，推动农产品加工业提质增效。")


def test_a_sentence_of_problems_that_turns_to_what_its_subject_must_do_gives_the_measure():
    challenges, recommendations = points(_TURNING)
    # (the turn from 总体平稳 to a run of shortfalls gives one challenge per clause: part12fix19's turned_shortfalls)
    assert challenges == ["农产品销售渠道依然不畅", "冷链物流等配套设施建设明显滞后", "龙头企业带动能力普遍不强",
                          "农民持续增收的基础还不够稳固"]
    assert recommendations == ["各乡镇要进一步加强产销对接，拓宽线上销售渠道，推动农产品加工业提质增效"]


def test_a_turn_to_what_others_think_must_be_done_gives_no_measure():
    _, recommendations = points(_TURNING.replace("各乡镇要进一步", "有关专家认为应该"))
    assert recommendations == []
