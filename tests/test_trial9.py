"""Faults found by a new user's trial on unseen inputs (trial9): a list of one-line items followed by an
unnumbered heading and a list of another marker (markdown notes: numbered problems, bulleted measures), and the
message of a repeated JSONL id."""

from __future__ import annotations

import json

from summarizer import summarize
from summarizer.batch import jsonl_tasks
from summarizer.structure import parse

PROBLEMS = ["夜间公交班次过少，末班车发车太早", "站台遮雨设施缺失", "换乘信息没有实时更新"]
MEASURES = ["延长主干线路运营时间至二十三时", "为客流较大的站台加装雨棚", "在换乘站设置电子信息屏"]


def _notes(problem_marker, measure_marker, blank: str = "") -> str:
    lines = ["# 公交出行座谈记录", blank, "## 群众反映的问题", blank]
    lines += [problem_marker(k) + p for k, p in enumerate(PROBLEMS, 1)]
    lines += [blank, "## 改进建议", blank]
    lines += [measure_marker(k) + m for k, m in enumerate(MEASURES, 1)]
    return "\n".join(x for x in lines if x is not None) + "\n"


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_numbered_problems_then_heading_then_bullets():
    # the heading after the last one-line item closes the numbered list: the bullets under it are its measures
    for blank in ("", None):
        text = _notes(lambda k: f"{k}. ", lambda k: "- ", blank=blank)
        challenges, recommendations = _points(text)
        assert challenges == PROBLEMS
        assert recommendations == MEASURES


def test_plain_lines_numbered_then_bulleted():
    text = "存在问题\n" + "".join(f"{k}. {p}\n" for k, p in enumerate(PROBLEMS, 1)) + "对策建议\n" + \
        "".join(f"• {m}\n" for m in MEASURES)
    challenges, recommendations = _points(text)
    assert challenges == PROBLEMS
    assert recommendations == MEASURES
    # and the points point at their own words in the input
    essay = summarize(text).essays[0]
    for point in essay.challenges + essay.recommendations:
        assert text[point.start:point.end] == point.text


def test_heading_line_after_one_line_items_is_a_root():
    text = "存在问题\n1. 甲项不足\n2. 乙项滞后\n3. 丙项缺失\n对策建议\n•补足甲项\n•加快乙项\n"  # the cleaned text: bullets as •
    structure = parse(text)
    line = next(it for it in structure.items if it.family == "line" and text[it.start:it.heading_end] == "对策建议")
    assert line.parent is None
    bullets = [it for it in structure.items if it.family == "bullet"]
    assert [b.parent for b in bullets] == [line, line]


def test_heading_line_inside_a_numbered_section_still_nests():
    # a numbered section heading with a body keeps an unnumbered sub-heading over a deeper list inside it
    text = ("1 研究背景\n近年来城市公交客流下降。\n2 现状分析\n近年来客流持续下降，运营亏损扩大。\n国内现状\n"
            "(1) 客流下降\n(2) 线路重复\n3 对策\n(1) 优化线网\n")
    structure = parse(text)
    line = next(it for it in structure.items if it.family == "line" and text[it.start:it.heading_end] == "国内现状")
    assert line.parent is not None and text[line.parent.start:line.parent.heading_end] == "2 现状分析"


def test_one_line_list_check_is_linear():
    # 10,000 one-line items and a heading line: parse stays fast enough to finish (no quadratic scan)
    text = "问题\n" + "".join(f"{k}. 第{k}项\n" for k in range(1, 10001)) + "建议\n" + "•改进\n" * 3
    structure = parse(text)
    assert sum(1 for it in structure.items if it.family == "bullet") == 3


def test_repeated_jsonl_id_names_the_first_record(tmp_path):
    path = tmp_path / "export.jsonl"
    rows = [{"id": "a", "text": "甲"}, {"id": "b", "text": "乙"}, {"id": "a", "text": "丙"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    tasks = list(jsonl_tasks(str(path)))
    assert tasks[2].id == "a#line3"
    assert tasks[2].error["type"] == "duplicate_id"
    assert tasks[2].error["message"] == f"id 'a' was already used by the record on line 1 ({path}:1)"


def test_last_numbered_section_holds_its_sub_items_like_the_one_before():
    # Word's list numbering written out (1. 2. 3.) over （一）（二） items: the last section's items are its own
    text = ("关于社区公园管护的调研\n1. 基本情况\n全区共有社区公园四十个。\n2. 存在的问题\n（一）绿化养护不到位。部分苗木枯死。\n"
            "（二）设施老化。座椅破损。\n3. 对策建议\n（一）落实养护责任。\n（二）更新公园设施。\n")
    structure = parse(text)
    subs = [it for it in structure.items if it.family == "paren_cn"]
    assert [text[s.parent.start:s.parent.heading_end] for s in subs] == ["2. 存在的问题"] * 2 + ["3. 对策建议"] * 2
    essay = summarize(text).essays[0]
    assert [p.heading for p in essay.recommendations] == ["对策建议", "对策建议"]
    assert [p.text for p in essay.recommendations] == ["落实养护责任", "更新公园设施"]


def test_a_later_run_of_another_family_is_not_held_by_a_last_item():
    # the last item of a list whose earlier items hold nothing does not take a later run as its children
    text = "1. 调查对象\n2. 调查方法\n3. 调查时间\n（一）存在的问题\n资金不足。\n（二）对策建议\n加大投入。\n"
    structure = parse(text)
    subs = [it for it in structure.items if it.family == "paren_cn"]
    assert all(s.parent is None or s.parent.family != "num_dot" for s in subs)


_LEGACY_PAGE = """<html><head><meta charset="utf-8"><title>{title}_通知公告_某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">办事服务</a></div>
<table width="100%"><tr><td class="title">{headline}</td></tr>
<tr><td class="content"><p>为做好今冬明春供暖保障工作，县住建局对全县供热管网进行了全面排查。</p>
<p>排查发现部分老旧管网锈蚀严重，存在跑冒滴漏隐患。下一步将加快管网改造，确保按时供暖。</p></td></tr></table>
<div class="foot">版权所有：某县人民政府 ICP备12345678号</div></body></html>"""


def test_legacy_page_headline_cell_is_the_title():
    from summarizer.readers import read_bytes

    headline = "县住建局开展供热管网隐患排查"
    page = _LEGACY_PAGE.format(title=headline, headline=headline).encode("utf-8")
    document = read_bytes(page, filename="notice.html")
    assert document.text.split("\n")[0] == headline
    assert summarize(document).essays[0].title == headline


def test_legacy_page_without_the_headline_in_its_body_gets_no_invented_title():
    from summarizer.readers import read_bytes

    page = _LEGACY_PAGE.format(title="县住建局开展供热管网隐患排查", headline="工作动态").encode("utf-8")
    document = read_bytes(page, filename="notice.html")
    assert "县住建局开展供热管网隐患排查" not in document.text
