"""A table of contents in a text or PDF (a 目录 line over entries that end in a dot leader and a page number) is
dropped in cleaning, like the docx reader drops a TOC field (issue 8, trial11 L4)."""

import summarizer
from summarizer.clean import clean
from summarizer.essays import split_essays

BODY = ("关于城市社区停车难问题的调研报告\n"
        "近年来，城区机动车保有量快速增长，老旧小区停车位严重不足，群众反映强烈。\n"
        "一、存在的问题\n（一）车位供需矛盾突出。老旧小区建设时没有规划停车位，车辆只能沿路停放。\n"
        "（二）管理力量不足。物业缺位的小区无人管理停车秩序，乱停乱放现象普遍。\n"
        "二、对策建议\n（一）增加停车泊位供给。利用边角地块建设立体停车设施，鼓励单位停车场夜间向居民开放。\n"
        "（二）完善管理机制。由社区牵头成立停车自治小组，制定停车公约并共同遵守。\n")


def test_a_headed_contents_page_is_dropped_and_does_not_title_the_essay():
    text = "目 录\n一、关于城市社区停车难问题的调研报告········2\n二、附件：调查问卷······························9\n\n" + BODY
    ct = clean(text)
    assert ct.text.startswith("关于城市社区停车难问题的调研报告\n")
    assert "····" not in ct.text
    assert ct.removed["table_of_contents"] > 0
    essay = summarizer.summarize(text).essays[0]
    assert essay.title == "关于城市社区停车难问题的调研报告"
    assert [p.text for p in essay.challenges] == ["车位供需矛盾突出", "管理力量不足"]
    assert [p.text for p in essay.recommendations] == ["增加停车泊位供给", "完善管理机制"]


def test_offsets_of_the_cleaned_text_still_point_into_the_original():
    text = "目录\n第一章 总论……………1\n第二章 分论……………5\n" + BODY
    ct = clean(text)
    start, _end = ct.to_original(0, 4)
    assert text[start:start + 4] == "关于城市"


def test_three_leader_lines_without_a_heading_are_a_contents_list_and_two_are_not():
    three = "一、总体情况......1\n二、存在问题......3\n三、对策建议......6\n" + BODY
    assert clean(three).text.startswith("关于城市社区停车难问题的调研报告")
    two = "附表一......1\n附表二......3\n" + BODY
    assert clean(two).text.startswith("附表一")


def test_a_contents_word_without_entries_stays():
    text = "目录\n" + BODY
    assert clean(text).text.startswith("目录\n")


def test_contents_search_is_linear_on_long_lines_and_many_lines():
    long_line = "目录\n" + "·" * 100_000 + "\n" + BODY
    assert clean(long_line).text.endswith("制定停车公约并共同遵守。")
    many = "目录\n" + "第一节 概述····1\n" * 10_000 + BODY
    assert clean(many).text.startswith("关于城市社区停车难问题的调研报告")
    assert len(split_essays(clean(many).text)) == 1
