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
