"""Pipe-table rows written without a leading bar (``问题类型 | 具体表现 | 数据支持 |``) read as table rows: their
problem and measure cells give points; a single menu line of bars stays no table (w67, Part 67's 3508 kind)."""

from costs import assert_linear

from summarizer.markup import _bare_table_rows, markup_edits
from summarizer.pipeline import summarize_document

_TABLE = ("二、主要问题\n调查发现,园区管理还有以下不足:\n"
          "环节 | 突出表现 | 涉及企业 |\n审批 | 项目审批材料重复提交,办理周期过长 | 12家 |\n"
          "融资 | 中小企业贷款门槛高,担保渠道单一 | 20家 |\n三、对策建议\n"
          "方向 | 具体举措 | 牵头部门 |\n精简审批 | 推行一表申报,压缩审批时限至十个工作日 | 行政审批局 |\n"
          "拓宽融资 | 设立园区转贷资金池,引入政府性融资担保 | 财政局 |\n")


def test_bare_rows_give_their_cells_as_points():
    essays = summarize_document(_TABLE).essays
    challenges = [p.text for e in essays for p in e.challenges]
    recommendations = [p.text for e in essays for p in e.recommendations]
    assert any("办理周期过长" in p for p in challenges)
    assert any("压缩审批时限" in p for p in recommendations)


def test_bare_rows_become_tab_separated_cells():
    text = "甲 | 乙乙 | 丙 |\n丁 | 戊戊 | 己 |\n"
    rows = _bare_table_rows(text)
    assert [m.group() for m in rows] == ["甲 | 乙乙 | 丙 |", "丁 | 戊戊 | 己 |"]
    bars = sorted(e[0] for e in markup_edits(text) if e[2] == "\t")
    assert bars == [i for i, c in enumerate(text) if c == "|"]


def test_single_menu_line_and_unequal_rows_are_no_table():
    assert _bare_table_rows("首页 | 新闻 | 关于我们 |\n正文第一段写在这里。\n") == []
    assert _bare_table_rows("甲 | 乙 | 丙 |\n丁 | 戊 |\n") == []


def test_bare_rows_scan_is_linear():
    assert_linear(lambda n: _bare_table_rows("问题 | 表现表现 | 数据 |\n" * n), 1000)
    assert_linear(lambda n: _bare_table_rows("表现 " * n + "|" + " 数据" * n + " |\n"), 1000)
