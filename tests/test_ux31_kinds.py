"""A new user's trial of the tool from the README (ux31): fault kinds found and fixed, each with its right value.

Text/HTML forced on a .docx or PDF is in tests/test_io_messages.py (beside the other forced-format messages)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from summarizer.batch import jsonl_tasks
from summarizer.cli import app


def _run(*args: str):
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args])


# -------------------------------------------------------------------------- a JSONL record's id and source


def test_jsonl_record_without_id_lists_its_fields_and_a_wrong_id_says_what_it_is(tmp_path):
    # a record of an export that names its id otherwise got "'id' must be a non-empty string or an integer", the
    # same for a missing id, an array, and "", with no hint of what the record holds
    data = tmp_path / "export.jsonl"
    rows = [{"content": "基层人员不足。", "编号": 7}, {}, {"id": [1], "text": "x"}, {"id": "", "text": "x"},
            {"id": None, "text": "x"}]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    tasks = list(jsonl_tasks(str(data)))
    assert [t.id for t in tasks] == [f"{data}:{n}" for n in range(1, 6)]
    assert [t.error["message"] for t in tasks] == [
        f"{data}:1: 'id' is missing (the record has 'content', '编号')",
        f"{data}:2: 'id' is missing (the record is an empty object)",
        f"{data}:3: 'id' is an array, not a string or an integer",
        f"{data}:4: 'id' is an empty string",
        f"{data}:5: 'id' is null, not a string or an integer",
    ]


def test_jsonl_record_whose_source_is_not_a_string_is_an_error_record_not_dropped(tmp_path):
    # {"source": 5} was silently replaced by the id (the service answers 422 for the same record)
    data = tmp_path / "in.jsonl"
    rows = [{"id": 1, "text": "一、存在的问题\n人员不足。", "source": 5},
            {"id": 2, "text": "一、存在的问题\n人员不足。", "source": None},
            {"id": 3, "text": "一、存在的问题\n人员不足。", "source": "报告.txt"}]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    tasks = list(jsonl_tasks(str(data)))
    assert tasks[0].error == {"type": "invalid_record", "message": f"{data}:1: 'source' is a number, not a string"}
    assert (tasks[0].id, tasks[1].error, tasks[1].source, tasks[2].source) == ("1", None, "2", "报告.txt")
    result = _run("summarize", "--input-jsonl", data, "--format", "jsonl", "--quiet")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert records[0]["error"]["type"] == "invalid_record"
    assert [r["source"] for r in records[1:]] == ["2", "报告.txt"]


# -------------------------------------------------------------------------- table rows are lines, never joined


def test_table_rows_are_not_joined_to_each_other_or_to_the_paragraph_after_them():
    # a row whose last cell has no sentence end was read as a hard-wrapped line: 审批周期长此外，… one sentence
    from summarizer.clean import clean

    rows = "问题\t表现\n资金\t融资渠道单一，资金缺口大\n协调\t部门协调不畅，审批周期长\n"
    after = "此外，居民意愿难以统一。\n"
    expected = "问题\t表现\n资金\t融资渠道单一，资金缺口大\n协调\t部门协调不畅，审批周期长\n此外，居民意愿难以统一。"
    assert clean(rows + "\n" + after).text == expected
    assert clean(rows + after).text == expected
    markdown = ("| 问题 | 表现 |\n|---|---|\n| 资金 | 融资渠道单一，资金缺口大 |\n| 协调 | 部门协调不畅，审批周期长 |\n\n"
                + after)
    assert clean(markdown).text == expected
    # a lone tab in a wrapped paragraph is no table: the paragraph is joined as before
    wrapped = ("一、\t存在的问题\n当前基层治理力量薄弱，人员不足问题突出，经费紧张，专业人才缺乏，信息化水平不高，群众\n"
               "满意度有待提升。\n")
    assert clean(wrapped).text == ("一、存在的问题\n当前基层治理力量薄弱，人员不足问题突出，经费紧张，专业人才缺乏，"
                                   "信息化水平不高，群众满意度有待提升。")


def test_a_docx_table_row_stays_its_own_line_before_the_next_paragraph():
    import io

    import docx

    from summarizer.readers import read_bytes

    document = docx.Document()
    document.add_paragraph("一、存在的问题")
    table = document.add_table(rows=2, cols=2)
    for r, cells in enumerate([["领域", "表现"], ["协调", "部门协调不畅，审批周期长"]]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_paragraph("此外，居民意愿难以统一，项目推进缓慢。")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_bytes(buffer.getvalue(), filename="t.docx")
    assert doc.text == "一、存在的问题\n领域\t表现\n协调\t部门协调不畅，审批周期长\n此外，居民意愿难以统一，项目推进缓慢。"
    from summarizer.clean import clean

    assert clean(doc.text).text.split("\n")[-2:] == ["协调\t部门协调不畅，审批周期长", "此外，居民意愿难以统一，项目推进缓慢。"]


# -------------------------------------------------------------------------- a JSON key given twice


DUPLICATE = "the key \"text\" stands twice in one object, and which value is meant cannot be told: send each key once"


def test_a_json_body_with_a_key_twice_is_a_422_not_its_last_value_kept():
    # {"text": A, "text": B} summarized B and lost A without a word
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        one = c.post("/v1/summarize", content='{"text": "一、存在的问题\\n人员不足。", "text": "x"}'.encode(),
                     headers={"content-type": "application/json"})
        batch = c.post("/v1/summarize/batch",
                       content='{"documents": [{"id": 1, "text": "人员不足。", "text": "x"}]}'.encode(),
                       headers={"content-type": "application/json"})
        fine = c.post("/v1/summarize", json={"text": "一、存在的问题\n人员不足。"})
    for response in (one, batch):
        assert response.status_code == 422
        assert response.json()["error"] == {"type": "validation_error", "field": None,
                                            "message": f"request body is not valid JSON ({DUPLICATE})"}
    assert fine.status_code == 200


def test_a_jsonl_record_with_a_key_twice_is_an_invalid_record(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": 1, "text": "人员不足。", "text": "x"}\n{"id": 2, "text": "人员不足。"}\n', encoding="utf-8")
    tasks = list(jsonl_tasks(str(data)))
    assert tasks[0].id == f"{data}:1"
    assert tasks[0].error == {"type": "invalid_record", "message": f"{data}:1: not valid JSON ({DUPLICATE})"}
    assert (tasks[1].id, tasks[1].error, tasks[1].text) == ("2", None, "人员不足。")
