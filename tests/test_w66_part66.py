"""Part 66 kinds fixed by w66 (texts of the tests' own): a hotline caller's complaint and request in one sentence
(points._hotline_points, caller_request_start, _CALLER_LABEL), a proposal noun before quoted proposals listed in corner
brackets (points.quoted_proposals, _LISTED_PROPOSALS_LEAD) and a symposium speaker's quoted proposals with the
attribution before or after the quotation (points.quoted_speech)."""

from costs import assert_linear

from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_caller_request_start():
    assert points.caller_request_start("路口的红绿灯坏了好几天，建议尽快修复") == 12
    assert points.caller_request_start("自来水长期浑浊，多次反映无果，请相关部门处理") == 15
    assert points.caller_request_start("楼下的餐馆油烟很大，居民们都希望有人管一管") == 10
    assert points.caller_request_start("楼下的餐馆油烟很大，不希望再拖下去") == -1  # (不希望: no request)
    assert points.caller_request_start("楼下的餐馆油烟很大") == -1


def test_caller_label_complaint_and_request_split():
    ch, rec = _points("来电人：北街菜市场门口的下水道堵塞，污水漫到路面，建议有关部门尽快疏通。\n"
                      "区住建局：已安排人员疏通。\n"
                      "来电人：西环路的公交站牌被撞倒，至今无人修复，存在安全隐患。\n")
    assert any(p.startswith("北街菜市场门口的下水道堵塞") and "建议" not in p for p in ch)
    assert "建议有关部门尽快疏通" in rec
    assert any("公交站牌被撞倒" in p for p in ch)
    assert not any(p.startswith("来电人") for p in ch + rec)


def test_caller_lead_report_that_opens_with_request_is_recommendation_only():
    ch, rec = _points("市民张先生来电：希望有关部门尽快修复小区门口的路灯。\n区城管局：已经安排人员维修。\n")
    assert "希望有关部门尽快修复小区门口的路灯" in rec
    assert not any("修复小区门口的路灯" in p for p in ch)


def test_caller_label_name_field_and_greeting_give_nothing():
    assert not points._CALLER_LABEL.match("网友您好：您的留言已收悉")
    assert not points._CALLER_LABEL.match("市民朋友：")
    assert not points._CALLER_LABEL.match("读者王某建言：要加强监管")
    assert points._CALLER_LABEL.match("网友“明天会更好”：我住在村里")
    ch, rec = _points("网友：燕子\n\n您好！您的留言已收悉，现答复如下：该路段的树木已修剪完毕。\n")
    assert not any(p == "燕子" for p in ch + rec)


def test_noun_before_corner_bracket_proposal_list():
    sentence = ("校长们以文字表达了多样的意见，包括：\"Reduce class size now.\"、「推行小班教学，照顾学生差异」、"
                "「精简教师的行政工作」、「稳定教育生态，善待老师」等。")
    view = points.simplified_view(sentence)
    got = [view[a:b] for a, b in points.quoted_proposals(view)]
    assert got == ["推行小班教学，照顾学生差异", "精简教师的行政工作", "稳定教育生态，善待老师"]
    # (a noun that names no proposal before the list: nothing)
    assert points.quoted_proposals("他们讲了许多故事，包括「山里的学校」、「村口的老槐树」等。") == []


def test_quoted_speech_either_side_of_attribution():
    got = points.quoted_speech("“合作社可以统一收购，也可以帮农户对接电商平台。”省农科院研究员、博士生导师刘某这么认为。")
    assert got == [("recommendation", 1, 23)]
    got = points.quoted_speech("县人大代表、某公司董事长陈某说：“要把乡村道路的养护经费列入预算，建立长效机制。”")
    assert [a for a, _, _ in got] == ["recommendation"]
    # (a lay speaker's quoted words are his complaint, read by quoted_complaints; a question gives nothing)
    assert points.quoted_speech("“一到晚上就没水，只能拎桶接，要求尽快解决。”村民王女士说。") == []
    assert points.quoted_speech("“这个问题该怎么解决呢？”主持人问道。") == []


def test_quoted_speech_with_a_long_tag_the_splitter_parts():
    ch, rec = _points("3月5日，县里召开乡村人才座谈会。\n"
                      "“乡镇可以设立人才驿站，为返乡博士提供短期住房。”县委组织部分管人才工作的副部长、县政协委员李某说。\n")
    assert any("乡镇可以设立人才驿站" in p for p in rec)


def test_w66_readers_stay_linear():
    assert_linear(lambda n: points.quoted_speech("“" + "要" * n + "”王某说。"), 2_000, "one long quotation")
    assert_linear(lambda n: points.quoted_proposals("意见，包括：" + "「改善教学」、" * n + "等。"), 2_000,
                  "a long corner-bracket list")
    assert_linear(lambda n: points.caller_request_start("路灯坏了，" * n), 2_000, "a report of many clauses")
    assert_linear(lambda n: summarize_document("来电人：路灯坏了，建议修复。\n" * n), 50, "many caller lines")


def test_proposals_listed_after_ru_and_a_wish_verb():
    sentence = "也有不少家长提出了一些宝贵的建议，如希望延长午休时间、增加户外活动、改进午餐的搭配等。"
    assert [sentence[a:b] for a, b in points.counted_proposals(sentence)] == [
        "延长午休时间", "增加户外活动", "改进午餐的搭配"]
    # (如果…: a condition, no list of examples)
    assert points.counted_proposals("委员们提出了建议，如果政府增加投入、加强监管，效果会更好。") == []


def test_quoted_speech_in_a_marked_section_item_gives_nothing():
    assert points.quoted_speech("（二）县卫生局局长指出：“要让乡镇卫生院的设备真正用起来。”") == []


def test_parallel_remedies_of_cutting_away():
    ch, rec = _points("为学校减负，关键在于找准方向。要减掉名目繁多的“检查评比”，让教师回到课堂；"
                      "砍掉重复填报的“各类表格”，把考核转向看实效；去掉层层加码的“临时任务”，明确学校的权责边界。")
    assert any(p.startswith("要减掉名目繁多") for p in rec)
    assert any(p.startswith("砍掉重复填报") for p in rec)
    assert any(p.startswith("去掉层层加码") for p in rec)
