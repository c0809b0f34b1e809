"""A .csv/.tsv table of records (issue 8, trial10 F4/F15) and a column of labels over a text (F3): a header row
over one column of long cells is read one essay per row, each titled from the title column (``标题``/``题目``/
``title``…, ``resources/table_columns.txt``, or ``csv_title_column``), with no option needed; ``csv_column`` still
picks the body column. Tables written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.app import create_app
from service.settings import Settings
from summarizer import summarize
from summarizer.cli import app
from summarizer.errors import ColumnNotFoundError
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes

FIRST = ("本市共有城市社区四百余个，社区工作者平均每人服务居民超过八百人，台账报表多达数十种，"
         "基层干部疲于应付各类检查考核，真正用于走访群众的时间很少，居民诉求难以及时回应。"
         "建议：一是清理规范社区工作事项，取消不合理的台账报表；二是按服务人口配齐社区工作者。")
SECOND = ("全市农村客运班线中有三成处于亏损运营状态，部分偏远行政村每天仅有一班车，群众出行等车时间长，"
          "学生上学和老人就医十分不便，个别线路甚至已经停运半年以上，村民只能搭乘私人车辆。"
          "建议：一是对亏损线路给予运营补贴；二是推行预约响应式公交，满足偏远村庄出行需求。")
TITLES = ("关于为社区工作者减负的建议", "关于改善农村客运服务的建议")


def _table(delimiter: str = ",", title: str = "题目") -> bytes:
    def cell(value: str) -> str:
        return f'"{value}"' if delimiter == "," else value

    rows = [delimiter.join(("编号", title, "提出人", "内容", "主办单位"))]
    rows += [delimiter.join(("A-01", TITLES[0], "赵某", cell(FIRST), "市民政局")),
             delimiter.join(("A-02", TITLES[1], "钱某、孙某", cell(SECOND), "市交通局"))]
    return ("\n".join(rows) + "\n").encode("utf-8")


@pytest.mark.parametrize(("delimiter", "name"), [(",", "records.csv"), ("\t", "records.tsv")])
def test_a_table_of_records_gives_one_titled_essay_per_row_by_default(delimiter, name):
    document = read_bytes(_table(delimiter), filename=name)
    assert document.text == FIRST + "\n" + SECOND
    assert document.records == (0, len(FIRST) + 1)
    assert document.record_titles == TITLES
    essays = summarize_document(document).essays
    assert [e.title for e in essays] == list(TITLES)
    assert [(e.start, e.end) for e in essays] == [(0, len(FIRST)), (len(FIRST) + 1, len(document.text))]
    assert all(e.recommendations for e in essays)


def test_the_body_column_named_keeps_its_meaning_and_gets_the_titles_too():
    document = read_bytes(_table(), filename="records.csv", csv_column="内容")
    assert (document.text, document.record_titles) == (FIRST + "\n" + SECOND, TITLES)
    # a title column named by the user, by header name or 0-based index
    named = read_bytes(_table(), filename="records.csv", csv_title_column="提出人")
    assert named.record_titles == ("赵某", "钱某、孙某")
    assert read_bytes(_table(), filename="records.csv", csv_title_column="0").record_titles == ("A-01", "A-02")
    with pytest.raises(ColumnNotFoundError, match="no title column '作者'") as info:
        read_bytes(_table(), filename="records.csv", csv_title_column="作者")
    assert info.value.field == "csv_title_column"
    with pytest.raises(ColumnNotFoundError, match="csv_title_column applies to a .csv or .tsv file only"):
        read_bytes(FIRST.encode(), filename="a.txt", csv_title_column="题目")


def test_a_header_cell_named_title_in_english_or_traditional_script_is_the_title_column():
    document = read_bytes(_table(title="Title"), filename="records.csv")
    assert document.record_titles == TITLES
    assert read_bytes(_table(title="標題"), filename="records.csv").record_titles == TITLES
    # no title column: one essay per row all the same, untitled
    untitled = read_bytes(_table(title="提交日期"), filename="records.csv")
    assert (untitled.records, untitled.record_titles) == ((0, len(FIRST) + 1), ())


def test_a_table_with_no_long_column_or_two_of_them_is_read_cell_by_cell_as_before():
    short = "名称,说明\n养老院,共12家\n卫生室,共30个\n".encode()
    assert read_bytes(short, filename="t.csv").text.split("\n") == ["名称", "说明", "养老院", "共12家", "卫生室", "共30个"]
    two = f'问题,建议\n"{FIRST}","{SECOND}"\n"{SECOND}","{FIRST}"\n'.encode()
    document = read_bytes(two, filename="t.csv")
    assert document.records == () and document.text.startswith("问题\n建议\n")


def _runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def test_the_command_line_reads_the_records_with_their_titles(tmp_path):
    table = tmp_path / "records.csv"
    table.write_bytes(_table())
    result = _runner().invoke(app, ["summarize", str(table), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [e["title"] for e in json.loads(result.stdout)["essays"]] == list(TITLES)
    result = _runner().invoke(app, ["summarize", str(table), "--csv-title-column", "提出人", "--format", "json"])
    assert [e["title"] for e in json.loads(result.stdout)["essays"]] == ["赵某", "钱某、孙某"]
    (tmp_path / "e.txt").write_text(FIRST, encoding="utf-8")
    usage = _runner().invoke(app, ["summarize", str(tmp_path / "e.txt"), "--csv-title-column", "题目"])
    assert usage.exit_code == 2 and "applies to .csv/.tsv inputs" in usage.output


def test_an_upload_reads_the_records_and_the_title_column_field():
    with TestClient(create_app(Settings())) as client:
        answer = client.post("/v1/summarize/file", files={"file": ("records.csv", _table())})
        assert answer.status_code == 200, answer.text
        assert [e["title"] for e in answer.json()["essays"]] == list(TITLES)
        answer = client.post("/v1/summarize/file", files={"file": ("records.csv", _table())},
                             data={"csv_title_column": "提出人", "csv_column": "内容"})
        assert [e["title"] for e in answer.json()["essays"]] == ["赵某", "钱某、孙某"]
        wrong = client.post("/v1/summarize/file", files={"file": ("records.csv", _table())},
                            data={"csv_title_column": "作者"})
        assert wrong.status_code == 422
        assert (wrong.json()["error"]["type"], wrong.json()["error"]["field"]) == ("column_not_found", "csv_title_column")


def test_the_web_page_sends_the_columns_of_a_table():
    static = Path(__file__).resolve().parent.parent / "service" / "static"
    page = (static / "index.html").read_text(encoding="utf-8")
    script = (static / "app.js").read_text(encoding="utf-8")
    assert 'id="csv-column" name="csv_column"' in page and 'id="csv-title-column" name="csv_title_column"' in page
    assert '["csv-column", "csv_column"]' in script and '["csv-title-column", "csv_title_column"]' in script


def test_a_column_of_short_labels_above_a_text_is_no_wrapped_title():
    # F3: 姓名 ⏎ 单位 ⏎ 职务 (a form's labels, a table's header cells one a line) were glued into one title
    labels = "姓名\n单位\n职务\n" + FIRST
    title = summarize(labels).essays[0].title
    assert title in (None, "姓名")
    cells = "序号\n题目\n提出人\n" + SECOND
    assert summarize(cells).essays[0].title in (None, "序号")
    # a long line whose last characters were wrapped onto the next line is still one line
    wrapped = "关于进一步加强基层医疗卫生服务能力建设的实施\n意见\n\n" + FIRST
    assert summarize(wrapped).essays[0].title == "关于进一步加强基层医疗卫生服务能力建设的实施意见"


def test_a_long_run_of_one_character_lines_is_text_broken_per_character_and_joined():
    # vertical layout or a very narrow column: 40 lines of one or two characters are one line of text, not 40
    # labels (and not 40 lines for every later stage to analyse one by one)
    from summarizer.clean import LABEL_RUN_MAX_LINES, clean

    broken = "\n".join("基层治理面临人员不足的问题"[i % 13] for i in range(40)) + "\n"
    assert 40 > LABEL_RUN_MAX_LINES
    assert clean(broken).text.strip().count("\n") == 0
    few = "姓名\n单位\n职务\n"
    assert clean(few).text.strip().count("\n") == 2
