"""Document shapes the aspect stage must understand (issue: real documents of every common shape).

Each test is a small document written for it, in the shape named, with the points a reader would name.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.clean import clean

BODY = "基层治理是国家治理的基石，社区承担的事务越来越多，居民的需求也日益多样。"


def _points(text: str):
    doc = summarize(text, max_points=20)
    return [([p.text for p in e.challenges], [p.text for p in e.recommendations]) for e in doc.essays]


def _offsets_hold(text: str) -> None:
    """Every point's characters stand, in order, in the original slice its offsets name (markup may lie
    between them: a tag, a ``**``, an entity)."""
    doc = summarize(text, max_points=20)
    for e in doc.essays:
        for p in e.challenges + e.recommendations:
            rest = iter(text[p.start:p.end])
            assert all(ch in rest for ch in p.text if not ch.isspace()), (p.text, text[p.start:p.end])


# ------------------------------------------------------------------------------------- 1. markup in plain text

MARKDOWN = f"""---
title: "社区治理的难点与对策"
date: 2024-03-01
tags:
  - 治理
---

# 社区治理的难点与对策

{BODY}

![社区服务中心](https://example.org/a.png)

## 一、存在的问题

- **人员不足**：社区工作者数量偏少。
- **经费紧张**：运转经费依赖上级拨款[3]。

## 二、对策建议

1. 充实社区队伍，面向社会公开招聘。
2. 建立稳定的经费保障机制，详见[《意见》](https://example.org/b)。
"""


def test_markdown_headings_bullets_bold_links_and_front_matter_are_markup():
    (challenges, recommendations), = _points(MARKDOWN)
    assert challenges == ["人员不足：社区工作者数量偏少", "经费紧张：运转经费依赖上级拨款"]
    assert recommendations[0] == "充实社区队伍，面向社会公开招聘"
    assert recommendations[1].startswith("建立稳定的经费保障机制")
    cleaned = clean(MARKDOWN).text
    for noise in ("---", "#", "**", "](", "https://", "[3]", "tags"):
        assert noise not in cleaned
    _offsets_hold(MARKDOWN)


HTML_IN_TEXT = (
    "<div class=\"article\"><p style=\"text-indent:2em\">基层减负的难点与对策</p>"
    f"<p>{BODY}</p><p><span style=\"font-family:仿宋\">当前存在以下问题：</span></p>"
    "<p>一是<span>考核过多</span>，基层疲于应付。</p><p>二是会议文件偏多。</p>"
    "<figure><img src=\"a.png\"><figcaption>图1 社区工作人员在整理台账</figcaption></figure>"
    "<p>对此，提出如下建议：</p><p>一是精简考核事项。</p><p>二是压减会议文件&nbsp;数量。</p>"
    "<!-- 正文结束 --><script>var x = 1;</script></div>"
)


def test_html_left_in_text_is_read_as_paragraphs_and_captions_are_not_sentences():
    (challenges, recommendations), = _points(HTML_IN_TEXT)
    assert challenges == ["考核过多，基层疲于应付", "会议文件偏多"]
    assert recommendations == ["精简考核事项", "压减会议文件数量"]  # the &nbsp; between CJK characters is gone
    cleaned = clean(HTML_IN_TEXT).text
    assert "图1" not in cleaned and "<" not in cleaned and "var x" not in cleaned and "&nbsp;" not in cleaned
    _offsets_hold(HTML_IN_TEXT)


def test_latex_circled_numbers_from_pdf_conversion_are_list_markers():
    text = (f"关于健康管理的思考\n{BODY}\n存在的问题主要有：$\\textcircled{{1}}$健康意识薄弱；$\\textcircled{{2}}$"
            "健康资源缺乏。\n对策建议\n$\\textcircled{1}$建立健康档案；$\\textcircled{2}$加强社区宣传。\n")
    (challenges, recommendations), = _points(text)
    assert challenges == ["健康意识薄弱", "健康资源缺乏"]
    assert recommendations == ["建立健康档案", "加强社区宣传"]
    _offsets_hold(text)


# --------------------------------------------------------------------------------------- 2. 申论 structure

SHENLUN = (
    "2018-06-11 09:26:11,申论范文：让小微企业融资不再难,\"\t小微企业是经济的毛细血管。" + BODY + "\r\n"
    "\t造成小微企业融资难的原因，大致分为两种。从企业自身来看，一是财务制度不健全，二是缺少可抵押的资产。"
    "从外部环境来看，银行对小微企业的贷款审批门槛较高，担保体系也不完善。\r\n"
    "\t解决这些问题，既需要企业自身努力，也需要改善融资环境。\r\n"
    "\t规范企业财务管理。企业应建立规范的会计制度，提高信息透明度，让银行看得清、贷得放心。\r\n"
    "\t搭建政银企对接平台。通过平台集中发布融资需求，帮助银行降低调查成本，提高审批效率。\"\r\n"
)


def test_shenlun_topic_sentences_and_transition_sentences():
    (challenges, recommendations), = _points(SHENLUN)
    assert challenges[:2] == ["财务制度不健全", "缺少可抵押的资产"]
    assert any("担保体系也不完善" in c for c in challenges)
    assert recommendations == ["规范企业财务管理", "搭建政银企对接平台"]
    _offsets_hold(SHENLUN)


def test_csv_records_back_to_back_are_essays_with_their_titles():
    one = SHENLUN
    two = SHENLUN.replace("2018-06-11 09:26:11,申论范文：让小微企业融资不再难", "2019-01-02 10:00:00,申论范文：第二篇")
    doc = summarize(one + two)
    assert [e.title for e in doc.essays] == ["申论范文：让小微企业融资不再难", "申论范文：第二篇"]


# ------------------------------------------------------------------------------ 3. inline enumerations

@pytest.mark.parametrize("a,b", [("（1）", "（2）"), ("①", "②"), ("一是", "二是"), ("第一，", "第二，"), ("一.", "二.")])
def test_inline_enumeration_after_a_lead_in_gives_one_point_per_item(a, b):
    text = (f"关于社区治理的思考\n{BODY}\n当前社区治理主要存在以下问题：{a}社区工作者数量不足。{b}运转经费保障不够。\n"
            f"针对上述问题，提出如下建议：{a}面向社会公开招聘社区工作者。{b}建立稳定的经费保障机制。\n")
    (challenges, recommendations), = _points(text)
    assert challenges == ["社区工作者数量不足", "运转经费保障不够"]
    assert recommendations == ["面向社会公开招聘社区工作者", "建立稳定的经费保障机制"]


def test_numbering_that_restarts_for_the_measures_needs_no_heading():
    text = (f"资源型城市如何发展低碳经济\n{BODY}\n第一，经济增长的短期要求与低碳发展的长期效益之间存在矛盾。这一矛盾长期存在。\n"
            "第二，产业结构单一，技术创新能力不足。传统产业占比过高。\n"
            "第一，采用综合驱动的发展模式。把低碳经济作为新的发展模式来实践。\n"
            "第二，以机制创新推动技术创新。整合现有研发平台。\n")
    (challenges, recommendations), = _points(text)
    # (k157158: the short label 产业结构单一，技术创新能力不足 gives its one-sentence body, 传统产业占比过高, as a problem
    # of its own, the convention of Parts 93, 95, 153, 154, 157 and 158's gold, points.short_label_body; the long
    # first item keeps its body as argument)
    assert challenges == ["经济增长的短期要求与低碳发展的长期效益之间存在矛盾", "产业结构单一，技术创新能力不足",
                          "传统产业占比过高"]
    # a heading under 12 characters is completed with its body's first clause when that clause carries the cue
    assert recommendations == ["采用综合驱动的发展模式", "以机制创新推动技术创新。整合现有研发平台"]


def test_an_announced_list_inside_a_point_gives_its_parts_too():
    text = (f"关于技术创新的思考\n{BODY}\n对策建议\n一是完善创新机制，重点采取三方面措施：（1）建平台。整合研发平台。（2）设基金。"
            "设立专项基金。（3）开渠道。拓宽融资渠道。\n二是加强人才培养。\n")
    (_, recommendations), = _points(text)
    assert [r.split("。")[0] for r in recommendations] == ["完善创新机制，重点采取三方面措施", "建平台", "设基金", "开渠道",
                                                          "加强人才培养"]


# --------------------------------------------------------------------------------- 4. section vocabulary

@pytest.mark.parametrize("head_c,head_r", [("面临的困境", "优化路径"), ("发展瓶颈", "实施策略"), ("原因分析", "主要举措")])
def test_section_vocabulary(head_c, head_r):
    text = (f"关于基层医疗的思考\n{BODY}\n一、{head_c}\n（一）家庭医生数量不足\n（二）基层药品种类偏少\n"
            f"二、{head_r}\n（一）扩大家庭医生队伍\n（二）丰富基层药品目录\n")
    (challenges, recommendations), = _points(text)
    assert challenges == ["家庭医生数量不足", "基层药品种类偏少"]
    assert recommendations == ["扩大家庭医生队伍", "丰富基层药品目录"]


def test_achievements_and_reported_proposals_are_neither():
    text = (f"关于租务管制的评论\n{BODY}\n一、主要成效\n（一）建成一批社区服务中心\n（二）完善网格化管理\n"
            "报告有以下建议：第一，租务管制应涵盖各类住宅；第二，设立标准租约。\n"
            "二、存在的问题\n（一）起始租金没有设立\n（二）续租权期限偏短\n")
    (challenges, recommendations), = _points(text)
    assert challenges == ["起始租金没有设立", "续租权期限偏短"]
    assert recommendations == []


# ----------------------------------------------------------------------------------- 5. look-alike characters

def test_kangxi_radicals_are_analysed_as_ideographs_and_kept_in_the_output():
    text = ("关于基层治理的思考\n\u2f00、存在的问题\n基层治理\u2f12量薄弱。\u2f00是\u2f08员不足，\u2f06是经费紧张。\n"
            "\u2f06、对策建议\n\u2f00是充实基层\u2f2f作队伍，\u2f06是加大财政投\u2f0a\u2f12度。\n")
    doc = summarize(text)
    e = doc.essays[0]
    assert [(p.text, p.heading) for p in e.challenges] == [("\u2f08员不足", "存在的问题"), ("经费紧张", "存在的问题")]
    assert [(p.text, p.heading) for p in e.recommendations] == [
        ("充实基层\u2f2f作队伍", "对策建议"), ("加大财政投\u2f0a\u2f12度", "对策建议")]
    for p in e.challenges + e.recommendations:
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("m", [("⑴", "⑵", "㈠", "㈡"), ("⒈", "⒉", "Ⅰ、", "Ⅱ、"), ("（１）", "（２）", "１．", "２．"),
                               ("❶", "❷", "①", "②")])
def test_enclosed_roman_and_full_width_markers(m):
    text = (f"关于基层治理的思考\n存在的问题\n{m[0]}基层人员不足。\n{m[1]}经费保障紧张。\n对策建议\n{m[2]}充实基层工作队伍。\n"
            f"{m[3]}加大财政投入力度。\n")
    e = summarize(text).essays[0]
    assert [(p.text, p.heading) for p in e.challenges] == [("基层人员不足", "存在的问题"), ("经费保障紧张", "存在的问题")]
    assert [(p.text, p.heading) for p in e.recommendations] == [
        ("充实基层工作队伍", "对策建议"), ("加大财政投入力度", "对策建议")]


# ------------------------------------------------------------------------------------------- 6. collections

REPORT = """关于{topic}的调研报告
{body}
一、存在的问题
（一）{c1}。{c1}的情况较为普遍。
（二）{c2}。{c2}的情况也很突出。
二、对策建议
（一）{r1}。通过多种方式推进。
（二）{r2}。建立长效机制。
"""


def test_two_essays_with_the_same_section_headings_are_two_essays():
    text = (REPORT.format(topic="社区治理", body=BODY * 3, c1="人员不足", c2="经费紧张", r1="充实社区队伍", r2="加大经费保障")
            + REPORT.format(topic="乡村治理", body=BODY * 3, c1="干部老龄化", c2="集体经济薄弱", r1="培养年轻干部",
                            r2="发展集体经济"))
    doc = summarize(text)
    assert [e.title for e in doc.essays] == ["关于社区治理的调研报告", "关于乡村治理的调研报告"]
    assert [[p.text.split("。")[0] for p in e.recommendations] for e in doc.essays] == [
        ["充实社区队伍", "加大经费保障"], ["培养年轻干部", "发展集体经济"]]


def test_sub_sections_repeated_under_parts_stay_in_one_essay():
    text = (f"关于城乡治理的调研报告\n{BODY}\n一、城区方面\n（一）存在的问题\n人员不足，经费紧张。\n（二）对策建议\n"
            "充实队伍，加大投入。\n二、乡镇方面\n（一）存在的问题\n干部老龄化，集体经济薄弱。\n（二）对策建议\n培养年轻干部，发展集体经济。\n")
    doc = summarize(text)
    assert len(doc.essays) == 1
    assert [p.text for p in doc.essays[0].challenges] == ["人员不足，经费紧张", "干部老龄化，集体经济薄弱"]


def test_a_repeated_footer_line_is_no_essay():
    text = f"关于社区治理的思考\n{BODY * 4}\n关注该公众号\n扫码关注。\n关注该公众号\n取消\n"
    assert len(summarize(text).essays) == 1


# -------------------------------------------------------------------------------- 7. headings and prose lists

def test_a_heading_that_names_a_part_over_its_own_list_lets_the_list_items_be_the_points():
    text = (f"主动健康的实施策略\n{BODY}\n一、实施策略\n（一）卫生服务主体\n（1）设立健康管理负责人。（2）开展家庭健康计划。\n"
            "（二）居民个人\n（1）主动获取健康知识。（2）坚持适量运动。\n")
    (_, recommendations), = _points(text)
    assert recommendations == ["设立健康管理负责人", "开展家庭健康计划", "主动获取健康知识", "坚持适量运动"]


def test_a_heading_whose_first_noun_modifies_the_head_names_the_heads_aspect():
    text = (f"诈骗治理：困境与对策\n{BODY}\n诈骗治理面临的现实困境\n一是法律法规滞后。二是技术手段不足。\n"
            "诈骗治理困境的破解路径\n一是加强专门立法。二是提升技术水平。\n")
    (challenges, recommendations), = _points(text)
    assert challenges == ["法律法规滞后", "技术手段不足"]
    assert recommendations == ["加强专门立法", "提升技术水平"]


def test_a_journal_papers_three_level_sub_headings_under_its_measures_section_are_points():
    text = (f"社区卫生服务的问题与建议\n{BODY}\n3 建议\n3.1 完善运行机制\n3.1.1 纳入法定管理\n将项目经费纳入法定预算，保障稳定投入。\n"
            "3.1.2 加强基层人员能力建设\n分层分类开展培训，提高服务技能。\n3.1.3 开发信息化手段工具\n推进数据互联互通。\n")
    (_, recommendations), = _points(text)
    # the part's own heading is a measure too (完善…): it and its three sub-sections are points
    assert recommendations == ["完善运行机制", "纳入法定管理", "加强基层人员能力建设", "开发信息化手段工具"]


def test_a_clause_that_follows_every_items_heading_is_not_part_of_any_point():
    """A short measure heading is completed by its body's first clause only when that clause is its own: the same
    `要明确责任分工` after every item says nothing of any one of them, and no item is lost as a near-duplicate."""
    text = (f"关于垃圾分类的调研报告\n{BODY}\n一、存在的问题\n（一）财政投入力度不够。部分地区工作推进缓慢。\n"
            "（二）政策宣传不到位。现有制度落实不到位。\n二、对策建议\n（一）加大财政投入力度。要明确责任分工，形成工作合力。\n"
            "（二）加大政策宣传力度。要明确责任分工，形成工作合力。\n（三）建立诉求快速响应机制。要明确责任分工，形成工作合力。\n")
    (_, recommendations), = _points(text)
    assert recommendations == ["加大财政投入力度", "加大政策宣传力度", "建立诉求快速响应机制"]
