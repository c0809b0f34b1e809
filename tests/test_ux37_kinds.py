"""Faults a new user met (ux36's findings, fixed by ux37): a list that opens past 99 kept ``101.`` in its points, a
Word table of problems and measures lost its measures, a collection of Traditional and Simplified files labelled
Simplified themes in Traditional, the command line had no essay limit, a title naming the problems over a list of
them gave only the items that state a problem on their own; each as a test of the right value on small texts
written here, nothing timed."""

from __future__ import annotations

import io
import json

import docx
import pytest

import summarizer
from cli_helpers import runner
from costs import assert_linear
from summarizer.aspects import CHALLENGE, RECOMMENDATION, topic_section_title
from summarizer.cli import app
from summarizer.collection import label_in_script, synthesize
from summarizer.errors import DEFAULT_MAX_ESSAYS
from summarizer.points import RawPoint, _table_column_points
from summarizer.readers import read_bytes
from summarizer.structure import find_markers
from service.settings import Settings


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# 1. a list that opens past 99 -------------------------------------------------------------------------------------

LIST_PAST_99 = ("一、存在的问题\n101. 基层治理人员不足，经费保障长期紧张。\n102. 部分干部作风不实，服务意识淡薄。\n"
                "二、对策建议\n101. 充实基层治理队伍，加大财政投入力度。\n102. 加强干部作风建设，提升服务意识。\n")


def test_a_list_that_opens_past_99_loses_its_numbers_in_every_section():
    challenges, recommendations = _points(LIST_PAST_99)
    assert challenges == ["基层治理人员不足，经费保障长期紧张", "部分干部作风不实，服务意识淡薄"]
    assert recommendations == ["充实基层治理队伍，加大财政投入力度", "加强干部作风建设，提升服务意识"]


def test_long_numbers_open_a_run_only_before_their_next_number_and_never_as_years():
    assert [it.marker for it in find_markers("998. 加强治理。\n999. 完善制度。\n1000. 充实队伍。\n")] == \
        ["998.", "999.", "1000."]
    assert find_markers("101. 加强基层治理。\n103. 完善考核办法。\n") == []  # (a number skipped: no run)
    assert find_markers("2019. 完成道路改造。\n2020. 完成验收。\n") == []  # a chronology's years
    assert find_markers("收入 101. 加强治理。\n102. 完善制度。\n") == []  # (101. inside a line opens nothing)


@pytest.mark.parametrize("line, family", [("12、人员不足", "num"), ("二、存在问题", "cn"), ("（ 二 ）存在问题", "paren_cn"),
                                          ("①人员不足", None), ("2023年人员不足", None)])
def test_the_list_line_reader_and_the_section_numbering_read_one_set_of_numbers(line, family):
    from summarizer.points import _SECTION_NUMBERING
    from summarizer.sentences import _line_marker

    m = _SECTION_NUMBERING.match(line)
    assert (m.lastgroup if m else None) == family
    if family is not None:
        assert _line_marker(line) == family


# 2. a Word table of problems and measures ------------------------------------------------------------------------

def _docx_table(rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("关于社区治理的调研报告")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_docx_table_of_problems_and_measures_gives_each_row_its_problem_and_measure():
    data = _docx_table([("存在问题", "对策建议"),
                        ("社区工作人员不足，服务压力大。", "充实社区工作力量，招聘专职社工。"),
                        ("经费保障不到位，活动难以开展。", "加大财政投入，设立专项经费。")])
    essay = summarizer.summarize(read_bytes(data, source="t.docx")).essays[0]
    assert [p.text for p in essay.challenges] == ["社区工作人员不足，服务压力大", "经费保障不到位，活动难以开展"]
    assert [p.text for p in essay.recommendations] == ["充实社区工作力量，招聘专职社工", "加大财政投入，设立专项经费"]


def test_a_serial_number_column_and_a_label_column_are_no_points():
    text = ("整改清单\n序号\t问题\t整改措施\t责任单位\n1\t台账记录不全，底数不清。\t建立台账，逐项销号。\t区民政局\n"
            "2\t巡查频次不够，隐患发现晚。\t加密巡查频次，落实网格责任。\t各街道\n")
    challenges, recommendations = _points(text)
    assert challenges == ["台账记录不全，底数不清", "巡查频次不够，隐患发现晚"]
    # (the last row ends the text with no full stop of its own: a table row, not a sentence cut off, so its measure
    # cell is whole, as the first row's is; fix42a)
    assert recommendations == ["建立台账，逐项销号", "加密巡查频次，落实网格责任"]


def test_the_column_reading_of_a_table_of_many_rows_stays_linear():
    def run(n: int) -> None:
        text = "序号\t存在问题\t对策建议\n" + "".join(
            f"{i}\t第{i}项工作人员不足，压力大。\t第{i}项充实工作力量。\n" for i in range(1, n + 1))
        row = len("序号\t存在问题\t对策建议\n")
        out = {CHALLENGE: [RawPoint(CHALLENGE, row + 2, row + 8)] * n, RECOMMENDATION: []}  # points to weigh against
        _table_column_points(text, out, len(text))
        assert len(out[RECOMMENDATION]) == n

    assert_linear(run, 500, "a table's columns")


# 3. theme labels in the script of their members ------------------------------------------------------------------

def test_a_theme_of_simplified_members_is_labelled_in_simplified_whatever_member_is_central():
    texts = ["充實社區工作人員隊伍", "充实社区工作人员队伍，优化结构", "充实社区工作人员队伍，招聘社工"]
    assert label_in_script("充實社區工作人員隊伍", texts, [True, False, False], False) == "充实社区工作人员队伍"
    # a Traditional majority keeps (or takes from its members) the Traditional words
    texts = ["充实社区工作人员队伍", "充實社區工作人員隊伍，優化結構", "充實社區工作人員隊伍，招聘社工"]
    assert label_in_script("充实社区工作人员队伍", texts, [False, True, True], False) == "充實社區工作人員隊伍"
    # a tie follows the collection's majority
    assert label_in_script("加大財政投入", ["加大財政投入", "加大财政投入力度"], [True, False], False) == "加大财政投入"
    # and a tie there too keeps the words of the member chosen
    assert label_in_script("加大財政投入", ["加大財政投入", "加大财政投入力度"], [True, False], None) == "加大財政投入"


def test_a_collection_of_big5_and_simplified_files_labels_in_the_members_script():
    docs = ["關於社區治理的思考\n存在的問題\n一是社區工作人員嚴重不足，服務壓力大。二是經費保障不到位，活動難以開展。\n"
            "對策建議\n一是充實社區工作人員隊伍。二是加大財政經費投入力度。",
            "关于社区治理的思考\n存在的问题\n一是社区工作人员严重不足，难以承担任务。二是经费保障不到位，项目推进缓慢。\n"
            "对策建议\n一是充实社区工作人员队伍，优化结构。二是加大财政经费投入力度，保障运转。",
            "社区治理调研\n存在的问题\n一是社区工作人员严重不足。二是经费保障不到位，群众不满意。\n"
            "对策建议\n一是充实社区工作人员队伍，招聘社工。二是加大财政经费投入力度，设立专项。"]
    essays, ids = [], []
    for k, text in enumerate(docs):
        essays += summarizer.summarize(text).essays
        ids.append(str(k))
    collection = synthesize(essays, documents=ids)
    # (before: 充實社區工作人員隊伍 and 加大財政經費投入力度, the Traditional member being the most central)
    assert [t.label for t in collection.recommendations] == ["充实社区工作人员队伍", "加大财政经费投入力度"]
    assert [t.label for t in collection.challenges] == ["社区工作人员严重不足", "经费保障不到位"]


# 4. the command line's essay limit -------------------------------------------------------------------------------

def test_the_command_line_and_the_service_share_the_essay_limit(tmp_path):
    assert Settings().max_essays == DEFAULT_MAX_ESSAYS == 500
    path = tmp_path / "many.txt"
    path.write_text("\n\n".join(f"第{i}篇\n作者：某某\n基层人员不足，要加大投入。" for i in range(1, 8)), encoding="utf-8")
    result = runner().invoke(app, ["summarize", str(path), "--max-essays", "3", "--quiet"])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    # (the message names the file since fix41b: a batch's error record says which input it is)
    assert record["error"] == {"type": "input_too_large",
                               "message": f"{path}: the document has 7 essays; the limit is 3 (--max-essays)"}
    result = runner().invoke(app, ["summarize", str(path), "--max-essays", "7", "--quiet"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["essays"]) == 7


def test_the_essay_limit_of_a_jsonl_record_names_the_option(tmp_path):
    path = tmp_path / "in.jsonl"
    text = "\n\n".join(f"第{i}篇\n作者：某某\n基层人员不足，要加大投入。" for i in range(1, 5))
    path.write_text(json.dumps({"id": "r1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner().invoke(app, ["summarize", "--input-jsonl", str(path), "--max-essays", "2", "--quiet"])
    assert json.loads(result.stdout.splitlines()[0])["error"]["message"] == \
        "the document has 4 essays; the limit is 2 (--max-essays)"


# 5. a title naming the problems over a list of them --------------------------------------------------------------

@pytest.mark.parametrize("body", ["1. 人员不足\n2. 经费紧张\n3. 作风不实", "（一）人员不足\n（二）经费紧张\n（三）作风不实",
                                  "• 人员不足\n• 经费紧张\n• 作风不实"])
def test_a_title_naming_the_problems_heads_its_list_and_stays_the_title(body):
    essay = summarizer.summarize("当前基层治理工作中存在的问题\n" + body).essays[0]
    assert essay.title == "当前基层治理工作中存在的问题"
    assert [p.text for p in essay.challenges] == ["人员不足", "经费紧张", "作风不实"]


def test_a_title_naming_problems_and_measures_heads_no_section():
    challenges, recommendations = _points("乡村振兴中存在的问题与对策\n1. 人才流失严重\n2. 产业基础薄弱\n"
                                          "3. 加大人才引进力度\n4. 培育特色产业")
    assert challenges == ["人才流失严重", "产业基础薄弱"]
    assert recommendations == ["加大人才引进力度", "培育特色产业"]


@pytest.mark.parametrize("line, named", [
    ("基层治理存在的问题", True), ("做好社区养老工作的几点建议", True), ("存在的问题", False),
    ("乡村振兴中存在的问题与对策", False), ("农村养老问题研究", False), ("基层治理存在的问题：", False),
])
def test_topic_section_title(line, named):
    assert topic_section_title(line) is named
