"""A field list's last line before a blank line is its own line, never run on into the paragraph below (try53).

A minutes page opens with ``时间：…`` ⏎ ``参会人员：甲、乙、丙`` ⏎⏎ ``甲：今天…。``: the second field line is as wide as its
block's widest line, so it read as a hard-wrapped paragraph's line and was glued to the first speaker's sentence,
which then became a summary sentence spanning the blank line. The texts below are written for the test.
"""

from summarizer import summarize
from summarizer.clean import clean

MINUTES = (
    "时间：2025年3月4日上午\n"
    "出席人员：赵主任、钱科长、孙干事、居民代表周大姐\n"
    "\n"
    "赵主任：今天主要商量社区食堂的运营问题。食堂每天供应一百多份午餐，但厨师只有两个人。\n"
    "钱科长：经费方面，今年的补贴已经用掉大半，年底前可能不够。\n"
    "周大姐：老人们反映饭菜偏硬，希望多做些软烂的菜。\n"
)


def test_last_field_line_keeps_its_break():
    text = clean(MINUTES).text
    assert "周大姐\n赵主任：" in text
    assert "周大姐赵主任" not in text


def test_no_summary_sentence_spans_the_blank_line():
    doc = summarize(MINUTES)
    spans = [MINUTES[p.start:p.end] for e in doc.essays
             for p in e.summary_sentences + e.challenges + e.recommendations]
    assert spans
    assert not [s for s in spans if "\n\n" in s]


def test_field_value_with_clause_comma_still_joins():
    # a reply line with a clause comma is prose: its wrapped tail after a blank line still joins (the rule is
    # only for a field list's value, names listed with 、)
    text = ("发言：我认为物业收费的问题很严重需要处理\n"
            "意见：物业应当尽快公开收费标准，并且把每一项\n"
            "\n"
            "支出都列清楚，接受业主监督。\n")
    assert "每一项支出都列清楚" in clean(text).text
