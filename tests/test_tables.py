"""Tables in a document (issue 8, trial10 F9/F12): a table's header row names columns and is never a point; a
point taken from a row is its problem or measure cell only, with offsets into the text read. Tables come as
markdown pipe tables, HTML ``<table>`` and DOCX (tab-joined cells); cleaning keeps a tab between the cells, and
:func:`summarizer.sentences.table_row_units` reads a row by its cells. Texts written for these tests."""

from __future__ import annotations

from summarizer import summarize
from summarizer.sentences import split_sentences, table_rows

MD_REPORT = """# 社区卫生服务调查报告

## 调查中发现的问题

| 编号 | 存在问题 | 涉及社区 |
|---|---|---|
| 1 | 基层医生数量偏少，慢病随访工作难以覆盖全部居民 | 5个 |
| 2 | 药品目录与上级医院不衔接，居民购药往返奔波 | 3个 |

## 改进建议

| 编号 | 改进措施 | 完成时间 |
|---|---|---|
| 1 | 通过定向培养和岗位补贴充实基层医生队伍 | 年底前 |
| 2 | 统一社区与二级医院的常用药品目录 | 9月底 |
"""


def _points(result):
    essay = result.essays[0]
    return [(p.text, p.start, p.end) for p in essay.challenges + essay.recommendations]


def test_a_markdown_table_row_gives_its_problem_or_measure_cell_with_offsets_into_the_text():
    result = summarize(MD_REPORT)
    points = _points(result)
    texts = [t for t, _, _ in points]
    assert "通过定向培养和岗位补贴充实基层医生队伍" in texts
    assert "统一社区与二级医院的常用药品目录" in texts
    assert "基层医生数量偏少，慢病随访工作难以覆盖全部居民" in texts
    for text, start, end in points:
        assert "\t" not in text and "|" not in text
        assert MD_REPORT[start:end] == text  # the cell itself, not the count or deadline after it
    assert not any(label in t for t in texts for label in ("编号", "改进措施", "完成时间", "年底前", "9月底", "5个"))
    # the summary reads the cells too: no header row, no tab
    assert "\t" not in result.essays[0].summary and "完成时间" not in result.essays[0].summary


def test_an_html_table_header_row_is_no_point_and_a_row_gives_its_long_cell():
    rows = [("序号", "问题描述", "整改时限"),
            ("1", "部分村级活动场所长期闲置，群众办事仍需往返乡镇", "6月底"),
            ("2", "村务公开内容更新不及时，财务收支公开流于形式", "立即")]
    measures = [("序号", "整改措施", "责任部门"),
                ("1", "盘活闲置活动场所，设立便民代办点方便群众就近办事", "乡党政办"),
                ("2", "规范村务公开栏目，每月按时公开财务收支明细", "乡财政所")]

    def table(body):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body) + "</table>"

    html = ("<html><body><h1>关于村级组织建设情况的巡察反馈</h1><h2>一、发现的主要问题</h2>" + table(rows)
            + "<h2>二、整改要求</h2>" + table(measures) + "</body></html>")
    result = summarize(html.encode("utf-8"), source="feedback.html")
    essay = result.essays[0]
    challenges = [p.text for p in essay.challenges]
    recommendations = [p.text for p in essay.recommendations]
    assert "部分村级活动场所长期闲置，群众办事仍需往返乡镇" in challenges
    assert "规范村务公开栏目，每月按时公开财务收支明细" in recommendations
    for text in challenges + recommendations:
        assert "\t" not in text
        assert text not in ("序号\t整改措施\t责任部门", "整改措施", "责任部门", "乡财政所", "6月底")


def test_a_tab_joined_header_row_under_a_measures_section_is_no_recommendation():
    # a DOCX table reaches the pipeline as tab-joined cells, one row a line
    text = ("关于养老服务的调研报告\n\n一、存在的问题\n\n"
            "社区养老服务站点少，老人就近获得照料服务的需求得不到满足。护理人员流动快，专业技能普遍不足。\n\n"
            "二、对策建议\n\n建议事项\t牵头单位\n增设社区养老服务站点\t区民政局\n提高护理人员待遇并开展技能培训\t区人社局\n")
    result = summarize(text)
    recommendations = [(p.text, p.start, p.end) for p in result.essays[0].recommendations]
    assert ("增设社区养老服务站点", text.index("增设"), text.index("增设") + 10) in recommendations
    assert ("提高护理人员待遇并开展技能培训", text.index("提高"), text.index("提高") + 15) in recommendations
    assert not any("建议事项" in t or "牵头单位" in t or "\t" in t or "区民政局" in t for t, _, _ in recommendations)


def test_a_row_of_two_long_cells_gives_both_and_a_header_row_gives_no_unit():
    text = ("问题表现\t整改方向\n"
            "干部下沉基层的时间不足，调研流于形式\t建立蹲点调研制度，每人每年驻村不少于一个月\n"
            "1\t短\t4家\n")
    units = split_sentences(text, table_cells=True)
    assert [u.text for u in units] == ["干部下沉基层的时间不足，调研流于形式", "建立蹲点调研制度，每人每年驻村不少于一个月", "4家"]
    assert [u.kind for u in units[:2]] == ["sentence", "sentence"]
    for u in units:
        assert text[u.start:u.end] == u.text
    # without table_cells the split stays lossless: the rows are lines like any other
    assert "问题表现\t整改方向" in [u.text for u in split_sentences(text)]
    rows = table_rows(text)
    assert rows[0] == (0, 9, [])  # the header row: no unit
    assert sorted(rows) == [0, 10, text.index("1\t短")]


def test_table_rows_are_read_in_one_pass_over_many_rows_and_a_long_row():
    many = "序号\t问题\t数量\n" + "".join(f"{i}\t问题{i}说明，情况较多\t{i}家\n" for i in range(10_000))
    rows = table_rows(many)
    assert len(rows) == 10_001 and rows[0][2] == []
    long_row = "甲" * 100_000 + "\t" + "乙" * 100_000
    units = split_sentences(long_row, table_cells=True)
    assert [(u.start, u.end) for u in units] == [(0, 100_000), (100_001, 200_001)]
