"""Part 61 kinds fixed by w61 (proposal news, message-board replies, research-visit news), on texts of the tests' own:
a reply paragraph after a complaint gives no point, quoted proposal items give one recommendation each, a pronoun's
inline proposals count as the member's, a bare-topic item's full proposal sentence is a measure of its own, a
discussion narrated and an instruction to the study team give none."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import RawPoint, _enumeration_parts, _reply_paragraph_points, quoted_proposals


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_reply_paragraph_after_complaint_gives_no_point():
    ch, rec = _points("市民来信反映，他家楼下的菜市场每天凌晨四点开始卸货，噪音很大，老人孩子无法休息。"
                      "希望城管部门规范卸货时间。\n"
                      "对此，区城管局答复称，已约谈市场管理方，要求其将卸货时间调整到早上六点以后，"
                      "目前噪音问题已经明显改善。\n")
    assert any("噪音很大" in p for p in ch)
    assert any("规范卸货时间" in p for p in rec)
    assert not any(w in p for p in ch + rec for w in ("约谈市场管理方", "调整到早上六点", "明显改善"))


def test_reply_paragraph_without_complaint_is_read_as_prose():
    # no complaint before it (a reply letter, a bureau's own account): its points stay; after one they go
    reply = "区城管局回复称，目前全区农贸市场普遍存在卸货时间不规范的问题。\n"
    out = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, 12, 30)], asp.RECOMMENDATION: []}
    _reply_paragraph_points(reply, out)
    assert [(p.start, p.end) for p in out[asp.CHALLENGE]] == [(12, 30)]
    text = "市民反映，菜市场噪音大。\n" + reply
    out = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, 5, 11), RawPoint(asp.CHALLENGE, 25, 43)], asp.RECOMMENDATION: []}
    _reply_paragraph_points(text, out)
    assert [(p.start, p.end) for p in out[asp.CHALLENGE]] == [(5, 11)]


def test_quoted_proposal_items_after_ti_chu_de():
    s = "会上，代表们对群众提出的“增设公交站点”、“延长末班车时间”等建议逐条作了记录。"
    assert [s[a:b] for a, b in quoted_proposals(s)] == ["增设公交站点", "延长末班车时间"]


def test_one_quotation_listing_proposals_is_parted():
    s = "委员会作大会发言，提出“建立区、镇、村‘三级联动’巡查机制、加大财政保洁投入、推行垃圾分类积分制”等建议。"
    assert [s[a:b] for a, b in quoted_proposals(s)] == ["建立区、镇、村‘三级联动’巡查机制", "加大财政保洁投入",
                                                        "推行垃圾分类积分制"]
    # a quoted series of nouns is no list of proposals: 区、镇、村 alone never parts
    assert _enumeration_parts("区、镇、村", 0, 5) == []
    assert quoted_proposals("他提出“推进区、镇、村”等建议。") == []


def test_pronoun_lead_in_after_council_member_gives_measures():
    ch, rec = _points("市政协常委王芳在协商会上发言，认为社区养老服务是当前的突出短板。她提出两点建议，一是盘活闲置资源。"
                      "建议民政部门把闲置的社区用房改建为日间照料中心，提供助餐助浴服务。二是加强队伍建设。"
                      "要从本地招募养老护理员，由街道定期组织培训并给予岗位补贴。\n")
    assert {"盘活闲置资源", "加强队伍建设"} <= set(rec)
    assert any("改建为日间照料中心" in p for p in rec)
    assert any("招募养老护理员" in p for p in rec)


def test_pronoun_of_an_expert_stays_reported():
    ch, rec = _points("记者采访了社会学者李明。他提出两点建议，一是盘活闲置资源。建议民政部门把闲置的社区用房改建为"
                      "日间照料中心。二是加强队伍建设。要从本地招募养老护理员，由街道定期组织培训。\n")
    assert not any("盘活闲置资源" == p for p in rec)


def test_short_body_still_completes_its_topic():
    # 一是引捐赠。鼓励乡贤出资。: a short body sentence completes the bare topic, no point of its own
    ch, rec = _points("针对村级养老资金不足的问题，建议多方筹资。一是引捐赠。鼓励乡贤出资。二是争补助。"
                      "积极申报上级项目。三是建基金。设立互助养老基金。\n")
    assert not any(p == "鼓励乡贤出资" for p in rec)


def test_discussion_and_team_instruction_are_no_points():
    assert asp.narrates_discussion("大家围绕当前社区存在的共性问题和亟待解决的停车难等问题进行了交流和探讨")
    assert not asp.narrates_discussion("物业就是不进行协商")
    assert not asp.narrates_discussion("座谈中大家围绕停车难问题进行了讨论，要尽快增设停车位")
    assert asp.instructs_study_team("要求调研组认真梳理调研材料，尽早完成调研报告")
    assert not asp.instructs_study_team("要求有关部门尽快增设停车位")
    ch, rec = _points("6月3日，九三学社市委调研组赴西山区就“社区停车难”开展调研。调研组与区住建局座谈，"
                      "大家围绕当前老旧小区存在的共性问题和亟待解决的车位规划、收费管理等问题进行了交流。\n"
                      "主委说，此次调研很有收获，要求课题组尽早完成调研报告。\n")
    assert not ch and not rec


def test_new_readers_are_linear():
    assert_linear(lambda n: asp.narrates_discussion("围绕" + "问题" * n + "进行了交流"), 5_000, "a long topic")
    assert_linear(lambda n: asp.narrates_discussion("就" * n), 5_000, "a run of topic frames")
    assert_linear(lambda n: quoted_proposals("提出“" + "加强管理工作、" * n + "”等建议。"), 5_000, "a long quoted list")
    assert_linear(lambda n: summarize_document("市民反映噪音大。\n" + "对此区局回复称已处理。\n" * n), 200,
                  "many reply paragraphs")


def test_problem_noun_then_verb_of_overcoming_heads_measures():
    # 二、治理效能的瓶颈突破: the section tells how the bottleneck is overcome (Part 61's analysis essay)
    assert asp.heading_aspect("二、治理效能的瓶颈突破") == asp.RECOMMENDATION
    assert asp.heading_aspect("人才短板补齐") == asp.RECOMMENDATION
    assert asp.heading_aspect("二、存在的问题") == asp.CHALLENGE
    assert asp.heading_aspect("发展瓶颈") == asp.CHALLENGE
