"""Kinds found when this session's branches met on main (tests on small inputs written for them)."""

import summarizer
from summarizer import points


def test_a_rule_listed_as_a_barrier_is_no_measure_even_with_an_adverb_of_order():
    # trialleft19 reads 应先/须先 as a modal before its action; an item of a list of barriers still words a rule
    text = ("公租房轮候制度的检讨\n\n"
            "现行制度设有两道关卡：1）申请人须先在本市连续居住七年；2）申请人须先放弃名下全部物业。\n\n"
            "当局应缩短居住年期要求。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == ["当局应缩短居住年期要求"]
    assert [p.text for p in essay.challenges] == ["申请人须先在本市连续居住七年", "申请人须先放弃名下全部物业"]


def test_a_restriction_item_is_known_with_or_without_its_lead_in():
    text = "现行制度设有两道关卡：1）申请人须先在本市连续居住七年；2）申请人须先放弃名下全部物业。"
    first_end = text.index("；")
    assert points._restriction_item(text, first_end, text[:first_end])  # the lead-in and colon inside the point
    second = text.index("2）")
    assert points._restriction_item(text, len(text) - 1, text[second:len(text) - 1])
    # an item that opens with a remedy or an imperative verb proposes; a colon that names no restriction lists none
    removal = "现行制度设有两道关卡：1）取消居住年期要求。"
    assert not points._restriction_item(removal, len(removal) - 1, "1）取消居住年期要求")
    steps = "申请分两步：1）申请人须先在网上登记。"
    assert not points._restriction_item(steps, len(steps) - 1, "1）申请人须先在网上登记")


def test_a_label_that_names_another_party_announces_no_measures():
    # newfix19 reads a bare label line (解决方案：) as the aspect of the list under it; a label whose words before the
    # cue noun name a document or another party (报告有以下建议：) reports proposals the author does not make
    from summarizer import aspects
    assert aspects._label_lead_aspect("解决方案：") == aspects.RECOMMENDATION
    assert aspects._label_lead_aspect("存在问题：") == aspects.CHALLENGE
    assert aspects._label_lead_aspect("报告有以下建议：") is None
    assert aspects._label_lead_aspect("专家提出的建议：") is None
    text = ("社区议事会的一年\n\n一、主要成效\n（一）建成一个社区议事厅\n（二）完善了议事规则\n"
            "专家有以下建议：第一，议事会应吸纳更多租户；第二，设立议题征集箱。\n"
            "二、存在的问题\n（一）议题征集渠道单一\n（二）租户参与很少\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == []
    assert [p.text for p in essay.challenges] == ["议题征集渠道单一", "租户参与很少"]
