"""Lists announced in place by a listing word with no colon, and measures already taken listed after their lead
(Parts 64 and 65: w645). Texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import in_place_list_items


def _points(text: str) -> dict[str, list[str]]:
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


_PROPOSALS = ("委员张某建议政府加大民生投入，并列出5项措施，包括增加社区托儿服务，减轻在职父母压力；尽快建立独居长者数据库，"
              "防止长者居家失救；推动乐龄科技发展，鼓励企业研发相关产品；加快订立相关法律，等等。")


def test_listing_word_without_colon_lists_proposals():
    # 包括 stands for the colon: each ；-item is a recommendation of its own (Part 65's 3381)
    rec = _points(_PROPOSALS)["recommendations"]
    assert rec == ["增加社区托儿服务，减轻在职父母压力", "尽快建立独居长者数据库，防止长者居家失救",
                   "推动乐龄科技发展，鼓励企业研发相关产品", "加快订立相关法律，等等"]


def test_listing_word_without_colon_under_a_heading():
    # the same list in a news item's section under a heading that sums the proposals up (Traditional, markdown)
    text = ("# 議會辯論︱議員促設數據庫\n\n立法會今日辯論施政報告。\n\n陳某促請政府派錢紓困。（直播截圖）\n\n"
            "## 陳某倡派錢紓民困\n\n選委界議員陳某建議政府派錢紓解民困，並列出11項措施，包括恆常化家庭選舉，推廣家庭價值；"
            "盡快落實建立獨居長者數據庫，防止長者居家失救；推動樂齡科技發展，鼓勵公私營研發相關產品；"
            "增加商業區託兒服務，減輕在職父母壓力。\n")
    rec = _points(text)["recommendations"]
    assert "盡快落實建立獨居長者數據庫，防止長者居家失救" in rec
    assert "增加商業區託兒服務，減輕在職父母壓力" in rec
    assert not any("防止長者居家失救" in p and "推動樂齡科技" in p for p in rec)


def test_listing_word_without_colon_lists_problems():
    assert _points("这个地区面临不少问题，包括道路年久失修；排水不畅，雨天积水；公共设施老化。")["challenges"] == [
        "道路年久失修", "排水不畅，雨天积水", "公共设施老化"]


def test_measures_taken_listed_are_no_advice():
    # 出台了…措施，包括A；B；C and 采取了…措施，包括： narrate what was done (Part 64's 3349)
    assert asp.lead_in_aspect("面对疫情，政府采取了一系列严厉措施，包括：") == asp.OTHER
    assert asp.lead_in_aspect("近年来，政府出台了一系列措施，包括") == asp.OTHER
    assert asp.lead_in_aspect("政府应采取一系列措施，包括：") == asp.RECOMMENDATION  # (a modal: advice)
    text = ("近年来，市政府出台了一系列措施，包括增设社区托儿点，延长服务时间；设立长者数据库，定期上门探访；"
            "推动适老化改造，加装电梯。")
    assert _points(text)["recommendations"] == []


def test_in_place_list_items_offsets_and_linear():
    items = in_place_list_items(_PROPOSALS, 0, len(_PROPOSALS), asp.RECOMMENDATION, 80)
    assert [_PROPOSALS[a:b] for a, b in items][:2] == ["增加社区托儿服务，减轻在职父母压力", "尽快建立独居长者数据库，防止长者居家失救"]
    assert_linear(lambda n: in_place_list_items("建议，包括" + "加强管理；" * n, 0, 5 + 5 * n, asp.RECOMMENDATION, 80),
                  500, "one listing sentence of many ；-items")
    assert_linear(lambda n: in_place_list_items("好。" * n, 0, 2 * n, asp.RECOMMENDATION, 80), 2_500,
                  "many tiny sentences")


def test_adverb_before_ying_you_is_a_modal():
    # 理應有 / 更应有 (should have) prescribe as 应 does; 应有的 (due) stays no modal (Part 65's 3382)
    text = "香港要有自己的個性，應該走自己的路。我們理應有自身的改革追求，不能對外地經驗「信手拈來」。"
    pts = _points(text)
    assert "我們理應有自身的改革追求，不能對外地經驗「信手拈來」" in pts["recommendations"]
    assert pts["challenges"] == []
    assert _points("政府更应有长远的住房规划，不能只顾眼前。")["recommendations"] == ["政府更应有长远的住房规划，不能只顾眼前"]
    assert asp._mask_non_modals("理应有的尊重") == "理  的尊重"
    assert asp._mask_non_modals("我们理应有追求") == "我们理应有追求"


def test_later_questions_of_a_question_item_propose():
    from summarizer.points import later_proposal_questions, proposes_by_question
    item = ("当局曾表示已着手招租，请问当局现时招商情况如何？能否加快吸引更多商户入驻？"
            "会否考虑设置露天茶座，吸引居民休憩？现时有多少商铺已出租？")
    assert [item[a:b] for a, b in later_proposal_questions(item, 0, len(item), 80)] == [
        "能否加快吸引更多商户入驻", "会否考虑设置露天茶座，吸引居民休憩"]
    assert proposes_by_question("未来如何加快优化休憩设施？")
    assert not proposes_by_question("请问当局现时招商情况如何？")
    assert not proposes_by_question("能否具体说明进展？")
    assert_linear(lambda n: later_proposal_questions("问？" + "能否加快建设？" * n, 0, 2 + 7 * n, 80), 500,
                  "an item of many questions")


def test_worrying_state_and_excess_state_a_shortcoming():
    # 不容乐观 and 过度 state a shortcoming as 堪忧 and 过于 do (Part 64's 3336); 防止过度… stays a measure
    assert asp.challenge_strength("村民自治的总体状况不容乐观")
    assert asp.challenge_strength("决策权力过度集中")
    assert asp.prose_aspect("要防止过度开发") == asp.RECOMMENDATION
    ch = _points("调查表明,农村基层社会村民自治的总体状况不容乐观,村两委决策权力过度集中。")["challenges"]
    assert any("不容乐观" in p for p in ch)
