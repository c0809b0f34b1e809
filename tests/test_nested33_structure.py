"""Lists with numbers cut out of their middle, and lower-case lettered sub-items under a numbered item (nested32, narrowed in nested33)."""

import sys
from pathlib import Path

from summarizer.structure import find_markers, parse

sys.path.insert(0, str(Path(__file__).parent))
from costs import assert_linear  # noqa: E402


def _tree(text):
    st = parse(text)

    def node(it):
        return (it.family, it.value, st.heading(it), [node(ch) for ch in it.children])

    return [node(r) for r in st.roots]


def test_a_list_with_numbers_cut_out_keeps_its_later_items():
    # (2) and (3) were cut from the list: (4) and (5) on the next lines still belong to it, under 2、
    text = ("1、道路情况：路口车辆多。\n2、设备情况：\n（1）电梯老旧无人检修；\n（4）水管锈蚀渗漏；\n（5）照明不足；\n"
            "3、人员情况：保安人数不够。")
    tree = _tree(text)
    assert [n[:2] for n in tree] == [("num_dot", 1), ("num_dot", 2), ("num_dot", 3)]
    assert [(f, v) for f, v, _h, _c in tree[1][3]] == [("paren_num", 1), ("paren_num", 4), ("paren_num", 5)]


def test_a_far_number_or_a_number_after_other_lines_opens_no_run():
    # more than MAX_LOST_NUMBERS lost, or the earlier item not on the line just above: stray numbers, no list
    assert find_markers("（1）电梯老旧；\n（9）水管锈蚀；") == []
    assert find_markers("（1）电梯老旧；\n另有说明。\n（4）水管锈蚀；") == []
    # a number inside a line (not opening it) does not continue across the gap either
    assert find_markers("（1）电梯老旧；\n详见（4）水管锈蚀；") == []


def test_lower_case_letters_with_a_dot_are_sub_items_of_a_numbered_item():
    text = ("一、主要风险\n1.财务风险\na.虚假报告\n虚构收入误导投资者。\nb.负债风险\n负债率偏高。\n"
            "2.经营风险\na.竞争风险\n市场份额下降。\nb.技术风险\n技术落后。\n二、应对策略\n1.审慎评估报表")
    tree = _tree(text)
    assert [n[:3] for n in tree] == [("cn", 1, "主要风险"), ("cn", 2, "应对策略")]
    first, second = tree[0][3]
    assert [(f, v, h) for f, v, h, _c in first[3]] == [("letter", 1, "虚假报告"), ("letter", 2, "负债风险")]
    assert [(f, v, h) for f, v, h, _c in second[3]] == [("letter", 1, "竞争风险"), ("letter", 2, "技术风险")]


def test_lost_numbers_are_looked_up_in_linear_time():
    # many lines that each skip numbers, and long lines between: each marker makes a bounded number of look-ups
    assert_linear(lambda n: find_markers("（1）甲" + "乙" * 50 + "\n" + "\n".join(
        f"（{3 + 2 * (k % 40)}）丙{'丁' * 50}" for k in range(n))), 500, "lines that each skip numbers")
    assert_linear(lambda n: find_markers("（1）" + "长" * n + "\n（4）短\n" * 3), 20_000, "a long line before a gap")


def test_lower_case_letters_under_a_plain_line_are_no_items():
    # a question naming its fields: the line above a. opens with no marker, so a. b. c. are labels, not a list
    text = "请问在学校的\na.课程安排\nb.作业数量\nc.课外活动\n等方面，有何改进办法？\n"
    assert [it.family for it in find_markers(text)] == []
    # the same letters right under a numbered item are its sub-items
    marked = find_markers("1.课程问题\na.课程安排过满\nb.作业数量偏多\n2.活动问题\na.场地不足\nb.器材老旧\n")
    assert [(it.family, it.value) for it in marked] == [("num_dot", 1), ("letter", 1), ("letter", 2),
                                                       ("num_dot", 2), ("letter", 1), ("letter", 2)]


def test_lower_case_letters_inside_a_line_or_after_a_blank_gap_are_no_items():
    # a. not opening its line, or a plain line between the numbered item and a.: no sub-list
    assert [it.family for it in find_markers("1.课程问题\n说明如下：a.课程安排过满；b.作业偏多\n2.活动问题\n")] == \
        ["num_dot", "num_dot"]
    assert [it.family for it in find_markers("1.课程问题\n具体如下\na.课程安排过满\nb.作业偏多\n2.活动问题\n")] == \
        ["num_dot", "num_dot"]


def test_lower_case_letter_runs_are_checked_in_linear_time():
    assert_linear(lambda n: find_markers("".join(f"{1 + k % 9}.问题{'甲' * 20}\na.细节\nb.细节\n" for k in range(n))),
                  300, "many numbered items with lettered sub-items")
    assert_linear(lambda n: find_markers("1.问题\n" + " " * n + "a.细节\nb.细节\n"), 20_000, "spaces before a.")
