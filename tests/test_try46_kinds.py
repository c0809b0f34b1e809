"""Faults a new user met (try46), on small texts of the tests' own: a one-line message without a closing stop and a
thesis chapter's section on the study's own limits."""

from summarizer.pipeline import summarize_document
from summarizer.sentences import split_sentences


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_one_line_message_is_text_not_a_heading():
    # a citizen's one-line message (no closing 。) was read as a title over an empty body: no point at all
    text = "建议在学校门口增设人行横道，早上接送孩子太挤了"
    units = split_sentences(text)
    assert [u.kind for u in units] == ["sentence"]
    assert units[0].text == text
    _, rec = _points(text)
    assert any("增设人行横道" in p for p in rec)


def test_one_line_rule_leaves_titles_over_a_body():
    units = split_sentences("关于增设人行横道的建议\n学校门口车多人多。建议增设人行横道。")
    assert units[0].kind == "heading"
    assert [u.kind for u in units[1:]] == ["sentence", "sentence"]


def test_thesis_limitations_section_is_no_challenge():
    # 5.3 研究不足与展望: the study's sample and data, not a problem of its topic (SOURCES.md: a study's own
    # limitation is no challenge)
    text = ("第五章 结论与建议\n5.1 研究结论\n调查发现，乡镇卫生院医生流失严重，设备陈旧，群众就医满意度不高。\n"
            "5.2 对策建议\n应提高乡镇卫生院医生待遇，并分批更新诊疗设备。\n"
            "5.3 研究不足与展望\n受时间所限，本文只调查了两个乡镇，样本量偏小，代表性存在不足。此外，问卷数据为截面数据，"
            "难以反映变化过程。\n")
    ch, rec = _points(text)
    assert not any("样本量" in p or "截面数据" in p for p in ch + rec)
    assert any("提高乡镇卫生院医生待遇" in p for p in rec)


def test_limitations_heading_keeps_its_advice_for_future_research():
    text = ("第三節 研究限制\n本研究僅訪談單一學校之教師，樣本數有限，可能影響結果之推論，"
            "故建議未來研究可擴大抽樣範圍至其他縣市。\n")
    ch, rec = _points("第五章 結論與建議\n第一節 研究結論\n本研究發現學校設備老舊。\n第二節 研究建議\n"
                      "教育局應編列預算汰換設備。\n" + text)
    assert not any("樣本數有限" in p for p in ch)
    assert any("擴大抽樣範圍" in p for p in rec)


def test_letter_of_advice_name_is_no_section_heading():
    # 检察建议书 under the issuer line is the document's name, not a recommendation section over the whole letter
    from summarizer.aspects import RECOMMENDATION, heading_aspect
    assert heading_aspect("检察建议书") is None
    assert heading_aspect("司法建議書") is None
    assert heading_aspect("三、对策建议") == RECOMMENDATION


def test_inspection_findings_are_kept_as_challenges():
    # a procuratorate's letter: what it found (…中发现，A；经调查，B) are the letter's problems, then its advice
    text = ("某区人民检察院\n检察建议书\n某区市场监督管理局：\n"
            "本院在履行食品安全公益诉讼职责中发现，辖区内多家校园周边小卖部销售过期食品，部分商品无中文标签。"
            "经调查，你局对上述情况未开展专项检查，校园周边食品安全隐患长期存在。\n"
            "为此，现向你局提出如下检察建议：\n一、立即开展校园周边食品安全专项整治；\n二、建立校园周边食品经营常态化巡查制度。\n"
            "请你局在两个月内书面回复本院。\n某区人民检察院\n2025年3月2日\n")
    ch, rec = _points(text)
    assert any("未开展专项检查" in p for p in ch)
    assert any("专项整治" in p for p in rec) and any("常态化巡查" in p for p in rec)


def test_study_finding_is_not_marked_as_inspection():
    import re
    from summarizer.points import _FOUND_BEFORE, _STUDY_FINDING
    assert _FOUND_BEFORE.search("本院在履职中发现，") and _FOUND_BEFORE.search("经查，")
    assert _STUDY_FINDING.search("已有研究发现，")
    assert not _FOUND_BEFORE.search("发现问题")
    assert re.compile(_FOUND_BEFORE.pattern)  # bounded: anchored, no nested quantifier


def test_inspection_findings_cost_is_linear():
    from costs import assert_linear
    from summarizer.points import RawPoint, _mark_veto_exempt
    from summarizer.sentences import split_sentences
    from summarizer import aspects as asp

    def run(n):
        text = "经查，仓库存在隐患。" * n
        sentences = split_sentences(text)
        out = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, s.start + 3, s.end) for s in sentences], asp.RECOMMENDATION: []}
        _mark_veto_exempt(text, sentences, out)
    assert_linear(run, 1000, "inspection findings over many sentences")
