"""The `summarizer` command: formats, several inputs with failures, stdin, options, exit codes."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import __version__
from summarizer.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"
ELDERLY = FIXTURES / "essay_elderly_care.txt"
RIVER = FIXTURES / "essay_river_chief.txt"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
SEQ2SEQ_INSTALLED = importlib.util.find_spec("transformers") is not None


def _runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def run(*args: str, input: bytes | None = None):
    return _runner().invoke(app, [str(a) for a in args], input=input)


def _no_ws(s: str) -> str:
    return "".join(s.split())


def _assert_points_point_into(text: str, essay: dict) -> None:
    """Every point's text is in the input slice [start, end) (whitespace ignored), as the schema promises."""
    for key in ("challenges", "recommendations", "summary_sentences"):
        for point in essay[key]:
            assert 0 <= point["start"] < point["end"] <= len(text)
            assert _no_ws(point["text"]) in _no_ws(text[point["start"]:point["end"]]), point


# ------------------------------------------------------------------------------------------ one input


def test_one_file_gives_one_json_document():
    result = run("summarize", ELDERLY)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    text = ELDERLY.read_text(encoding="utf-8")
    assert doc["source"] == str(ELDERLY)
    assert doc["encoding"] == "utf-8"
    assert doc["method"] == "textrank"
    assert doc["chars"] == len(text)
    assert len(doc["essays"]) == 1
    essay = doc["essays"][0]
    assert essay["summary"]
    assert essay["challenges"], "the 存在的问题 section has three 一是/二是/三是 items"
    assert essay["recommendations"], "the 对策建议 section has three items"
    _assert_points_point_into(text, essay)


def test_gbk_file_gives_the_same_summary_as_utf8():
    utf8 = run("summarize", EXAMPLES / "essay.txt")
    gbk = run("summarize", EXAMPLES / "essay_gbk.txt")
    assert utf8.exit_code == gbk.exit_code == 0, (utf8.stderr, gbk.stderr)
    a, b = json.loads(utf8.stdout), json.loads(gbk.stdout)
    assert (a["encoding"], b["encoding"]) == ("utf-8", "gb18030")
    assert a["essays"] == b["essays"]


def test_stdin_dash_reads_bytes():
    raw = RIVER.read_text(encoding="utf-8").encode("gb18030")
    result = run("summarize", "-", input=raw)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["source"] == "-"
    assert doc["encoding"] == "gb18030"
    assert doc["essays"][0]["recommendations"]


def test_options_reach_the_library():
    result = run("summarize", ELDERLY, "--max-points", "1", "--max-point-chars", "12", "--summary-chars", "40")
    assert result.exit_code == 0, result.stderr
    essay = json.loads(result.stdout)["essays"][0]
    assert len(essay["challenges"]) <= 1 and len(essay["recommendations"]) <= 1
    assert all(len(p["text"]) <= 12 for p in essay["challenges"] + essay["recommendations"])


def test_output_file(tmp_path):
    out = tmp_path / "summary.json"
    result = run("summarize", RIVER, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(RIVER)


# ------------------------------------------------------------------------------------------ several inputs


@pytest.fixture()
def mixed_inputs(tmp_path) -> list[str]:
    binary = tmp_path / "scan.png"
    binary.write_bytes(PNG_HEADER)
    empty = tmp_path / "empty.txt"
    empty.write_text("  。。。\n", encoding="utf-8")
    return [str(ELDERLY), str(tmp_path / "missing.txt"), str(binary), str(empty), str(RIVER)]


def test_several_inputs_with_failures_exit_1_and_keep_going(mixed_inputs):
    result = run("summarize", *mixed_inputs)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(mixed_inputs), "jsonl: one record per input, in input order"
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == mixed_inputs
    good = [records[0], records[4]]
    assert all(r["essays"] and "error" not in r for r in good)
    assert records[1]["error"]["type"] == "file_not_found"
    assert records[2]["error"]["type"] == "decode_error"
    assert "PNG" in records[2]["error"]["message"]
    assert records[3]["error"]["type"] == "empty_input"
    assert all(set(r) == {"source", "error"} and set(r["error"]) == {"type", "message"} for r in records[1:4])
    # each failure on stderr, no traceback
    assert "missing.txt" in result.stderr and "scan.png" in result.stderr and "empty.txt" in result.stderr
    assert "summarized 2 of 5 inputs; 3 failed" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_several_good_inputs_exit_0():
    result = run("summarize", ELDERLY, RIVER, "--quiet")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_json_format_with_several_inputs_is_an_array(mixed_inputs):
    result = run("summarize", "--format", "json", *mixed_inputs)
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == len(mixed_inputs)


def test_single_bad_input_gives_an_error_record_and_exit_1(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run("summarize", missing)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "source": str(missing),
        "error": {"type": "file_not_found", "message": f"file not found: {missing}"},
    }
    assert result.stderr.startswith("error: file not found:")


def test_directory_input_is_reported(tmp_path):
    result = run("summarize", tmp_path)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "is_a_directory"


def test_input_over_max_bytes_is_reported():
    result = run("summarize", ELDERLY, "--max-bytes", "100")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "input_too_large"


# ------------------------------------------------------------------------------------------ markdown


def test_markdown_has_headings_and_point_ranges():
    result = run("summarize", ELDERLY, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith(f"# {ELDERLY}\n")
    assert re.search(r"^## 1\. ", md, re.M)
    assert "**摘要**：" in md
    assert "### 挑战" in md and "### 建议" in md
    points = re.findall(r"^- (.+) `\[(\d+), (\d+)\)`$", md, re.M)
    assert len(points) >= 2
    text = ELDERLY.read_text(encoding="utf-8")
    for point, start, end in points:
        assert _no_ws(point) in _no_ws(text[int(start):int(end)])


def test_markdown_reports_failed_inputs(tmp_path):
    result = run("summarize", ELDERLY, tmp_path / "missing.txt", "--format", "markdown")
    assert result.exit_code == 1
    assert "### 挑战" in result.stdout
    assert "**错误** (`file_not_found`)" in result.stdout


# ------------------------------------------------------------------------------------------ usage


def test_invalid_option_value_is_a_usage_error():
    result = run("summarize", ELDERLY, "--max-points", "0")
    assert result.exit_code == 2
    assert "--max-points" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_method_is_a_usage_error():
    result = run("summarize", ELDERLY, "--method", "magic")
    assert result.exit_code == 2


@pytest.mark.skipif(SEQ2SEQ_INSTALLED, reason="the seq2seq extra is installed here")
def test_seq2seq_without_the_extra_is_reported_per_input():
    result = run("summarize", ELDERLY, "--method", "seq2seq")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "model_not_available"


def test_version():
    result = run("version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"summarizer {__version__}"


def test_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("summarize", "serve", "evaluate", "version"):
        assert command in result.stdout


def test_serve_runs_the_app_factory_with_uvicorn(monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append((a, kw)))
    result = run("serve", "--port", "8123", "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert calls == [
        (("service.app:create_app",),
         {"factory": True, "host": "127.0.0.1", "port": 8123, "workers": 2, "log_level": "info"}),
    ]
