"""Kinds of fault found by a new user's trial of 11 public documents (newuser20); each test on a small input written
for it (no trial document copied)."""

import summarizer
from summarizer.clean import clean


def test_header_lines_are_never_joined_into_one_point():
    # a title holding enumeration commas, a genre line and a byline, one a line, then the body: three header lines
    text = ("“强作风、优服务、促发展”专题学习\n"
            "个人对照检查材料\n"
            "城关第二小学：李红梅\n"
            "通过这次专题学习，我对照标准找差距，收获很大。\n"
            "一、存在的主要问题\n"
            "1、学习的系统性不够。平时学习满足于读读文件，没有深入思考。\n")
    lines = clean(text).text.split("\n")
    assert lines[:3] == ["“强作风、优服务、促发展”专题学习", "个人对照检查材料", "城关第二小学：李红梅"]
    essay = summarizer.summarize(text).essays[0]
    assert essay.recommendations == []
    assert not any("专题学习" in p.text for p in essay.challenges)
    # a paragraph that wraps after a short line still joins: its next line ends a sentence
    wrapped = "近年来，我县持续推进农村改厕和污水治理\n工作，取得了明显成效。\n"
    assert clean(wrapped).text == "近年来，我县持续推进农村改厕和污水治理工作，取得了明显成效。"


def test_an_outline_heading_and_a_lone_label_between_blank_lines_stay_apart():
    text = ("论点一：深化放管服改革，激活市场主体\n\n正文\n\n"
            "营商环境是发展的生命线。部分地区审批环节繁多，企业办事难。未来要压减审批事项，推行一网通办。\n")
    lines = clean(text).text.split("\n")
    assert lines[:2] == ["论点一：深化放管服改革，激活市场主体", "正文"]
    essay = summarizer.summarize(text).essays[0]
    assert not any("正文" in p.text for p in essay.recommendations + essay.challenges)
